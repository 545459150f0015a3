// Honouring k, and no theme that swallows the corpus. The mixture model can settle on fewer
// clusters than asked for (on 20,000 short titles it may leave most of them in one); merging
// cannot add clusters back. Bisection can: each theme's best cut in two is found by spherical
// 2-means on its members' TF-IDF vectors (the better of a few starts), the cut that gains most is
// made, and again until the wanted number exists or no theme can be cut into two parts of at
// least the smallest theme size.
import type { SparseVector } from './corpus.js';

/** Starts of 2-means per cut; the cut with the tighter halves wins. */
const STARTS = 3;
/** Reassignment passes per start; 2-means settles in a handful. */
const PASSES = 12;
/** A largest theme holding more than this share of the statements, beside others, has collapsed. */
export const COLLAPSE_SHARE = 0.5;

/** Sum of the members' vectors, dense over the features. */
function denseSum(vectors: SparseVector[], members: readonly number[], features: number) {
	const s = new Float64Array(features);
	for (const d of members) {
		const v = vectors[d];
		for (let i = 0; i < v.indices.length; i++) s[v.indices[i]] += v.values[i];
	}
	return s;
}

function normOf(s: Float64Array): number {
	let x = 0;
	for (let i = 0; i < s.length; i++) x += s[i] * s[i];
	return Math.sqrt(x);
}

/** The members' vectors over only the features they use, renumbered 0..dim-1: small dense sums. */
function localise(vectors: SparseVector[], members: readonly number[]) {
	const index = new Map<number, number>();
	const local = members.map((d) => {
		const v = vectors[d];
		const indices = new Int32Array(v.indices.length);
		for (let i = 0; i < v.indices.length; i++) {
			let j = index.get(v.indices[i]);
			if (j === undefined) index.set(v.indices[i], (j = index.size));
			indices[i] = j;
		}
		return { indices, values: v.values };
	});
	return { vectors: local, dim: index.size, members: members.map((_, i) => i) };
}

function dotDense(v: SparseVector, s: Float64Array): number {
	let x = 0;
	for (let i = 0; i < v.indices.length; i++) x += v.values[i] * s[v.indices[i]];
	return x;
}

/**
 * Cuts members in two by spherical 2-means; returns the side (0 or 1) of each member, or null when
 * no start gives two sides of at least minSize members (identical texts cannot be cut).
 */
export function bisect(
	vectors: SparseVector[],
	members: readonly number[],
	features: number,
	minSize: number,
	random: () => number
): Uint8Array | null {
	const n = members.length;
	if (n < 2 * minSize || n < 2) return null;
	let best: Uint8Array | null = null;
	let bestScore = -Infinity;
	const whole = denseSum(vectors, members, features);
	for (let start = 0; start < STARTS; start++) {
		// first centre: a random member (the first start: the member least like the whole);
		// second: the member least like the first
		let a = Math.floor(random() * n);
		if (start === 0) {
			let low = Infinity;
			members.forEach((d, i) => {
				const c = dotDense(vectors[d], whole);
				if (c < low) [low, a] = [c, i];
			});
		}
		const first = denseSum(vectors, [members[a]], features);
		let b = -1;
		let low = Infinity;
		members.forEach((d, i) => {
			const c = dotDense(vectors[d], first);
			if (i !== a && c < low) [low, b] = [c, i];
		});
		if (b < 0) continue;
		let centres = [first, denseSum(vectors, [members[b]], features)];
		const side = new Uint8Array(n);
		for (let pass = 0; pass < PASSES; pass++) {
			let moved = 0;
			const norms = centres.map((c) => normOf(c) || 1);
			members.forEach((d, i) => {
				const v = vectors[d];
				const s = dotDense(v, centres[1]) / norms[1] > dotDense(v, centres[0]) / norms[0] ? 1 : 0;
				if (s !== side[i]) moved++;
				side[i] = s;
			});
			const groups: number[][] = [[], []];
			members.forEach((d, i) => groups[side[i]].push(d));
			if (groups[0].length === 0 || groups[1].length === 0) break;
			centres = groups.map((g) => denseSum(vectors, g, features));
			if (pass > 0 && moved === 0) break;
		}
		const count1 = side.reduce((x, s) => x + s, 0);
		if (count1 < minSize || n - count1 < minSize) continue;
		// spherical k-means objective: the summed lengths of the two halves' vector sums
		const halves: number[][] = [[], []];
		members.forEach((d, i) => halves[side[i]].push(d));
		const score =
			normOf(denseSum(vectors, halves[0], features)) +
			normOf(denseSum(vectors, halves[1], features));
		if (score > bestScore) [best, bestScore] = [Uint8Array.from(side), score];
	}
	return best;
}

