// Measures behind k = auto's count (npm run bench:k-auto; docs/choosing-k.md, thirteenth round):
// how distinct a partition's themes are in the space of the sentence vectors, whether a count is
// within a factor of two of the true one, and the rule that takes meaning's count where the words'
// themes are not distinct in meaning, with the thresholds over which it meets every labelled run.

import type { SuiteRow } from './labelled-sets.js';

/**
 * The simplified silhouette of a partition among unit directions: for each assigned item,
 * (b − a) / max(a, b), with a the cosine distance to its own group's mean direction and b to the
 * nearest other group's; the mean over assigned items (group −1 is unassigned). NaN with fewer than
 * two groups.
 */
export function meaningSilhouette(
	vectors: readonly ArrayLike<number>[],
	groupOf: readonly number[]
): number {
	const dim = vectors[0]?.length ?? 0;
	const sums = new Map<number, Float64Array>();
	groupOf.forEach((g, i) => {
		if (g < 0) return;
		const sum = sums.get(g) ?? sums.set(g, new Float64Array(dim)).get(g)!;
		const v = unit(vectors[i]);
		for (let j = 0; j < dim; j++) sum[j] += v[j];
	});
	if (sums.size < 2) return NaN;
	const groups = [...sums.keys()];
	const directions = groups.map((g) => unit(sums.get(g)!));
	let total = 0;
	let n = 0;
	groupOf.forEach((g, i) => {
		if (g < 0) return;
		const v = unit(vectors[i]);
		let own = 0;
		let nearest = Infinity;
		directions.forEach((d, c) => {
			let cos = 0;
			for (let j = 0; j < dim; j++) cos += d[j] * v[j];
			if (groups[c] === g) own = 1 - cos;
			else nearest = Math.min(nearest, 1 - cos);
		});
		total += (nearest - own) / Math.max(own, nearest, 1e-12);
		n++;
	});
	return total / n;
}

function unit(v: ArrayLike<number>): Float64Array {
	let s = 0;
	for (let i = 0; i < v.length; i++) s += v[i] * v[i];
	const r = s > 0 ? 1 / Math.sqrt(s) : 0;
	return Float64Array.from(v as ArrayLike<number>, (x) => x * r);
}

/** Whether a count is within a factor of two of the true number: k/2 ≤ count ≤ 2k. */
export function withinTwofold(count: number, trueK: number): boolean {
	return 2 * count >= trueK && count <= 2 * trueK;
}

/** One k = auto run's two counts and how distinct the words' themes are in meaning. */
export interface CountRun {
	words: number;
	meaning: number;
	/** meaningSilhouette of the words' themes; NaN when they are fewer than two. */
	silhouette: number;
}

/** The rule: meaning's count when the words' themes' silhouette is below t and meaning sees two or more subjects. */
export function ruleCount(run: CountRun, t: number): number {
	return run.meaning >= 2 && run.silhouette < t ? run.meaning : run.words;
}

/**
 * The thresholds t for which the rule's count is within a factor of two of the true number on
 * every run: above `above` and up to `upTo` (either infinite when nothing bounds it); null when no
 * threshold does.
 */
export function thresholdBand(
	runs: readonly (CountRun & { trueK: number })[]
): { above: number; upTo: number } | null {
	let above = -Infinity;
	let upTo = Infinity;
	for (const run of runs) {
		const wordsOk = withinTwofold(run.words, run.trueK);
		const meaningOk = withinTwofold(run.meaning, run.trueK);
		const switchable = run.meaning >= 2 && !Number.isNaN(run.silhouette);
		if (wordsOk && (meaningOk || !switchable)) continue;
		if (!switchable || (!wordsOk && !meaningOk)) return null;
		// words wrong, meaning right: t above the silhouette; words right, meaning wrong: t up to it
		if (meaningOk) above = Math.max(above, run.silhouette);
		else upTo = Math.min(upTo, run.silhouette);
	}
	return above < upTo ? { above, upTo } : null;
}

/**
 * A threshold inside a band: its middle, or where one side is open, the open end itself (−∞ keeps
 * the words' count everywhere, +∞ takes meaning's wherever it sees two subjects or more).
 */
export function thresholdIn(band: { above: number; upTo: number }): number {
	if (band.above === -Infinity) return -Infinity;
	if (band.upTo === Infinity) return Infinity;
	return (band.above + band.upTo) / 2;
}

/** The same texts under two labellings: by topic (the coarse level) and by label within its topic. */
export interface TwoLevels {
	/** Every labelled text of a topic set, in file order. */
	rows: { id: string; text: string }[];
	topic: string[];
	fine: string[];
}

/**
 * A topic set's labelled texts pooled across its topics, each labelled twice: by its topic, and by
 * its label within the topic (a key point is one debate's; the same words in two debates are two
 * labels). Texts without a label are left out, so both labellings cover the same texts.
 */
export function twoLevels(
	topics: readonly { topic: string; rows: readonly SuiteRow[] }[]
): TwoLevels {
	const out: TwoLevels = { rows: [], topic: [], fine: [] };
	for (const t of topics)
		for (const r of t.rows) {
			if (r.label === null) continue;
			out.rows.push({ id: r.id, text: r.text });
			out.topic.push(t.topic);
			out.fine.push(`${t.topic}\u0000${r.label}`);
		}
	return out;
}

/** Which of the two levels' numbers a count is within a factor of two of: 'coarse', 'fine', both or neither. */
export function levelsWithin(count: number, coarse: number, fine: number): string {
	const near = [
		...(withinTwofold(count, coarse) ? ['coarse'] : []),
		...(withinTwofold(count, fine) ? ['fine'] : [])
	];
	return near.length ? near.join(' and ') : 'neither';
}
