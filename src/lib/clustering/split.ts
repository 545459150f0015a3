// Split moves for the mixture. A Gibbs sampler moves one statement at a time, so once two small
// topics share a cluster it cannot pull them apart: a statement that would leave finds an empty
// cluster far less likely than the mixed one it is in. Here every cluster is offered splits
// proposed by two-cluster runs of the same model on its members alone (as the split proposals of
// Jain and Neal 2004 are made), and the best is kept when it raises the model's collapsed
// likelihood and its halves are not linked closely enough to be merged again as one theme.
import type { SparseVector } from './corpus.js';
import { DEFAULT_ALPHA, DEFAULT_BETA, logGamma, logRising, runDmm } from './gsdmm.js';
import { groupLink } from './merge.js';
import { shuffle } from './random.js';

/** Clusters smaller than this are not offered a split: halves of one or two statements say little. */
export const MIN_SPLIT_SIZE = 4;
/** Two-cluster proposals per cluster, the best tested: one short run often misses a small topic (tweet: 3 proposals 47–55 themes over seeds, 5 proposals 50–57). */
export const SPLIT_PROPOSALS = 5;
/** Gibbs sweeps of each proposal: the run is small and settles quickly. */
export const SPLIT_SWEEPS = 20;
/** Bigger clusters are split on a sample of this many members; the others then join the half they fit. */
export const SPLIT_SAMPLE = 400;

export interface SplitInput {
	/** Feature ids per document, repeats allowed (as for the mixture). */
	docs: Int32Array[];
	/** TF-IDF vectors of the same documents, for the link between halves. */
	vectors: SparseVector[];
	vocabularySize: number;
	/** Cluster per document, 0..k-1, or -1. */
	z: Int32Array;
	k: number;
	/** No split once this many clusters exist. */
	maxClusters: number;
	/** A split is refused when its halves link at least this closely (merge.ts): they are one theme. */
	maxLink: number;
	alpha?: number;
	beta?: number;
	random: () => number;
	/** Clusters 0..locked-1 are locked themes: never split. */
	locked?: number;
}

export interface SplitResult {
	z: Int32Array;
	k: number;
	/** Splits kept. */
	splits: number;
}

interface WordCounts {
	counts: Map<number, number>;
	words: number;
}

function countWords(docs: Int32Array[], members: readonly number[]): WordCounts {
	const counts = new Map<number, number>();
	let words = 0;
	for (const d of members) {
		for (const w of docs[d]) counts.set(w, (counts.get(w) ?? 0) + 1);
		words += docs[d].length;
	}
	return { counts, words };
}

/**
 * The terms of the mixture's collapsed log likelihood that belong to one cluster (see runDmm):
 * log Γ(m + α) − log Γ(α) − [log Γ(n + Vβ) − log Γ(Vβ)] + Σ_w [log Γ(n_w + β) − log Γ(β)]
 * for m documents holding n words, n_w of word w. A split changes only these terms.
 */
export function clusterLogLikelihood(docs: Int32Array[], members: readonly number[], vocabularySize: number, alpha: number, beta: number): number {
	const { counts, words } = countWords(docs, members);
	const vBeta = Math.max(1, vocabularySize) * beta;
	let ll = logGamma(members.length + alpha) - logGamma(alpha) - (logGamma(words + vBeta) - logGamma(vBeta));
	const lgBeta = logGamma(beta);
	for (const c of counts.values()) ll += logGamma(c + beta) - lgBeta;
	return ll;
}

/** log p(document | half) under the model, for the members left out of a sampled proposal. */
function predictive(doc: Int32Array, half: WordCounts, size: number, vBeta: number, alpha: number, beta: number): number {
	let s = Math.log(size + alpha) - logRising(half.words + vBeta, doc.length);
	const seen = new Map<number, number>();
	for (const w of doc) {
		const before = seen.get(w) ?? 0;
		s += Math.log((half.counts.get(w) ?? 0) + beta + before);
		seen.set(w, before + 1);
	}
	return s;
}

/** One proposal: a two-cluster run on the members (or a sample of them, the rest following the half they fit). */
function proposeSplit(input: SplitInput, members: number[], alpha: number, beta: number): [number[], number[]] {
	const { docs, vocabularySize, random } = input;
	const sample = members.length > SPLIT_SAMPLE ? shuffle(members.slice(), random).slice(0, SPLIT_SAMPLE) : members;
	const run = runDmm({ docs: sample.map((d) => docs[d]), vocabularySize, maxClusters: 2, alpha, beta, iterations: SPLIT_SWEEPS, random });
	const halves: [number[], number[]] = [[], []];
	sample.forEach((d, i) => run.z[i] >= 0 && halves[run.z[i]].push(d));
	if (sample === members || halves[0].length === 0 || halves[1].length === 0) return halves;
	const inSample = new Set(sample);
	const counts = halves.map((h) => countWords(docs, h));
	const sizes = halves.map((h) => h.length);
	const vBeta = Math.max(1, vocabularySize) * beta;
	for (const d of members) {
		if (inSample.has(d)) continue;
		const to0 = predictive(docs[d], counts[0], sizes[0], vBeta, alpha, beta);
		const to1 = predictive(docs[d], counts[1], sizes[1], vBeta, alpha, beta);
		halves[to1 > to0 ? 1 : 0].push(d);
	}
	return halves;
}

/** Offers every unlocked cluster a split, and each half again, keeping the splits the model prefers. */
export function splitClusters(input: SplitInput): SplitResult {
	const alpha = input.alpha ?? DEFAULT_ALPHA;
	const beta = input.beta ?? DEFAULT_BETA;
	const locked = input.locked ?? 0;
	const { docs, vocabularySize } = input;
	const z = input.z.slice();
	const members: number[][] = Array.from({ length: input.k }, () => []);
	z.forEach((c, d) => c >= 0 && docs[d].length > 0 && members[c].push(d));
	let k = input.k;
	let splits = 0;
	const queue: number[] = [];
	for (let c = locked; c < k; c++) queue.push(c);
	while (queue.length > 0 && k < input.maxClusters) {
		const c = queue.shift()!;
		const m = members[c];
		if (m.length < MIN_SPLIT_SIZE) continue;
		const whole = clusterLogLikelihood(docs, m, vocabularySize, alpha, beta);
		let bestGain = 0;
		let best: [number[], number[]] | null = null;
		for (let p = 0; p < SPLIT_PROPOSALS; p++) {
			const [a, b] = proposeSplit(input, m, alpha, beta);
			if (a.length === 0 || b.length === 0) continue;
			const gain = clusterLogLikelihood(docs, a, vocabularySize, alpha, beta) + clusterLogLikelihood(docs, b, vocabularySize, alpha, beta) - whole;
			if (gain > bestGain && groupLink(input.vectors, a, b) < input.maxLink) [bestGain, best] = [gain, [a, b]];
		}
		if (!best) continue;
		const [a, b] = best;
		members[c] = a;
		members.push(b);
		for (const d of b) z[d] = k;
		queue.push(c, k);
		k++;
		splits++;
	}
	return { z, k, splits };
}
