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
		const unit = new Float32Array(dim);
		for (let j = 0; j < dim; j++) unit[j] = Number(v[j]) * scale;
		out.push(unit);
	}
	return out;
}

/** Sentence vectors as sparse coordinates in `dim` dimensions (meaningCoordinates). */
export interface MeaningCoordinates {
	dim: number;
	vectors: SparseVector[];
}

/**
 * The clustering view with each statement's sentence vector appended (features after the words'),
 * at `weight` against its TF-IDF part, the whole scaled back to unit length. The mixture still
 * counts words only (`words` is unchanged). The vectors come as they are or as coordinates in an
 * orthonormal basis of their span (meaningCoordinates): every cosine is the same either way.
 */
export function withMeaning(
	view: ClusteringView,
	meaning: readonly Float32Array[] | MeaningCoordinates,
	weight: number
): ClusteringView {
	const coordinates: MeaningCoordinates = Array.isArray(meaning)
		? {
				dim: meaning[0]?.length ?? 0,
				vectors: meaning.map((m) => ({
					indices: Int32Array.from(m, (_, j) => j),
					values: m
				}))
			}
		: (meaning as MeaningCoordinates);
	const vectors: SparseVector[] = view.vectors.map((v, d) => {
		const own = v.indices.length;
		const m = coordinates.vectors[d];
		const size = m.indices.length;
		const indices = new Int32Array(own + size);
		const values = new Float32Array(own + size);
		indices.set(v.indices);
		let norm = 0;
		for (let i = 0; i < own; i++) norm += v.values[i] * v.values[i];
		for (let j = 0; j < size; j++) {
			indices[own + j] = view.features + m.indices[j];
			const x = weight * m.values[j];
			norm += x * x;
		}
		const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
		for (let i = 0; i < own; i++) values[i] = v.values[i] * scale;
		for (let j = 0; j < size; j++) values[own + j] = weight * m.values[j] * scale;
		return { indices, values };
	});
	return { ...view, features: view.features + coordinates.dim, vectors };
}

/** A statement whose vector keeps less than this squared length off the ones before it adds no direction. */
const INDEPENDENT = 1e-6;

/**
 * Each statement's vector as coordinates in an orthonormal basis of the vectors' span, built in
 * statement order (the Cholesky factor of their cosines, G = RᵀR): statement d has coordinates
 * only on the directions of the statements up to d, so n statements in a space of more dimensions
 * carry n / 2 coordinates on average instead of the full dimension. Cosines, centroids and a linear
 * classifier with weight decay do not change under the rotation; the classifier's cost falls with
 * the coordinates (300 statements: 150 instead of 512). A vector within INDEPENDENT of the span of
 * the ones before it (a repeated statement) adds no direction.
 */
export function meaningCoordinates(gram: MeaningGram): MeaningCoordinates {
	const { n, values: g } = gram;
	// c[l × n + i]: statement l's coordinate on direction i (0 where i > l or i adds no direction)
	const c = new Float64Array(n * n);
	const pivot = new Float64Array(n);
	const kept: number[] = [];
	for (let l = 0; l < n; l++) {
		const cl = l * n;
		let rest = g[cl + l];
		for (const j of kept) {
			const cj = j * n;
			// directions that were not kept hold 0 in both; four terms per step
			let s0 = 0;
			let s1 = 0;
			let s2 = 0;
			let s3 = 0;
			let i = 0;
			for (; i + 3 < j; i += 4) {
				s0 += c[cj + i] * c[cl + i];
				s1 += c[cj + i + 1] * c[cl + i + 1];
				s2 += c[cj + i + 2] * c[cl + i + 2];
				s3 += c[cj + i + 3] * c[cl + i + 3];
			}
			for (; i < j; i++) s0 += c[cj + i] * c[cl + i];
			const s = g[cj + l] - (s0 + s1 + s2 + s3);
			const x = s / pivot[j];
			c[cl + j] = x;
			rest -= x * x;
		}
		if (rest > INDEPENDENT * g[cl + l]) {
			pivot[l] = c[cl + l] = Math.sqrt(rest);
			kept.push(l);
		}
	}
	const position = new Int32Array(n).fill(-1);
	kept.forEach((j, i) => (position[j] = i));
	const vectors: SparseVector[] = [];
	// each statement's non-zero coordinates on the kept directions up to its own, in order
	const scratch = new Int32Array(kept.length);
	for (let l = 0; l < n; l++) {
		const cl = l * n;
		let size = 0;
		for (let q = 0; q < kept.length && kept[q] <= l; q++)
			if (c[cl + kept[q]] !== 0) scratch[size++] = kept[q];
		const indices = new Int32Array(size);
		const values = new Float32Array(size);
		for (let i = 0; i < size; i++) {
			indices[i] = position[scratch[i]];
			values[i] = c[cl + scratch[i]];
		}
		vectors.push({ indices, values });
	}
	return { dim: kept.length, vectors };
}

