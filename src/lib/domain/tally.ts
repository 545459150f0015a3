/**
 * The result of a round: themes ranked by the method's score, ties flagged, support per declared
 * sector and actor type, the weakest sector, blocks with reasons. Pure and deterministic.
 *
 * Consent ranking (gradients of agreement, 1 endorse … 5 block): a block is a veto, so themes are
 * ranked by FEWEST BLOCKS first (a count), then by the HIGHEST SHARE OF 1–2 among those who rated
 * the theme, then by the LOWEST MEAN rating. Unrated themes (everyone abstained) have no mean and
 * come after rated themes with the same blocks and share. Remaining ties are flagged and ordered by
 * theme id. Between sectors of different sizes the weakest sector is found the same way, except
 * that blocks are compared as a share of the sector's ratings.
 */
import {
	CONSENT_BLOCK,
	checkBallot,
	type Ballot,
	type CheckedEntry,
	type RoundSettings,
	type VoteMethod
} from './ballot-rules';

export * from './ballot-rules';

/** Consent detail of one theme within one group of ballots. */
export interface ConsentSupport {
	/** counts[0] is the number of 1s (endorse) … counts[4] the number of 5s (block) */
	counts: number[];
	blocks: number;
	/** mean rating among those who rated, null when nobody did */
	mean: number | null;
}

/** How one group of ballots (everyone, a sector, an actor type) supports one theme. */
export interface Support {
	/** ballots cast by the group in this round, whether or not they marked this theme */
	ballots: number;
	/** ballots that marked the theme: gave it a dot, approved it, or rated it (consent) */
	marks: number;
	/** dot: dots given; approval: share of the group's ballots approving; consent: share of ratings that are 1–2 */
	score: number;
	/** the score made comparable across groups of different size: dot → dots per ballot; otherwise the score */
	level: number;
	/** ballots flagging the theme as "a priority for my sector" */
	priority: number;
	consent: ConsentSupport | null;
}

/** Support from one declared sector; `sectorId` null is the undeclared bucket. */
export type SectorSupport = Support & { sectorId: number | null };

/** A consent block, with who (by declared sector only) and why. */
export interface Block {
	sectorId: number | null;
	actorType: Ballot['actorType'];
	reason: string | null;
}

/** One theme's line in the result, with the support of all ballots spread in. */
export interface ThemeResult extends Support {
	themeId: number;
	/** competition rank: tied themes share a rank (1, 2, 2, 4) */
	rank: number;
	/** the score key equals a neighbour's; ordering among tied themes is by theme id only */
	tied: boolean;
	/** each sector of the round, in the order given, then the undeclared bucket */
	bySector: SectorSupport[];
	/** the weakest sector that cast at least one ballot (undeclared excluded), null if none did */
	lowestSectorSupport: (Support & { sectorId: number }) | null;
	byActor: Record<'sectoral' | 'digital' | 'undeclared', Support>;
	/** consent only, ordered by sector id (undeclared last) then reason */
	blocks: Block[];
}

/** A round's result; ballots failing `checkBallot` or sharing a participant id are not counted. */
export interface Tally {
	method: VoteMethod;
	/** ballots counted */
	ballots: number;
	excluded: { invalid: number; duplicate: number };
	themes: ThemeResult[];
}

/** What a results page shows of one theme: its place and score, its blocks, and how each sector that voted supports it. */
export interface ShownResult {
	themeId: number;
	rank: number;
	tied: boolean;
	score: number;
	priority: number;
	lowestSectorSupport: { sectorId: number; level: number } | null;
	/** the sectors (and the undeclared bucket) that cast a ballot in the round, in the tally's order */
	bySector: { sectorId: number | null; level: number }[];
	blocks: Block[];
}

/**
 * A tally cut down to what the results page shows: it is sent again on every ballot to every
 * phone watching live results, so the detail nobody reads there (per actor type, consent counts,
 * sectors that cast no ballot) stays on the server.
 */
export function shownResults(t: Tally): { themes: ShownResult[] } {
	return {
		themes: t.themes.map((r) => ({
			themeId: r.themeId,
			rank: r.rank,
			tied: r.tied,
			score: r.score,
			priority: r.priority,
			lowestSectorSupport: r.lowestSectorSupport && {
				sectorId: r.lowestSectorSupport.sectorId,
				level: r.lowestSectorSupport.level
			},
			bySector: r.bySector
				.filter((b) => b.ballots > 0)
				.map((b) => ({ sectorId: b.sectorId, level: b.level })),
			blocks: r.blocks
		}))
	};
}

