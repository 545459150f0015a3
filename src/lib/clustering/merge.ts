// Over-clustering, then merging: the mixture is run with more clusters than wanted (it splits
// big topics more readily than it joins unrelated ones), then the closest clusters are merged
// by the cosine of their TF-IDF centroids until k remain, or for k = 'auto' until no two
// clusters are similar enough.
import { sumInto, type SparseVector } from './corpus.js';

/** Two single statements merge in k = 'auto' only when they say nearly the same thing. */
const DUPLICATE_COSINE = 0.5;

/**
 * How alike two clusters are relative to how alike each is inside: the mean cosine between a member
 * of one and a member of the other (`cross`, the dot product of their summed vectors, over
 * na · nb), divided by the geometric mean of the two coherences (mean cosine between two different
 * members of one cluster). A cluster of one statement borrows the other's coherence; two single
 * statements link only when they are near-duplicates.
 */
export function linkScore(
	cross: number,
	na: number,
	nb: number,
	coherenceA: number,
	coherenceB: number
): number {
	if (coherenceA <= 0 && coherenceB <= 0) return cross >= DUPLICATE_COSINE ? 1 : 0;
	const wa = coherenceA > 0 ? coherenceA : coherenceB;
	const wb = coherenceB > 0 ? coherenceB : coherenceA;
	return cross / ((na || 1) * (nb || 1)) / Math.sqrt(wa * wb);
}

/** Link (see linkScore) of two groups of statements given as lists of members. */
export function groupLink(
	vectors: SparseVector[],
	a: readonly number[],
	b: readonly number[]
): number {
	const top = Math.max(featuresOf(vectors, a), featuresOf(vectors, b));
	const [da, db] = scratch(top, 2);
	const sa = sumOf(vectors, a, da);
	const sb = sumOf(vectors, b, db);
	// the dot products run over the smaller sum, in the order its terms were first met
	const cross = sa.keys.length > sb.keys.length ? dotDense(sb, da.sum) : dotDense(sa, db.sum);
	const coherence = (s: Sum, n: number) =>
		n > 1 ? Math.max(0, selfDot(s) - n) / (n * (n - 1)) : 0;
	const link = linkScore(
		cross,
		a.length,
		b.length,
		coherence(sa, a.length),
		coherence(sb, b.length)
	);
	clear(sa, da);
	clear(sb, db);
	return link;
}

/** A sum of vectors: its terms in the order first met, and their totals. */
interface Sum {
	keys: number[];
	values: Float64Array;
}

/** A dense sum over the features and which features it holds (all zero between uses). */
interface Dense {
	sum: Float64Array;
	hit: Uint8Array;
}

let dense: Dense[] = [];

function scratch(size: number, count: number): Dense[] {
	if (dense.length < count || dense[0].sum.length < size) {
		const grown = Math.max(size, dense[0]?.sum.length ?? 0);
		dense = Array.from({ length: Math.max(count, dense.length) }, () => ({
			sum: new Float64Array(grown),
			hit: new Uint8Array(grown)
		}));
	}
	return dense;
}

function featuresOf(vectors: SparseVector[], members: readonly number[]): number {
	let top = 0;
	for (const d of members) {
		const v = vectors[d];
		if (v.indices.length > 0) top = Math.max(top, v.indices[v.indices.length - 1] + 1);
	}
	return top;
}

/** The members' sum, left in `into` (clear it with clear()) and returned as a Sum. */
function sumOf(vectors: SparseVector[], members: readonly number[], into: Dense): Sum {
	const { sum, touched: keys } = sumInto(vectors, members, into.sum, into.hit);
	const values = new Float64Array(keys.length);
	for (let i = 0; i < keys.length; i++) values[i] = sum[keys[i]];
	return { keys, values };
}

function clear(s: Sum, into: Dense): void {
	for (const t of s.keys) {
		into.sum[t] = 0;
		into.hit[t] = 0;
	}
}

/** Σ s·other over s's terms (a term other lacks adds nothing). */
function dotDense(s: Sum, other: Float64Array): number {
	let x = 0;
	for (let i = 0; i < s.keys.length; i++) {
		const y = other[s.keys[i]];
		if (y !== 0) x += s.values[i] * y;
	}
	return x;
}

function selfDot(s: Sum): number {
	let x = 0;
	for (let i = 0; i < s.values.length; i++) x += s.values[i] * s.values[i];
	return x;
}

/**
 * The Gram matrix of the clusters' summed vectors. Each dot product runs over the smaller sum's
 * terms (the first's on a tie), looked up in the other scattered densely.
 */
function clusterGram(vectors: SparseVector[], z: Int32Array, k: number): Float64Array[] {
	const members: number[][] = Array.from({ length: k }, () => []);
	z.forEach((c, d) => c >= 0 && members[c].push(d));
	let top = 0;
	for (const m of members) top = Math.max(top, featuresOf(vectors, m));
	const [into] = scratch(top, 1);
	const sums = members.map((m) => {
		const s = sumOf(vectors, m, into);
		clear(s, into);
		return s;
	});
	const gram: Float64Array[] = sums.map(() => new Float64Array(k));
	for (let a = 0; a < k; a++) gram[a][a] = selfDot(sums[a]);
	const size = sums.map((s) => s.keys.length);
	for (let l = 0; l < k; l++) {
		// the pairs whose other side runs over its terms while l is looked up
		const pairs: number[] = [];
		for (let c = 0; c < k; c++)
			if (c < l ? size[c] <= size[l] : c > l && size[l] > size[c]) pairs.push(c);
		if (pairs.length === 0) continue;
		const s = sums[l];
		for (let i = 0; i < s.keys.length; i++) into.sum[s.keys[i]] = s.values[i];
		for (const c of pairs) gram[l][c] = gram[c][l] = dotDense(sums[c], into.sum);
		for (const t of s.keys) into.sum[t] = 0;
	}
	return gram;
}

