// A second representation: a sentence vector per statement ("meaning"), from a sentence encoder
// outside the engine (the engine stays pure: the vectors are input like the words). Two statements
// can make one point in different words ("Mainstream schools have a lot of bullying", "Children
// are safer from violence at home"); their vectors are close where their words are not.
//
// Used in two places (measured in docs/theme-engine.md, "a second representation"):
// - appended to each statement's TF-IDF vector at `weight` against it, for merging, cutting and
//   the classifier;
// - in the mixture, as a pull towards clusters whose mean vector is close to the statement's
//   (a von Mises–Fisher-like term with concentration κ, `meaningPull` below).
import type { ClusteringView, SparseVector } from './corpus.js';
import type { StatementInput } from './types.js';

/** Weight of the sentence vector against the TF-IDF vector (both unit length) when appended. */
export const DEFAULT_MEANING_WEIGHT = 1.25;
/** κ: how many nats a cosine of 1 to a cluster's mean direction is worth in the mixture. */
export const DEFAULT_MEANING_CONCENTRATION = 15;

/**
 * Every statement's vector scaled to unit length, or null when any statement lacks one, or the
 * vectors differ in dimension or hold a non-finite or all-zero vector: half-covered statements
 * would be grouped by two different measures.
 */
export function meaningVectors(statements: readonly StatementInput[]): Float32Array[] | null {
	if (statements.length === 0) return null;
	const first = statements[0].meaning;
	const dim = first && typeof first.length === 'number' ? first.length : 0;
	if (dim < 2) return null;
	const out: Float32Array[] = [];
	for (const s of statements) {
		const v = s.meaning;
		if (!v || v.length !== dim) return null;
		let norm = 0;
		for (let j = 0; j < dim; j++) {
			const x = Number(v[j]);
			if (!Number.isFinite(x)) return null;
			norm += x * x;
		}
		if (!(norm > 0)) return null;
		const scale = 1 / Math.sqrt(norm);
		out.push(Float32Array.from({ length: dim }, (_, j) => Number(v[j]) * scale));
	}
	return out;
}

/**
 * The clustering view with each statement's sentence vector appended (features after the words'),
 * at `weight` against its TF-IDF part, the whole scaled back to unit length. The mixture still
 * counts words only (`words` is unchanged).
 */
export function withMeaning(
	view: ClusteringView,
	meaning: readonly Float32Array[],
	weight: number
): ClusteringView {
	const dim = meaning[0]?.length ?? 0;
	const vectors: SparseVector[] = view.vectors.map((v, d) => {
		const own = v.indices.length;
		const indices = new Int32Array(own + dim);
		const values = new Float32Array(own + dim);
		indices.set(v.indices);
		let norm = 0;
		for (let i = 0; i < own; i++) norm += v.values[i] * v.values[i];
		const m = meaning[d];
		for (let j = 0; j < dim; j++) {
			indices[own + j] = view.features + j;
			const x = weight * m[j];
			norm += x * x;
		}
		const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
		for (let i = 0; i < own; i++) values[i] = v.values[i] * scale;
		for (let j = 0; j < dim; j++) values[own + j] = weight * m[j] * scale;
		return { indices, values };
	});
	return { ...view, features: view.features + dim, vectors };
}

/** Up to this many statements the pull works from their cosines, computed once (n² floats). */
export const GRAM_LIMIT = 2500;

/**
 * The mixture's meaning term: a statement's pull towards a cluster is κ × the cosine of its vector
 * to the cluster's mean direction, and towards a new cluster κ × its cosine to the mean direction
 * of all the statements (a new cluster is as close as the input as a whole).
 *
 * Kept per cluster as the sum of its members' vectors. Up to GRAM_LIMIT statements the sums are
 * never formed: the statements' cosines are computed once, and each statement's dot product with
 * each cluster's sum is kept and updated as members move (O(n) per move instead of O(dimension ×
 * clusters) per statement scored); the two ways give the same pull.
 */
