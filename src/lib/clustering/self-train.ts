// Self-training: a linear classifier (multinomial logistic regression on TF-IDF) is fitted on
// each theme's most typical members and re-predicts every statement. It corrects the mixture's
// hard single-topic assignments with weighted evidence from all terms, bigrams included.
import type { SparseVector } from './corpus.js';
import { shuffle } from './random.js';

/** Share of each theme (closest to its centroid) used as training examples: 0.9 beat 0.5, 0.7 and 1.0 on snippets. */
export const CONFIDENT_SHARE = 0.9;
/** Training examples per round at most: beyond this the classifier stops improving but the cost keeps growing. */
const MAX_TRAINING_EXAMPLES = 5000;
/** Passes of stochastic gradient descent per round; the problem is convex and small. */
const EPOCHS = 2;
/** Step size for L2-normalised inputs; decays as 1/(1 + epoch). */
const LEARNING_RATE = 1.0;
/** Weight decay keeps rare terms from dominating a theme's decision. */
const L2 = 1e-5;

export interface SelfTrainInput {
	vectors: SparseVector[];
	z: Int32Array;
	k: number;
	features: number;
	rounds: number;
	random: () => number;
	/** Documents whose theme is fixed (locked): trained on, never re-predicted. */
	fixed?: Int32Array;
}

/** Cosine of each document to its cluster centroid. */
export function centroidSimilarity(
	vectors: SparseVector[],
	z: Int32Array,
	k: number,
	features: number
): Float64Array {
	return centroidSimilarityInto(vectors, z, k, features, new Float64Array(k * features));
}

/** centroidSimilarity with the centroids summed in `dense` (k × features, all zero). */
function centroidSimilarityInto(
	vectors: SparseVector[],
	z: Int32Array,
	k: number,
	features: number,
	dense: Float64Array
): Float64Array {
	for (let d = 0; d < z.length; d++) {
		if (z[d] < 0) continue;
		const v = vectors[d];
		const base = z[d] * features;
		for (let i = 0; i < v.indices.length; i++) dense[base + v.indices[i]] += v.values[i];
	}
	const norms = new Float64Array(k);
	for (let c = 0; c < k; c++) {
		let s = 0;
		for (let f = 0; f < features; f++) s += dense[c * features + f] ** 2;
		norms[c] = Math.sqrt(s) || 1;
	}
	const sim = new Float64Array(z.length);
	for (let d = 0; d < z.length; d++) {
		if (z[d] < 0) continue;
		const v = vectors[d];
		const base = z[d] * features;
		let s = 0;
		for (let i = 0; i < v.indices.length; i++) s += dense[base + v.indices[i]] * v.values[i];
		sim[d] = s / norms[z[d]];
	}
	return sim;
}

/**
 * Each cluster's most typical members (CONFIDENT_SHARE of them, at least one, by similarity, ties
 * to the earlier statement), in statement order.
 */
function confidentSet(sim: Float64Array, z: Int32Array, k: number): number[] {
	const byCluster: number[][] = Array.from({ length: k }, () => []);
	for (let d = 0; d < z.length; d++) if (z[d] >= 0) byCluster[z[d]].push(d);
	const chosen = new Uint8Array(z.length);
	for (const docs of byCluster) {
		const take = Math.min(docs.length, Math.max(1, Math.ceil(docs.length * CONFIDENT_SHARE)));
		if (take === docs.length) {
			for (const d of docs) chosen[d] = 1;
			continue;
		}
		// the take-th highest similarity; members above it are in, and as many at it as fit
		const sims = Float64Array.from(docs, (d) => sim[d]).sort();
		const cut = sims[docs.length - take];
		let above = 0;
		for (const d of docs) if (sim[d] > cut) above++;
		let ties = take - above;
		for (const d of docs)
			if (sim[d] > cut) chosen[d] = 1;
			else if (sim[d] === cut && ties > 0) {
				chosen[d] = 1;
				ties--;
			}
	}
	const out: number[] = [];
	for (let d = 0; d < z.length; d++) if (chosen[d]) out.push(d);
	return out;
}