/**
 * Renumbers cluster ids to 0..k-1 by decreasing size (ties by first member); -1 stays -1.
 * Ids below `keep` (locked themes) keep their number and are counted in k.
 */
export function compact(z: Int32Array, keep = 0): { z: Int32Array; k: number } {
	const size = new Map<number, number>();
	const first = new Map<number, number>();
	z.forEach((c, d) => {
		if (c < 0) return;
		size.set(c, (size.get(c) ?? 0) + 1);
		if (!first.has(c)) first.set(c, d);
	});
	const order = [...size.keys()]
		.filter((c) => c >= keep)
		.sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!);
	const map = new Map(order.map((c, i) => [c, i + keep]));
	for (let c = 0; c < keep; c++) map.set(c, c);
	return { z: z.map((c) => (c < 0 ? -1 : map.get(c)!)), k: order.length + keep };
}

export interface MergeResult {
	z: Int32Array;
	k: number;
	/** Link (see mergeClusters) of the last pair merged. */
	stopLink: number;
}

/**
 * Merges clusters (ids 0..k-1) greedily by Ward's criterion (small increase in scatter first), down to
 * `target` clusters. When `target` is null (k = 'auto') a pair may merge only if its link reaches
 * `minLink`: the mean cosine between a member of one and a member of the other, divided by the
 * geometric mean of the two clusters' own coherence (mean cosine between two of their members).
 * Coherence is that of the ORIGINAL clusters each is made of, which is what stops chaining: with a
 * cosine between centroids, broad merged centroids resemble everything and swallow the corpus.
 * `frozen` clusters (locked themes, ids 0..frozen.size-1) never merge and keep their ids. The two
 * clusters of `apart` (the halves of a cut just made) never end up in one.
 */
export function mergeClusters(
	vectors: SparseVector[],
	zIn: Int32Array,
	k: number,
	target: number | null,
	minLink: number,
	minRetention: number,
	frozen: Set<number> = new Set(),
	apart: readonly [number, number] | null = null
): MergeResult {
	const gram = clusterGram(vectors, zIn, k);
	const alive = new Set<number>();
	for (let a = 0; a < k; a++) if (gram[a][a] > 0 || frozen.has(a)) alive.add(a);
	const parent = Int32Array.from({ length: k }, (_, i) => i);
	const size = new Float64Array(k);
	for (const c of zIn) if (c >= 0) size[c] += 1;
	// Sum over ordered member pairs (self-pairs excluded) of their cosine, for the original clusters.
	const basePairs = Float64Array.from({ length: k }, (_, a) => Math.max(0, gram[a][a] - size[a]));
	const baseCount = Float64Array.from(size, (n) => n * (n - 1));
	// Mean cosine between two different members of the ORIGINAL clusters a is made of.
	const coherence = (a: number) => (baseCount[a] > 0 ? basePairs[a] / baseCount[a] : 0);
	// Share of the parts' coherence the merged cluster keeps (1/m + (1 - 1/m) r for m equal parts).
	const retention = (a: number, b: number) => {
		const n = size[a] + size[b];
		const count = baseCount[a] + baseCount[b];
		const base = basePairs[a] + basePairs[b];
		if (count <= 0 || base <= 0 || n < 2) return 1;
		return (gram[a][a] + gram[b][b] + 2 * gram[a][b] - n) / (n * (n - 1)) / (base / count);
	};
	const link = (a: number, b: number) =>
		linkScore(gram[a][b], size[a], size[b], coherence(a), coherence(b));
	// Ward's increase in within-cluster scatter: small clusters join first, big ones resist.
	const ward = (a: number, b: number) => {
		const na = size[a] || 1;
		const nb = size[b] || 1;
		const dist = gram[a][a] / (na * na) + gram[b][b] / (nb * nb) - (2 * gram[a][b]) / (na * nb);
		return ((na * nb) / (na + nb)) * dist;
	};
	let last = 0;
	const root = (c: number): number => (parent[c] === c ? c : (parent[c] = root(parent[c])));
	const keptApart = (a: number, b: number) => {
		if (!apart) return false;
		const [x, y] = [root(apart[0]), root(apart[1])];
		return (x === a && y === b) || (x === b && y === a);
	};
	const mergeable = () => [...alive].filter((a) => !frozen.has(a)).length;
	while (mergeable() > 1 && (target === null || alive.size > target)) {
		let best = Infinity;
		let ba = -1;
		let bb = -1;
		for (const a of alive) {
			if (frozen.has(a)) continue;
			for (const b of alive) {
				if (b <= a || frozen.has(b) || keptApart(a, b)) continue;
				if (target === null && (link(a, b) < minLink || retention(a, b) < minRetention)) continue;
				const c = ward(a, b);
				if (c < best) [best, ba, bb] = [c, a, b];
			}
		}
		if (ba < 0) break;
		last = link(ba, bb);
		// b joins a: the sum vectors add, so their Gram entries add too.
		for (const c of alive) {
			if (c === ba || c === bb) continue;
			gram[ba][c] = gram[c][ba] = gram[ba][c] + gram[bb][c];
		}
		gram[ba][ba] = gram[ba][ba] + gram[bb][bb] + 2 * gram[ba][bb];
		size[ba] += size[bb];
		basePairs[ba] += basePairs[bb];
		baseCount[ba] += baseCount[bb];
		alive.delete(bb);
		parent[bb] = ba;
	}
	const merged = zIn.map((c) => (c < 0 ? -1 : root(c)));
	const out = compact(merged, frozen.size);
	return { z: out.z, k: out.k, stopLink: last };
}
