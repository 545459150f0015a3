// Split moves for the mixture. A Gibbs sampler moves one statement at a time, so once two small
// topics share a cluster it cannot pull them apart: a statement that would leave finds an empty
// cluster far less likely than the mixed one it is in. Here every cluster is offered splits
// proposed by two-cluster runs of the same model on its members alone (as the split proposals of
// Jain and Neal 2004 are made), and the best is kept when it raises the model's collapsed
// likelihood and its halves are not linked closely enough to be merged again as one theme.
import type { SparseVector } from './corpus.js';
import type { MeaningGram } from './meaning.js';
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
	/** Sentence vectors and their pull in the two-cluster runs, as in the mixture (meaning.ts). */
	meaning?: readonly (Float32Array | null)[];
	concentration?: number;
	/** Their cosines, formed once for the proposal (meaning.ts). */
	gram?: MeaningGram;
}

export interface SplitResult {
	z: Int32Array;
	k: number;
	/** Splits kept. */
	splits: number;
}

/**
 * The terms of the mixture's collapsed log likelihood that belong to one cluster (see runDmm):
 * log Γ(m + α) − log Γ(α) − [log Γ(n + Vβ) − log Γ(Vβ)] + Σ_w [log Γ(n_w + β) − log Γ(β)]
 * for m documents holding n words, n_w of word w. A split changes only these terms.
 */
export function clusterLogLikelihood(
	docs: Int32Array[],
	members: readonly number[],
	vocabularySize: number,
	alpha: number,
	beta: number
): number {
	const counts = new Map<number, number>();
	let words = 0;
	for (const d of members) {
		for (const w of docs[d]) counts.set(w, (counts.get(w) ?? 0) + 1);
		words += docs[d].length;
	}
	return logLikelihoodOf(members.length, words, counts.values(), vocabularySize, alpha, beta);
}

/** log Γ(c + β) − log Γ(β) for the small counts most words have, per β. */
const WORD_TERMS = new Map<number, Float64Array>();
const WORD_TERMS_SIZE = 256;

function logLikelihoodOf(
	m: number,
	words: number,
	counts: Iterable<number>,
	vocabularySize: number,
	alpha: number,
	beta: number
): number {
	const vBeta = Math.max(1, vocabularySize) * beta;
	let ll = logGamma(m + alpha) - logGamma(alpha) - (logGamma(words + vBeta) - logGamma(vBeta));
	const lgBeta = logGamma(beta);
	let table = WORD_TERMS.get(beta);
	if (!table)
		WORD_TERMS.set(
			beta,
			(table = Float64Array.from(
				{ length: WORD_TERMS_SIZE },
				(_, c) => logGamma(c + beta) - lgBeta
			))
		);
	for (const c of counts)
		if (c > 0) ll += c < WORD_TERMS_SIZE ? table[c] : logGamma(c + beta) - lgBeta;
	return ll;
}

/** Word counts over the vocabulary, cleared after use through the list of words touched. */
class Counts {
	readonly n: Int32Array;
	words = 0;
	constructor(vocabularySize: number) {
		this.n = new Int32Array(Math.max(1, vocabularySize));
	}
	add(docs: Int32Array[], members: readonly number[]): this {
		for (const d of members) {
			for (const w of docs[d]) this.n[w]++;
			this.words += docs[d].length;
		}
		return this;
	}
	clear(touched: Int32Array): void {
		for (const w of touched) this.n[w] = 0;
		this.words = 0;
	}
}

/** log p(document | half) under the model, for the members left out of a sampled proposal. */
function predictive(
	doc: Int32Array,
	half: Counts,
	size: number,
	vBeta: number,
	alpha: number,
	beta: number
): number {
	let s = Math.log(size + alpha) - logRising(half.words + vBeta, doc.length);
	for (let i = 0; i < doc.length; i++) {
		let before = 0;
		for (let j = 0; j < i; j++) if (doc[j] === doc[i]) before++;
		s += Math.log(half.n[doc[i]] + beta + before);
	}
	return s;
}

interface Scratch {
	a: Counts;
	b: Counts;
}

