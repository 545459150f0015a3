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

/**
 * The mixture's meaning term, kept per cluster as the sum of its members' vectors: a statement's
 * pull towards a cluster is κ × the cosine of its vector to the cluster's mean direction, and
 * towards a new cluster κ × its cosine to the mean direction of all the statements (a new cluster
 * is as close as the input as a whole).
 */
export class MeaningPull {
	private readonly dim: number;
	private readonly sums: Float64Array;
	private readonly squares: Float64Array;
	private readonly overall: Float64Array;

	constructor(
		private readonly vectors: readonly (Float32Array | null)[],
		clusters: number,
		private readonly kappa: number
	) {
		this.dim = vectors.find((v) => v)?.length ?? 0;
		this.sums = new Float64Array(clusters * this.dim);
		this.squares = new Float64Array(clusters);
		this.overall = new Float64Array(this.dim);
		for (const v of vectors) if (v) for (let j = 0; j < this.dim; j++) this.overall[j] += v[j];
		let norm = 0;
		for (let j = 0; j < this.dim; j++) norm += this.overall[j] * this.overall[j];
		const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
		for (let j = 0; j < this.dim; j++) this.overall[j] *= scale;
	}

	/** Document d joins (sign 1) or leaves (sign −1) cluster k. */
	move(d: number, k: number, sign: 1 | -1): void {
		const v = this.vectors[d];
		if (!v) return;
		const sum = this.sums;
		const at = k * this.dim;
		let dot = 0;
		for (let j = 0; j < this.dim; j++) dot += sum[at + j] * v[j];
		// |S ± v|² = |S|² ± 2 S·v + 1, S·v taken before the change
		this.squares[k] = Math.max(0, this.squares[k] + sign * 2 * dot + 1);
		for (let j = 0; j < this.dim; j++) sum[at + j] += sign * v[j];
		if (this.squares[k] < 1e-9) this.squares[k] = 0;
	}

	/** Adds κ × cosine to each live cluster's score, and returns the pull towards a new cluster. */
	score(d: number, live: ArrayLike<number>, count: number, scores: Float64Array): number {
		const v = this.vectors[d];
		if (!v) return 0;
		const { sums, squares, dim, kappa } = this;
		for (let a = 0; a < count; a++) {
			const k = live[a];
			if (squares[k] === 0) continue;
			const at = k * dim;
			let dot = 0;
			for (let j = 0; j < dim; j++) dot += sums[at + j] * v[j];
			scores[a] += (kappa * dot) / Math.sqrt(squares[k]);
		}
		let fresh = 0;
		for (let j = 0; j < dim; j++) fresh += this.overall[j] * v[j];
		return kappa * fresh;
	}
}