interface Acc {
	/** dot: dots; approval: approvals; consent: sum of ratings */
	points: number;
	marks: number;
	priority: number;
	counts: number[];
}

const newAcc = (): Acc => ({ points: 0, marks: 0, priority: 0, counts: [0, 0, 0, 0, 0] });
const ACTORS = ['sectoral', 'digital', 'undeclared'] as const;

/** a/b against c/d, larger first; an empty denominator counts as zero. */
function byShareDesc(a: number, b: number, c: number, d: number): number {
	return (d === 0 ? 0 : c) * (b === 0 ? 1 : b) - (b === 0 ? 0 : a) * (d === 0 ? 1 : d);
}

/** Lower mean first; no ratings last. */
function byMeanAsc(x: Acc, y: Acc): number {
	if (x.marks === 0 || y.marks === 0) return (x.marks === 0 ? 1 : 0) - (y.marks === 0 ? 1 : 0);
	return x.points * y.marks - y.points * x.marks;
}

function byConsent(x: Acc, y: Acc, blocksAsShare: boolean): number {
	const xb = x.counts[4];
	const yb = y.counts[4];
	const blocks = blocksAsShare ? -byShareDesc(xb, x.marks, yb, y.marks) : xb - yb;
	const agree = byShareDesc(x.counts[0] + x.counts[1], x.marks, y.counts[0] + y.counts[1], y.marks);
	return blocks || agree || byMeanAsc(x, y);
}

/** Negative when x ranks above y. Themes share one denominator (all ballots), sectors do not. */
function compare(
	method: VoteMethod,
	x: Acc,
	xBallots: number,
	y: Acc,
	yBallots: number,
	acrossGroups: boolean
): number {
	if (method === 'consent') return byConsent(x, y, acrossGroups);
	return acrossGroups ? byShareDesc(x.points, xBallots, y.points, yBallots) : y.points - x.points;
}

function support(method: VoteMethod, acc: Acc, ballots: number): Support {
	const share = (n: number, d: number) => (d === 0 ? 0 : n / d);
	const score =
		method === 'dot'
			? acc.points
			: method === 'approval'
				? share(acc.points, ballots)
				: share(acc.counts[0] + acc.counts[1], acc.marks);
	const consent =
		method === 'consent'
			? {
					counts: [...acc.counts],
					blocks: acc.counts[4],
					mean: acc.marks === 0 ? null : acc.points / acc.marks
				}
			: null;
	const level = method === 'dot' ? share(acc.points, ballots) : score;
	return { ballots, marks: acc.marks, score, level, priority: acc.priority, consent };
}

function add(acc: Acc, method: VoteMethod, value: number, priority: boolean): void {
	if (priority) acc.priority++;
	if (method === 'consent') acc.counts[value - 1]++;
	if (value > 0) {
		acc.points += value;
		acc.marks++;
	}
}

/** Keeps ballots that pass `checkBallot` and whose participant id occurs once (copies are all dropped: which one is real cannot be known). */
function countable(
	settings: RoundSettings,
	themeIds: readonly number[],
	ballots: readonly Ballot[]
) {
	const seen = new Map<number, number>();
	for (const b of ballots) seen.set(b.participantId, (seen.get(b.participantId) ?? 0) + 1);
	const kept: { ballot: Ballot; entries: CheckedEntry[] }[] = [];
	let invalid = 0;
	let duplicate = 0;
	for (const ballot of ballots) {
		if ((seen.get(ballot.participantId) ?? 0) > 1) duplicate++;
		else {
			const checked = checkBallot(settings, themeIds, ballot.entries);
			if (checked.ok) kept.push({ ballot, entries: checked.entries });
			else invalid++;
		}
	}
	return { kept, excluded: { invalid, duplicate } };
}

