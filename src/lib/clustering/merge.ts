// Over-clustering, then merging: the mixture is run with more clusters than wanted (it splits
// big topics more readily than it joins unrelated ones), then the closest clusters are merged
// by the cosine of their TF-IDF centroids until k remain, or for k = 'auto' until no two
// clusters are similar enough.
import { dot, type SparseVector } from './corpus.js';

/**
 * For k = 'auto', a merge must clear a cosine bar that rises with the merged cluster's share of the
 * corpus: a broad centroid resembles everything, and without this one blob swallows the corpus.
 */
export const AUTO_SIZE_PENALTY = 1;

/** Sum of member vectors per cluster as a sparse map. */
function clusterSums(vectors: SparseVector[], z: Int32Array, k: number): Map<number, number>[] {
	const sums = Array.from({ length: k }, () => new Map<number, number>());
	for (let d = 0; d < z.length; d++) {
		if (z[d] < 0) continue;
		const s = sums[z[d]];
		const v = vectors[d];
		for (let i = 0; i < v.indices.length; i++) s.set(v.indices[i], (s.get(v.indices[i]) ?? 0) + v.values[i]);
	}
	return sums;
}

function sparseDot(a: Map<number, number>, b: Map<number, number>): number {
	if (a.size > b.size) [a, b] = [b, a];
	let s = 0;
	for (const [i, x] of a) {
		const y = b.get(i);
		if (y !== undefined) s += x * y;
	}
	return s;
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
	/** Cosine of the last pair merged, or of the closest pair left when merging stopped. */
	stopSimilarity: number;
}

/**
 * Merges clusters (ids 0..k-1) greedily by Ward's criterion (small increase in scatter first), down to
 * `target` clusters; when `target` is null, only pairs whose centroid cosine reaches `minSimilarity`
 * may merge, and merging stops when none is left. `frozen` clusters
 * (locked themes, ids 0..frozen.size-1) never merge and keep their ids.
 */
export function mergeClusters(
	vectors: SparseVector[],
	zIn: Int32Array,
	k: number,
	target: number | null,
	minSimilarity: number,
	frozen: Set<number> = new Set(),
	sizePenalty = AUTO_SIZE_PENALTY
): MergeResult {
	const sums = clusterSums(vectors, zIn, k);
	const gram: Float64Array[] = sums.map((a) => new Float64Array(k));
	for (let a = 0; a < k; a++) for (let b = a; b < k; b++) gram[a][b] = gram[b][a] = sparseDot(sums[a], sums[b]);
	const alive = new Set<number>();
	for (let a = 0; a < k; a++) if (gram[a][a] > 0 || frozen.has(a)) alive.add(a);
	const parent = Int32Array.from({ length: k }, (_, i) => i);
	const size = new Float64Array(k);
	for (const c of zIn) if (c >= 0) size[c] += 1;
	const total = Math.max(1, size.reduce((a, b) => a + b, 0));
	const cos = (a: number, b: number) => gram[a][b] / Math.sqrt(gram[a][a] * gram[b][b] || 1);
	// Ward's increase in within-cluster scatter: small clusters join first, big ones resist.
	const ward = (a: number, b: number) => {
		const na = size[a] || 1;
		const nb = size[b] || 1;
		const dist = gram[a][a] / (na * na) + gram[b][b] / (nb * nb) - (2 * gram[a][b]) / (na * nb);
		return ((na * nb) / (na + nb)) * dist;
	};
	let last = 0;
	const mergeable = () => [...alive].filter((a) => !frozen.has(a)).length;
	while (mergeable() > 1 && (target === null || alive.size > target)) {
		let best = Infinity;
		let ba = -1;
		let bb = -1;
		for (const a of alive) {
			if (frozen.has(a)) continue;
			for (const b of alive) {
				if (b <= a || frozen.has(b)) continue;
				if (target === null && cos(a, b) < minSimilarity + (sizePenalty * (size[a] + size[b])) / total) continue;
				const c = ward(a, b);
				if (c < best) [best, ba, bb] = [c, a, b];
			}
		}
		if (ba < 0) break;
		last = cos(ba, bb);
		// b joins a: the sum vectors add, so their Gram entries add too.
		for (const c of alive) {
			if (c === ba || c === bb) continue;
			gram[ba][c] = gram[c][ba] = gram[ba][c] + gram[bb][c];
		}
		gram[ba][ba] = gram[ba][ba] + gram[bb][bb] + 2 * gram[ba][bb];
		size[ba] += size[bb];
		alive.delete(bb);
		parent[bb] = ba;
	}
	const root = (c: number): number => (parent[c] === c ? c : (parent[c] = root(parent[c])));
	const merged = zIn.map((c) => (c < 0 ? -1 : root(c)));
	const out = compact(merged, frozen.size);
	return { z: out.z, k: out.k, stopSimilarity: last };
}
