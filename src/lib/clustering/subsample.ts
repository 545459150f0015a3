// Large inputs: the mixture is fitted on a random sample of the statements, and every other
// statement joins the cluster whose centroid it is most similar to. On tens of thousands of
// statements a Gibbs chain started from a random assignment lets a few clusters absorb many
// topics (argq-dev, 20,974 arguments: 11 clusters for 49 topics); on a few thousand it keeps them
// apart, and the split moves, merging and the classifier then work on every statement.
import type { SparseVector } from './corpus.js';
import { shuffle } from './random.js';

/**
 * Statements the mixture is fitted on, in increasing order: every fixed one (locked themes) and a
 * uniform random sample of `size` of the others (all of them when there are no more).
 */
export function mixtureSample(fixed: Int32Array, size: number, random: () => number): number[] {
	const n = fixed.length;
	const locked: number[] = [];
	const free: number[] = [];
	for (let d = 0; d < n; d++) (fixed[d] >= 0 ? locked : free).push(d);
	if (free.length <= size) return [...Array(n).keys()];
	const picked = shuffle(free, random).slice(0, Math.max(0, size));
	return [...locked, ...picked].sort((a, b) => a - b);
}

/**
 * Gives each unassigned statement (-1) the cluster whose summed vector has the highest cosine with
 * it; a statement sharing no feature with any cluster stays -1. Clusters are those of the
 * assigned statements, fixed while the others join (the order of statements does not matter).
 */
export function joinNearest(vectors: SparseVector[], zIn: Int32Array, k: number): Int32Array {
	const z = zIn.slice();
	const byTerm = new Map<number, { c: number[]; x: number[] }>();
	const sums = Array.from({ length: k }, () => new Map<number, number>());
	z.forEach((c, d) => {
		if (c < 0 || c >= k) return;
		const v = vectors[d];
		for (let i = 0; i < v.indices.length; i++)
			sums[c].set(v.indices[i], (sums[c].get(v.indices[i]) ?? 0) + v.values[i]);
	});
	const norms = sums.map((s) => {
		let q = 0;
		for (const x of s.values()) q += x * x;
		return Math.sqrt(q);
	});
	sums.forEach((s, c) => {
		for (const [t, x] of s) {
			let p = byTerm.get(t);
			if (!p) byTerm.set(t, (p = { c: [], x: [] }));
			p.c.push(c);
			p.x.push(x / (norms[c] || 1));
		}
	});
	const score = new Float64Array(k);
	for (let d = 0; d < z.length; d++) {
		if (zIn[d] >= 0) continue;
		const v = vectors[d];
		score.fill(0);
		for (let i = 0; i < v.indices.length; i++) {
			const p = byTerm.get(v.indices[i]);
			if (!p) continue;
			for (let j = 0; j < p.c.length; j++) score[p.c[j]] += v.values[i] * p.x[j];
		}
		let best = -1;
		let bestScore = 0;
		for (let c = 0; c < k; c++) if (score[c] > bestScore) [best, bestScore] = [c, score[c]];
		z[d] = best;
	}
	return z;
}

/**
 * The sampled statements' words re-indexed over the features at least `minDf` of them use: the
 * mixture's word prior spreads over the vocabulary (V·β), and the whole corpus's vocabulary would
 * make every small cluster unlikely on a sample.
 */
export function sampleVocabulary(
	docs: Int32Array[],
	sample: readonly number[],
	minDf: number
): { docs: Int32Array[]; features: number } {
	const df = new Map<number, number>();
	for (const d of sample) for (const w of new Set(docs[d])) df.set(w, (df.get(w) ?? 0) + 1);
	const index = new Map<number, number>();
	for (const [w, f] of [...df].sort((a, b) => a[0] - b[0]))
		if (f >= minDf) index.set(w, index.size);
	return {
		docs: sample.map((d) =>
			Int32Array.from(
				[...docs[d]].filter((w) => index.has(w)),
				(w) => index.get(w)!
			)
		),
		features: index.size
	};
}