export interface BisectOutcome {
	z: Int32Array;
	k: number;
	/** Cuts made. */
	cuts: number;
}

interface Cut {
	side: Uint8Array;
	/** How much tighter the two halves are than the whole: |Σ half₁| + |Σ half₂| − |Σ whole|. */
	gain: number;
}

function bestCut(
	vectors: SparseVector[],
	members: readonly number[],
	minSize: number,
	random: () => number
): Cut | null {
	if (members.length < 2 * minSize || members.length < 2) return null;
	const local = localise(vectors, members);
	const side = bisect(local.vectors, local.members, local.dim, minSize, random);
	if (!side) return null;
	const halves: number[][] = [[], []];
	local.members.forEach((i) => halves[side[i]].push(i));
	const gain =
		normOf(denseSum(local.vectors, halves[0], local.dim)) +
		normOf(denseSum(local.vectors, halves[1], local.dim)) -
		normOf(denseSum(local.vectors, local.members, local.dim));
	return { side, gain };
}

/**
 * Cuts unlocked clusters (ids ≥ locked) while `shouldCut` says so and some cluster can be cut.
 * Each time the cut that gains most is made: a theme that mixes two subjects falls apart into
 * two tight halves (a large gain), a large theme on one subject does not (a gain near 0). `only`
 * restricts the cuts to the clusters it names. Cluster ids are 0..k-1; -1 is no theme.
 */
export function cutClusters(
	vectors: SparseVector[],
	zIn: Int32Array,
	k: number,
	locked: number,
	minSize: number,
	random: () => number,
	shouldCut: (sizes: number[]) => boolean,
	only?: readonly number[]
): BisectOutcome {
	const z = Int32Array.from(zIn);
	const members: number[][] = Array.from({ length: k }, () => []);
	z.forEach((c, d) => c >= 0 && members[c].push(d));
	let made = 0;
	if (!shouldCut(members.map((m) => m.length))) return { z, k, cuts: made };
	// each cluster's best cut, worked out only once a cut is wanted
	const cuts: (Cut | null)[] = members.map((m, c) =>
		c < locked || (only && !only.includes(c)) ? null : bestCut(vectors, m, minSize, random)
	);
	while (shouldCut(members.map((m) => m.length))) {
		let c = -1;
		for (let i = 0; i < cuts.length; i++)
			if (cuts[i] && (c < 0 || cuts[i]!.gain > cuts[c]!.gain)) c = i;
		if (c < 0) break;
		const { side } = cuts[c]!;
		const stay: number[] = [];
		const leave: number[] = [];
		members[c].forEach((d, i) => (side[i] ? leave : stay).push(d));
		const id = members.length;
		members[c] = stay;
		members.push(leave);
		for (const d of leave) z[d] = id;
		const follow = !only;
		cuts[c] = follow ? bestCut(vectors, stay, minSize, random) : null;
		cuts.push(follow ? bestCut(vectors, leave, minSize, random) : null);
		made++;
	}
	return { z, k: members.length, cuts: made };
}

/** True when the largest cluster holds more than COLLAPSE_SHARE of all statements while others exist. */
export function isCollapsed(sizes: number[], total: number): boolean {
	const live = sizes.filter((s) => s > 0);
	return live.length > 1 && Math.max(...live) > COLLAPSE_SHARE * total;
}