/** One proposal: a two-cluster run on the members (or a sample of them, the rest following the half they fit). */
function proposeSplit(
	input: SplitInput,
	members: number[],
	touched: Int32Array,
	scratch: Scratch,
	alpha: number,
	beta: number
): [number[], number[]] {
	const { docs, vocabularySize, random } = input;
	const sample =
		members.length > SPLIT_SAMPLE
			? shuffle(members.slice(), random).slice(0, SPLIT_SAMPLE)
			: members;
	const run = runDmm({
		docs: sample.map((d) => docs[d]),
		vocabularySize,
		maxClusters: 2,
		alpha,
		beta,
		iterations: SPLIT_SWEEPS,
		random,
		...(input.meaning
			? {
					meaning: sample.map((d) => input.meaning![d]),
					concentration: input.concentration,
					gram: input.gram
				}
			: {})
	});
	const halves: [number[], number[]] = [[], []];
	sample.forEach((d, i) => run.z[i] >= 0 && halves[run.z[i]].push(d));
	if (sample === members || halves[0].length === 0 || halves[1].length === 0) return halves;
	const inSample = new Set(sample);
	const [a, b] = [scratch.a.add(docs, halves[0]), scratch.b.add(docs, halves[1])];
	const [sizeA, sizeB] = [halves[0].length, halves[1].length];
	const vBeta = Math.max(1, vocabularySize) * beta;
	for (const d of members) {
		if (inSample.has(d)) continue;
		const toA = predictive(docs[d], a, sizeA, vBeta, alpha, beta);
		const toB = predictive(docs[d], b, sizeB, vBeta, alpha, beta);
		halves[toB > toA ? 1 : 0].push(d);
	}
	a.clear(touched);
	b.clear(touched);
	return halves;
}

/** The split's change in log likelihood, from the whole cluster's counts and one half's. */
function splitGain(
	input: SplitInput,
	whole: Counts,
	wholeLl: number,
	touched: Int32Array,
	a: number[],
	b: number[],
	half: Counts,
	alpha: number,
	beta: number
): number {
	half.add(input.docs, a);
	const countsA: number[] = [];
	const countsB: number[] = [];
	for (const w of touched) {
		countsA.push(half.n[w]);
		countsB.push(whole.n[w] - half.n[w]);
	}
	const gain =
		logLikelihoodOf(a.length, half.words, countsA, input.vocabularySize, alpha, beta) +
		logLikelihoodOf(
			b.length,
			whole.words - half.words,
			countsB,
			input.vocabularySize,
			alpha,
			beta
		) -
		wholeLl;
	half.clear(touched);
	return gain;
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
	const whole = new Counts(vocabularySize);
	const seen = new Uint8Array(Math.max(1, vocabularySize));
	const scratch: Scratch = { a: new Counts(vocabularySize), b: new Counts(vocabularySize) };
	while (queue.length > 0 && k < input.maxClusters) {
		const c = queue.shift()!;
		const m = members[c];
		if (m.length < MIN_SPLIT_SIZE) continue;
		whole.add(docs, m);
		// the members' words in the order first met
		const met: number[] = [];
		for (const d of m) {
			const doc = docs[d];
			for (let i = 0; i < doc.length; i++)
				if (seen[doc[i]] === 0) {
					seen[doc[i]] = 1;
					met.push(doc[i]);
				}
		}
		for (const w of met) seen[w] = 0;
		const touched = Int32Array.from(met);
		const wholeLl = logLikelihoodOf(
			m.length,
			whole.words,
			Array.from(touched, (w) => whole.n[w]),
			vocabularySize,
			alpha,
			beta
		);
		const proposals: { gain: number; a: number[]; b: number[] }[] = [];
		for (let p = 0; p < SPLIT_PROPOSALS; p++) {
			const [a, b] = proposeSplit(input, m, touched, scratch, alpha, beta);
			if (a.length === 0 || b.length === 0) continue;
			const gain = splitGain(input, whole, wholeLl, touched, a, b, scratch.a, alpha, beta);
			if (gain > 0) proposals.push({ gain, a, b });
		}
		whole.clear(touched);
		// The most likely split whose halves are not one theme (stable sort: ties keep proposal order).
		proposals.sort((x, y) => y.gain - x.gain);
		const chosen = proposals.find(({ a, b }) => groupLink(input.vectors, a, b) < input.maxLink);
		if (!chosen) continue;
		const { a, b } = chosen;
		members[c] = a;
		members.push(b);
		for (const d of b) z[d] = k;
		queue.push(c, k);
		k++;
		splits++;
	}
	return { z, k, splits };
}