/** Runs the rounds; returns the new assignment (every document with features gets a theme; the others keep -1). */
export function selfTrain(input: SelfTrainInput): Int32Array {
	const { vectors, k, features, random, fixed } = input;
	let z = input.z.slice();
	if (k < 2) return z;
	// weights feature-major (the k classes of one feature side by side): a statement's few features
	// then touch a few short runs of memory instead of k scattered rows
	const w = new Float32Array(k * features);
	const bias = new Float64Array(k);
	const p = new Float64Array(k);
	const g = new Float64Array(k);
	const liveClass = new Int32Array(k);
	const dense = new Float64Array(k * features);
	/** p = bias + the statement's features times their weights; returns the largest score. */
	const scoreInto = (d: number) => {
		const { indices, values } = vectors[d];
		const m = indices.length;
		p.set(bias);
		// two features per pass over the classes, four classes per step: each class's score still
		// adds its terms one by one in feature order
		let i = 0;
		for (; i + 1 < m; i += 2) {
			const r = indices[i] * k;
			const q = indices[i + 1] * k;
			const x = values[i];
			const y = values[i + 1];
			let c = 0;
			for (; c + 3 < k; c += 4) {
				p[c] = p[c] + w[r + c] * x + w[q + c] * y;
				p[c + 1] = p[c + 1] + w[r + c + 1] * x + w[q + c + 1] * y;
				p[c + 2] = p[c + 2] + w[r + c + 2] * x + w[q + c + 2] * y;
				p[c + 3] = p[c + 3] + w[r + c + 3] * x + w[q + c + 3] * y;
			}
			for (; c < k; c++) p[c] = p[c] + w[r + c] * x + w[q + c] * y;
		}
		if (i < m) {
			const r = indices[i] * k;
			const x = values[i];
			for (let c = 0; c < k; c++) p[c] += w[r + c] * x;
		}
		let max = -Infinity;
		for (let c = 0; c < k; c++) if (p[c] > max) max = p[c];
		return max;
	};
	for (let round = 0; round < input.rounds; round++) {
		dense.fill(0);
		const sim = centroidSimilarityInto(vectors, z, k, features, dense);
		const train = shuffle(confidentSet(sim, z, k), random).slice(0, MAX_TRAINING_EXAMPLES);
		w.fill(0);
		bias.fill(0);
		// Class-balanced loss: without it the biggest theme swallows its neighbours round after round.
		const trainSize = new Float64Array(k);
		for (const d of train) trainSize[z[d]] += 1;
		// Square-root balancing: full inverse-size weights let tiny themes grab statements when k is large.
		const weight = Float64Array.from(trainSize, (s) =>
			s > 0 ? Math.sqrt(train.length / (k * s)) : 0
		);
		for (let epoch = 0; epoch < EPOCHS; epoch++) {
			const lr = LEARNING_RATE / (1 + epoch);
			for (const d of train) {
				const max = scoreInto(d);
				let total = 0;
				for (let c = 0; c < k; c++) total += p[c] = Math.exp(p[c] - max);
				const v = vectors[d];
				// only the classes whose gradient is not negligible are updated
				let live = 0;
				for (let c = 0; c < k; c++) {
					const gc = weight[z[d]] * (p[c] / total - (c === z[d] ? 1 : 0));
					if (Math.abs(gc) < 1e-4) continue;
					g[live] = gc;
					liveClass[live++] = c;
				}
				for (let i = 0; i < v.indices.length; i++) {
					const base = v.indices[i] * k;
					const x = v.values[i];
					let l = 0;
					for (; l + 3 < live; l += 4) {
						const j0 = base + liveClass[l];
						const j1 = base + liveClass[l + 1];
						const j2 = base + liveClass[l + 2];
						const j3 = base + liveClass[l + 3];
						w[j0] -= lr * (g[l] * x + L2 * w[j0]);
						w[j1] -= lr * (g[l + 1] * x + L2 * w[j1]);
						w[j2] -= lr * (g[l + 2] * x + L2 * w[j2]);
						w[j3] -= lr * (g[l + 3] * x + L2 * w[j3]);
					}
					for (; l < live; l++) {
						const j = base + liveClass[l];
						w[j] -= lr * (g[l] * x + L2 * w[j]);
					}
				}
			}
		}
		const next = z.slice();
		for (let d = 0; d < z.length; d++) {
			// Statements without a theme (fragments dissolved before training) are predicted too.
			if (vectors[d].indices.length === 0 || (fixed && fixed[d] >= 0)) continue;
			scoreInto(d);
			let best = 0;
			for (let c = 1; c < k; c++) if (p[c] > p[best]) best = c;
			next[d] = best;
		}
		z = next;
	}
	return z;
}