/** Tallies a round: every theme of the round ranked, with support per sector and actor type. */
export function tally(
	settings: RoundSettings,
	themeIds: readonly number[],
	ballots: readonly Ballot[],
	sectorIds: readonly number[]
): Tally {
	const { method } = settings;
	const themes = [...new Set(themeIds)];
	const sectors = [...new Set(sectorIds)];
	const sectorIndex = new Map(sectors.map((id, i) => [id, i]));
	const undeclared = sectors.length;
	const { kept, excluded } = countable(settings, themes, ballots);

	const sectorBallots = new Array<number>(sectors.length + 1).fill(0);
	const actorBallots = [0, 0, 0];
	const per = new Map(
		themes.map((id) => [
			id,
			{
				all: newAcc(),
				sectors: sectorBallots.map(newAcc),
				actors: ACTORS.map(newAcc),
				blocks: [] as Block[]
			}
		])
	);
	for (const { ballot, entries } of kept) {
		const s = sectorIndex.get(ballot.declaredSectorId ?? NaN) ?? undeclared;
		const a = ballot.actorType === 'sectoral' ? 0 : ballot.actorType === 'digital' ? 1 : 2;
		sectorBallots[s]++;
		actorBallots[a]++;
		for (const e of entries) {
			const t = per.get(e.themeId)!;
			for (const acc of [t.all, t.sectors[s], t.actors[a]]) add(acc, method, e.value, e.priority);
			if (method === 'consent' && e.value === CONSENT_BLOCK) {
				t.blocks.push({
					sectorId: s === undeclared ? null : sectors[s],
					actorType: ballot.actorType,
					reason: e.reason
				});
			}
		}
	}

	const total = kept.length;
	const order = [...themes].sort(
		(x, y) => compare(method, per.get(x)!.all, total, per.get(y)!.all, total, false) || x - y
	);
	const tiedWith = (i: number, j: number) =>
		j >= 0 &&
		j < order.length &&
		compare(method, per.get(order[i])!.all, total, per.get(order[j])!.all, total, false) === 0;

	const results: ThemeResult[] = [];
	order.forEach((themeId, i) => {
		const t = per.get(themeId)!;
		const bySector = t.sectors.map((acc, s) => ({
			sectorId: s === undeclared ? null : sectors[s],
			...support(method, acc, sectorBallots[s])
		}));
		let low = -1;
		for (let s = 0; s < sectors.length; s++) {
			if (sectorBallots[s] === 0) continue;
			if (
				low < 0 ||
				compare(method, t.sectors[s], sectorBallots[s], t.sectors[low], sectorBallots[low], true) >
					0
			)
				low = s;
		}
		results.push({
			themeId,
			rank: tiedWith(i, i - 1) ? results[i - 1].rank : i + 1,
			tied: tiedWith(i, i - 1) || tiedWith(i, i + 1),
			...support(method, t.all, total),
			bySector,
			lowestSectorSupport: low < 0 ? null : { ...bySector[low], sectorId: sectors[low] },
			byActor: {
				sectoral: support(method, t.actors[0], actorBallots[0]),
				digital: support(method, t.actors[1], actorBallots[1]),
				undeclared: support(method, t.actors[2], actorBallots[2])
			},
			blocks: t.blocks.sort(byBlock)
		});
	});
	return { method, ballots: total, excluded, themes: results };
}

/** Code-unit order, not locale order, so every machine sorts alike; null last. */
function byText(x: string | null, y: string | null): number {
	if (x === y) return 0;
	if (x === null || y === null) return x === null ? 1 : -1;
	return x < y ? -1 : 1;
}

function byBlock(x: Block, y: Block): number {
	const sector =
		x.sectorId === y.sectorId
			? 0
			: x.sectorId === null
				? 1
				: y.sectorId === null
					? -1
					: x.sectorId - y.sectorId;
	return sector || byText(x.reason, y.reason) || byText(x.actorType, y.actorType);
}

/** Ballots against participants present; `share` is null when nobody is present (it may exceed 1 when a facilitator or rapporteur votes too). */
export function turnout(
	ballotCount: number,
	present: number
): { ballots: number; present: number; share: number | null } {
	const ballots = Number.isFinite(ballotCount) ? Math.max(0, Math.floor(ballotCount)) : 0;
	const people = Number.isFinite(present) ? Math.max(0, Math.floor(present)) : 0;
	return { ballots, present: people, share: people === 0 ? null : ballots / people };
}