/** Up to this many statements the pull works from their cosines, computed once (n² floats). */
export const GRAM_LIMIT = 2500;

/**
 * The statements' cosines (n × n), computed once for a proposal and shared by every run of the
 * mixture on them or on a subset of them (restarts, split moves): at 300 statements forming them
 * took a fifth of the engine's time when each run formed its own.
 */
export class MeaningGram {
	readonly n: number;
	readonly values: Float32Array;
	private readonly index = new Map<Float32Array, number>();

	constructor(vectors: readonly Float32Array[]) {
		const n = (this.n = vectors.length);
		const values = (this.values = new Float32Array(n * n));
		vectors.forEach((v, d) => this.index.set(v, d));
		const dim = n > 0 ? vectors[0].length : 0;
		// the vectors side by side as doubles, each element converted once instead of once per pair
		const flat = new Float64Array(n * dim);
		vectors.forEach((v, d) => flat.set(v, d * dim));
		const put = (a: number, b: number, x: number) => {
			if (b < n) values[a * n + b] = values[b * n + a] = x;
		};
		const at = (d: number) => Math.min(d, n - 1) * dim;
		// two rows against four columns at a time: each element read serves four or two products
		// (2,000 statements: 0.67 s instead of 1.2 s); every product still adds its terms in order
		for (let a = 0; a < n; a += 2) {
			const r0 = at(a);
			const r1 = at(a + 1);
			for (let b = a - (a % 4); b < n; b += 4) {
				const c0 = at(b);
				const c1 = at(b + 1);
				const c2 = at(b + 2);
				const c3 = at(b + 3);
				let s00 = 0;
				let s01 = 0;
				let s02 = 0;
				let s03 = 0;
				let s10 = 0;
				let s11 = 0;
				let s12 = 0;
				let s13 = 0;
				for (let j = 0; j < dim; j++) {
					const x = flat[r0 + j];
					const y = flat[r1 + j];
					const p = flat[c0 + j];
					const q = flat[c1 + j];
					const u = flat[c2 + j];
					const w = flat[c3 + j];
					s00 += x * p;
					s01 += x * q;
					s02 += x * u;
					s03 += x * w;
					s10 += y * p;
					s11 += y * q;
					s12 += y * u;
					s13 += y * w;
				}
				put(a, b, s00);
				put(a, b + 1, s01);
				put(a, b + 2, s02);
				put(a, b + 3, s03);
				if (a + 1 < n) {
					put(a + 1, b, s10);
					put(a + 1, b + 1, s11);
					put(a + 1, b + 2, s12);
					put(a + 1, b + 3, s13);
				}
			}
		}
	}

	/** Where each of `vectors` sits in this Gram (by identity), or null when any is not in it. */
	rowsOf(vectors: readonly (Float32Array | null)[]): Int32Array | null {
		const rows = new Int32Array(vectors.length);
		for (let d = 0; d < vectors.length; d++) {
			const at = vectors[d] ? this.index.get(vectors[d]!) : undefined;
			if (at === undefined) return null;
			rows[d] = at;
		}
		return rows;
	}
}

/**
 * The mixture's meaning term: a statement's pull towards a cluster is κ × the cosine of its vector
 * to the cluster's mean direction, and towards a new cluster κ × its cosine to the mean direction
 * of all the statements (a new cluster is as close as the input as a whole).
 *
 * Kept per cluster as the sum of its members' vectors. Up to GRAM_LIMIT statements the sums are
 * never formed: from the statements' cosines (MeaningGram), each statement's dot product with each
 * cluster's sum is kept and updated as members move (O(n) per move instead of O(dimension ×
 * clusters) per statement scored); the two ways give the same pull. A statement that leaves its
 * cluster and is drawn back into it (most of them, once the chain settles) costs nothing: the
 * update waits for the join and is dropped when the cluster is the same.
 */
export class MeaningPull {
	private readonly n: number;
	private readonly dim: number;
	/** |S_k|² per cluster. */
	private readonly squares: Float64Array;
	/** κ × the cosine of each statement to the mean direction of all. */
	private readonly fresh: Float64Array;
	// direct: the sums themselves
	private readonly sums: Float64Array | null = null;
	// Gram: the cosines (shared), each statement's row in them, and each statement's dot product
	// with each cluster's sum (cluster-major: dots[k × n + i])
	private readonly gram: Float32Array | null = null;
	private readonly stride: number = 0;
	private readonly rows: Int32Array | null = null;
	private readonly dots: Float64Array | null = null;
	/** A statement that has left `pendingCluster`, its rows not yet taken out of `dots` (−1: none). */
	private pending = -1;
	private pendingCluster = -1;

