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

/**
 * Member vectors packed end to end: member i's entries are start[i]..start[i+1]-1, over `dim`
 * features (renumbered 0..dim-1 in order of first use when packed for a cut: small dense sums).
 */
interface Packed {
	n: number;
	dim: number;
	start: Int32Array;
	index: Int32Array;
	value: Float32Array;
}

/**
 * Packs the members' vectors. With `slot` (a feature's local number or -1, as long as the
 * features, left all -1 again afterwards) features are renumbered; without, they keep their ids.
 */
function pack(
	vectors: SparseVector[],
	members: readonly number[],
	features: number,
	slot?: Int32Array
): Packed {
	const n = members.length;
	const start = new Int32Array(n + 1);
	for (let i = 0; i < n; i++) start[i + 1] = start[i] + vectors[members[i]].indices.length;
	const index = new Int32Array(start[n]);
	const value = new Float32Array(start[n]);
	let dim = slot ? 0 : features;
	for (let i = 0; i < n; i++) {
		const v = vectors[members[i]];
		const at = start[i];
		value.set(v.values, at);
		if (!slot) {
			index.set(v.indices, at);
			continue;
		}
		for (let j = 0; j < v.indices.length; j++) {
			let f = slot[v.indices[j]];
			if (f < 0) f = slot[v.indices[j]] = dim++;
			index[at + j] = f;
		}
	}
	if (slot)
		for (const d of members) {
			const ids = vectors[d].indices;
			for (let j = 0; j < ids.length; j++) slot[ids[j]] = -1;
		}
	return { n, dim, start, index, value };
}

/** Adds member i's vector into the dense sum s. */
function addInto(p: Packed, i: number, s: Float64Array): void {
	for (let j = p.start[i]; j < p.start[i + 1]; j++) s[p.index[j]] += p.value[j];
}

function dotDense(p: Packed, i: number, s: Float64Array): number {
	let x = 0;
	for (let j = p.start[i]; j < p.start[i + 1]; j++) x += p.value[j] * s[p.index[j]];
	return x;
}

function normOf(s: Float64Array): number {
	let x = 0;
	for (let i = 0; i < s.length; i++) x += s[i] * s[i];
	return Math.sqrt(x);
}

interface TwoMeans {
	side: Uint8Array;
	/** Lengths of the two halves' vector sums, and of the whole's. */
	half0: number;
	half1: number;
	whole: number;
}

/**
 * Spherical 2-means over the packed members (the better of STARTS starts): the side of each, or
 * null when no start gives two sides of at least minSize members.
 */
function twoMeans(p: Packed, minSize: number, random: () => number): TwoMeans | null {
	const { n, dim } = p;
	if (n < 2 * minSize || n < 2) return null;
	let best: TwoMeans | null = null;
	let bestScore = -Infinity;
	const whole = new Float64Array(dim);
	for (let i = 0; i < n; i++) addInto(p, i, whole);
	const wholeNorm = normOf(whole);
	const c0 = new Float64Array(dim);
	const c1 = new Float64Array(dim);
	const side = new Uint8Array(n);
	for (let start = 0; start < STARTS; start++) {
		// first centre: a random member (the first start: the member least like the whole);
		// second: the member least like the first
		let a = Math.floor(random() * n);
		if (start === 0) {
			let low = Infinity;
			for (let i = 0; i < n; i++) {
				const c = dotDense(p, i, whole);
				if (c < low) [low, a] = [c, i];
			}
		}
		c0.fill(0);
		addInto(p, a, c0);
		let b = -1;
		let low = Infinity;
		for (let i = 0; i < n; i++) {
			const c = dotDense(p, i, c0);
			if (i !== a && c < low) [low, b] = [c, i];
		}
		if (b < 0) continue;
		c1.fill(0);
		addInto(p, b, c1);
		side.fill(0);
		let count1 = 0;
		// the centres hold the halves' sums when the passes end with both halves non-empty
		let current = false;
		for (let pass = 0; pass < PASSES; pass++) {
			let moved = 0;
			const norm0 = normOf(c0) || 1;
			const norm1 = normOf(c1) || 1;
			count1 = 0;
			for (let i = 0; i < n; i++) {
				// both dot products in one pass over the member's entries
				let x0 = 0;
				let x1 = 0;
				for (let j = p.start[i]; j < p.start[i + 1]; j++) {
					const f = p.index[j];
					const v = p.value[j];
					x1 += v * c1[f];
					x0 += v * c0[f];
				}
				const s = x1 / norm1 > x0 / norm0 ? 1 : 0;
				if (s !== side[i]) moved++;
				side[i] = s;
				count1 += s;
			}
			current = false;
			if (count1 === 0 || count1 === n) break;
			c0.fill(0);
			c1.fill(0);
			for (let i = 0; i < n; i++) addInto(p, i, side[i] ? c1 : c0);
			current = true;
			if (pass > 0 && moved === 0) break;
		}
		if (count1 < minSize || n - count1 < minSize) continue;
		if (!current) {
			c0.fill(0);
			c1.fill(0);
			for (let i = 0; i < n; i++) addInto(p, i, side[i] ? c1 : c0);
		}
		// spherical k-means objective: the summed lengths of the two halves' vector sums
		const half0 = normOf(c0);
		const half1 = normOf(c1);
		const score = half0 + half1;
		if (score > bestScore) {
			best = { side: Uint8Array.from(side), half0, half1, whole: wholeNorm };
			bestScore = score;
		}
	}
	return best;
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
	if (members.length < 2 * minSize || members.length < 2) return null;
	return twoMeans(pack(vectors, members, features), minSize, random)?.side ?? null;
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
	random: () => number,
	slot: Int32Array
): Cut | null {
	if (members.length < 2 * minSize || members.length < 2) return null;
	const packed = pack(vectors, members, 0, slot);
	const cut = twoMeans(packed, minSize, random);
	if (!cut) return null;
	return { side: cut.side, gain: cut.half0 + cut.half1 - cut.whole };
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
	let features = 0;
	for (const v of vectors)
		if (v.indices.length > 0) features = Math.max(features, v.indices[v.indices.length - 1] + 1);
	const slot = new Int32Array(features).fill(-1);
	// each cluster's best cut, worked out only once a cut is wanted
	const cuts: (Cut | null)[] = members.map((m, c) =>
		c < locked || (only && !only.includes(c)) ? null : bestCut(vectors, m, minSize, random, slot)
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
		cuts[c] = follow ? bestCut(vectors, stay, minSize, random, slot) : null;
		cuts.push(follow ? bestCut(vectors, leave, minSize, random, slot) : null);
		made++;
	}
	return { z, k: members.length, cuts: made };
}

/** True when the largest cluster holds more than COLLAPSE_SHARE of all statements while others exist. */
export function isCollapsed(sizes: number[], total: number): boolean {
	const live = sizes.filter((s) => s > 0);
	return live.length > 1 && Math.max(...live) > COLLAPSE_SHARE * total;
}