export class MeaningPull {
	private readonly n: number;
	private readonly dim: number;
	private readonly clusters: number;
	/** |S_k|² per cluster. */
	private readonly squares: Float64Array;
	/** κ × the cosine of each statement to the mean direction of all. */
	private readonly fresh: Float64Array;
	// direct: the sums themselves
	private readonly sums: Float64Array | null = null;
	// Gram: cosines (n × n) and each statement's dot product with each cluster's sum (n × clusters)
	private readonly gram: Float32Array | null = null;
	private readonly dots: Float64Array | null = null;

	constructor(
		private readonly vectors: readonly (Float32Array | null)[],
		clusters: number,
		private readonly kappa: number,
		/** The Gram way (default up to GRAM_LIMIT statements, every one with a vector). */
		useGram = vectors.length <= GRAM_LIMIT
	) {
		const n = (this.n = vectors.length);
		const dim = (this.dim = vectors.find((v) => v)?.length ?? 0);
		this.clusters = clusters;
		this.squares = new Float64Array(clusters);
		this.fresh = new Float64Array(n);
		const overall = new Float64Array(dim);
		for (const v of vectors) if (v) for (let j = 0; j < dim; j++) overall[j] += v[j];
		let norm = 0;
		for (let j = 0; j < dim; j++) norm += overall[j] * overall[j];
		const scale = norm > 0 ? kappa / Math.sqrt(norm) : 0;
		vectors.forEach((v, d) => {
			if (!v) return;
			let dot = 0;
			for (let j = 0; j < dim; j++) dot += overall[j] * v[j];
			this.fresh[d] = dot * scale;
		});
		if (useGram && vectors.every((v) => v)) {
			const gram = (this.gram = new Float32Array(n * n));
			for (let a = 0; a < n; a++) {
				const va = vectors[a]!;
				for (let b = a; b < n; b++) {
					const vb = vectors[b]!;
					let dot = 0;
					for (let j = 0; j < dim; j++) dot += va[j] * vb[j];
					gram[a * n + b] = gram[b * n + a] = dot;
				}
			}
			this.dots = new Float64Array(n * clusters);
		} else this.sums = new Float64Array(clusters * dim);
	}

	/** Document d joins (sign 1) or leaves (sign −1) cluster k. */
	move(d: number, k: number, sign: 1 | -1): void {
		const v = this.vectors[d];
		if (!v) return;
		const { gram, dots, sums, n, clusters } = this;
		if (gram && dots) {
			// |S ± v|² = |S|² ± 2 S·v + |v|², with S·v over the members other than d
			if (sign === 1) this.squares[k] += 2 * dots[d * clusters + k] + gram[d * n + d];
			const row = d * n;
			for (let i = 0; i < n; i++) dots[i * clusters + k] += sign * gram[row + i];
			if (sign === -1) this.squares[k] -= 2 * dots[d * clusters + k] + gram[d * n + d];
		} else if (sums) {
			const at = k * this.dim;
			let dot = 0;
			for (let j = 0; j < this.dim; j++) dot += sums[at + j] * v[j];
			this.squares[k] += sign * 2 * dot + 1;
			for (let j = 0; j < this.dim; j++) sums[at + j] += sign * v[j];
		}
		if (this.squares[k] < 1e-9) this.squares[k] = 0;
	}

	/** Adds κ × cosine to each live cluster's score, and returns the pull towards a new cluster. */
	score(d: number, live: ArrayLike<number>, count: number, scores: Float64Array): number {
		const v = this.vectors[d];
		if (!v) return 0;
		const { sums, dots, squares, dim, kappa, clusters } = this;
		for (let a = 0; a < count; a++) {
			const k = live[a];
			if (squares[k] === 0) continue;
			let dot = 0;
			if (dots) dot = dots[d * clusters + k];
			else if (sums) {
				const at = k * dim;
				for (let j = 0; j < dim; j++) dot += sums[at + j] * v[j];
			}
			scores[a] += (kappa * dot) / Math.sqrt(squares[k]);
		}
		return this.fresh[d];
	}
}