	constructor(
		private readonly vectors: readonly (Float32Array | null)[],
		clusters: number,
		private readonly kappa: number,
		/**
		 * The cosines to use: a shared MeaningGram holding every vector, true to compute them, false
		 * for the sums (default: computed up to GRAM_LIMIT statements, every one with a vector).
		 */
		gram: MeaningGram | boolean = vectors.length <= GRAM_LIMIT
	) {
		const n = (this.n = vectors.length);
		const dim = (this.dim = vectors.find((v) => v)?.length ?? 0);
		this.squares = new Float64Array(clusters);
		this.fresh = new Float64Array(n);
		const overall = new Float64Array(dim);
		for (const v of vectors) if (v) for (let j = 0; j < dim; j++) overall[j] += v[j];
		let norm = 0;
		for (let j = 0; j < dim; j++) norm += overall[j] * overall[j];
		const scale = norm > 0 ? kappa / Math.sqrt(norm) : 0;
		vectors.forEach((v, d) => {
			if (!v) return;
			let s = 0;
			for (let j = 0; j < dim; j++) s += overall[j] * v[j];
			this.fresh[d] = s * scale;
		});
		const shared =
			gram instanceof MeaningGram
				? gram
				: gram && vectors.every((v) => v)
					? new MeaningGram(vectors as Float32Array[])
					: null;
		const rows = shared?.rowsOf(vectors) ?? null;
		if (shared && rows) {
			this.gram = shared.values;
			this.stride = shared.n;
			this.rows = rows;
			this.dots = new Float64Array(clusters * n);
		} else this.sums = new Float64Array(clusters * dim);
	}

	/** Cosine of statement d with itself (1 but for rounding). */
	private self(d: number): number {
		const r = this.rows![d];
		return this.gram![r * this.stride + r];
	}

	/** Adds sign × statement d's cosines to cluster k's column of `dots`. */
	private addRow(d: number, k: number, sign: number): void {
		const { gram, dots, rows, n, stride } = this;
		const row = rows![d] * stride;
		const at = k * n;
		for (let i = 0; i < n; i++) dots![at + i] += sign * gram![row + rows![i]];
	}

	/** Takes a waiting leave out of `dots`. */
	private settle(): void {
		if (this.pending < 0) return;
		this.addRow(this.pending, this.pendingCluster, -1);
		this.pending = this.pendingCluster = -1;
	}

	/** Document d joins (sign 1) or leaves (sign −1) cluster k. */
	move(d: number, k: number, sign: 1 | -1): void {
		const v = this.vectors[d];
		if (!v) return;
		const { dots, sums, n } = this;
		if (dots) {
			// |S ± v|² = |S|² ± 2 S·v + |v|², with S·v over the members other than d
			const self = this.self(d);
			if (sign === -1) {
				this.settle();
				this.squares[k] -= 2 * (dots[k * n + d] - self) + self;
				this.pending = d;
				this.pendingCluster = k;
			} else if (this.pending === d && this.pendingCluster === k) {
				// drawn back into the cluster it left: dots never changed
				this.squares[k] += 2 * (dots[k * n + d] - self) + self;
				this.pending = this.pendingCluster = -1;
			} else {
				this.settle();
				this.squares[k] += 2 * dots[k * n + d] + self;
				this.addRow(d, k, 1);
			}
		} else if (sums) {
			const at = k * this.dim;
			let s = 0;
			for (let j = 0; j < this.dim; j++) s += sums[at + j] * v[j];
			this.squares[k] += sign * 2 * s + 1;
			for (let j = 0; j < this.dim; j++) sums[at + j] += sign * v[j];
		}
		if (this.squares[k] < 1e-9) this.squares[k] = 0;
	}

	/** Adds κ × cosine to each live cluster's score, and returns the pull towards a new cluster. */
	score(d: number, live: ArrayLike<number>, count: number, scores: Float64Array): number {
		const v = this.vectors[d];
		if (!v) return 0;
		const { sums, dots, squares, dim, kappa, n } = this;
		if (dots && this.pending >= 0 && this.pending !== d) this.settle();
		const own = dots && this.pending === d ? this.pendingCluster : -1;
		const self = own >= 0 ? this.self(d) : 0;
		for (let a = 0; a < count; a++) {
			const k = live[a];
			if (squares[k] === 0) continue;
			let s = 0;
			if (dots) s = dots[k * n + d] - (k === own ? self : 0);
			else if (sums) {
				const at = k * dim;
				for (let j = 0; j < dim; j++) s += sums[at + j] * v[j];
			}
			scores[a] += (kappa * s) / Math.sqrt(squares[k]);
		}
		return this.fresh[d];
	}
}
