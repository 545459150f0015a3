// Who votes what and when in `npm run bench:vote`: seeded synthetic ballots, or the Pol.is
// Bowling Green votes replayed as approval ballots. Pure apart from reading the data files.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { mulberry32 } from '../../src/lib/clustering/random.js';
import { hasLineControl } from '../../src/lib/domain/text.js';

/** One simulated participant: when they join, when they vote, and (maybe) a changed ballot. */
export interface Voter {
	index: number;
	/** ms after the load starts */
	joinAt: number;
	/** ms between the join's answer and the ballot */
	thinkMs: number;
	/** indices into the round's themes that the ballot approves */
	approve: number[];
	change: { afterMs: number; approve: number[] } | null;
}

/**
 * Join times of n people over `spanMs`: the arrival rate climbs linearly to its peak over the first
 * quarter of the span (people finding the code on the projector), then stays there.
 */
export function rampedArrivals(n: number, spanMs: number): number[] {
	const ramp = spanMs / 4;
	const peak = n / (spanMs - ramp / 2); // people per ms at full rate
	const inRamp = (peak * ramp) / 2;
	return Array.from({ length: n }, (_, i) => {
		const k = i + 0.5;
		return k <= inRamp ? Math.sqrt((2 * k * ramp) / peak) : ramp + (k - inRamp) / peak;
	});
}

/** Synthetic plenary: theme popularity varies, each person approves each theme with its chance. */
export function syntheticPlan(
	n: number,
	themes: number,
	seconds: number,
	seed: number,
	changeShare = 0.15
): Voter[] {
	const r = mulberry32(seed);
	const popularity = Array.from({ length: themes }, () => 0.1 + 0.6 * r());
	const pick = () => popularity.flatMap((p, i) => (r() < p ? [i] : []));
	const span = seconds * 1000;
	// joins end at 75% of the window so the last ballots (and changes) land inside it
	return rampedArrivals(n, span * 0.75).map((joinAt, index) => ({
		index,
		joinAt,
		thinkMs: 1000 + 4000 * r(),
		approve: pick(),
		change: r() < changeShare ? { afterMs: 2000 + 6000 * r(), approve: pick() } : null
	}));
}

export interface PolisPlan {
	/** the comments that become themes, most voted first */
	comments: { id: string; label: string; votes: number }[];
	voters: Voter[];
	participants: number;
	voteRows: number;
}

const LABEL_MAX = 120; // the app's theme label limit

function labelOf(text: string): string {
	// each character the app's one-line rule refuses becomes a space, so the label is one it accepts
	const clean = Array.from(text, (ch) => (hasLineControl(ch) ? ' ' : ch))
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
	return clean.length <= LABEL_MAX ? clean : clean.slice(0, LABEL_MAX - 1).trimEnd() + '…';
}

/**
 * The Pol.is replay: moderated comments (moderated == 1), the `maxThemes` most voted of them as
 * themes; every participant, in the order Pol.is numbered them, approves the ones they agreed with.
 */
export function polisPlan(
	votesCsv: string,
	commentsJsonl: string,
	maxThemes: number,
	seconds: number,
	seed: number
): PolisPlan {
	const accepted = new Map<string, string>();
	for (const line of readFileSync(commentsJsonl, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		const c = JSON.parse(line) as { id: string | number; text: string; moderated: number };
		if (Number(c.moderated) === 1) accepted.set(String(c.id), c.text);
	}
	const parsed = Papa.parse<{ participant: string; comment: string; vote: string }>(
		readFileSync(votesCsv, 'utf8'),
		{ header: true, skipEmptyLines: true }
	);
	if (parsed.errors.length)
		throw new Error(`${votesCsv}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
	const counts = new Map<string, number>();
	const agrees = new Map<string, Set<string>>();
	for (const row of parsed.data) {
		if (!agrees.has(row.participant)) agrees.set(row.participant, new Set());
		if (!accepted.has(row.comment)) continue;
		counts.set(row.comment, (counts.get(row.comment) ?? 0) + 1);
		if (Number(row.vote) === 1) agrees.get(row.participant)!.add(row.comment);
	}
	const comments = [...counts]
		.sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0]))
		.slice(0, maxThemes)
		.map(([id, votes]) => ({ id, label: labelOf(accepted.get(id)!), votes }));
	const position = new Map(comments.map((c, i) => [c.id, i]));
	const people = [...agrees.keys()].sort((a, b) => Number(a) - Number(b));
	const r = mulberry32(seed);
	const arrivals = rampedArrivals(people.length, seconds * 1000 * 0.8);
	const voters = people.map((p, index) => ({
		index,
		joinAt: arrivals[index],
		thinkMs: 1000 + 4000 * r(),
		approve: [...agrees.get(p)!]
			.flatMap((c) => (position.has(c) ? [position.get(c)!] : []))
			.sort((a, b) => a - b),
		change: null
	}));
	return { comments, voters, participants: people.length, voteRows: parsed.data.length };
}

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
	if (sorted.length === 0) return NaN;
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}
