// Dirichlet multinomial mixture by collapsed Gibbs sampling (GSDMM, Yin and Wang, KDD 2014):
// each short text is assumed to come from ONE topic, which suits one-sentence statements far
// better than TF-IDF k-means. Only populated clusters are scored (all empty ones score the same),
// so the cost follows the number of live clusters, not the upper bound.
import { MeaningPull, type MeaningGram } from './meaning.js';

/** Prior weight of a cluster. 1 rather than the paper's 0.1: keeps small topics alive (tweet NMI +3, snippets +2 in our runs). */
export const DEFAULT_ALPHA = 1;
/** Prior pseudo-count per word. 0.05 sits between over-splitting (0.02) and over-merging (0.1) on both sets we measured. */
export const DEFAULT_BETA = 0.05;
/** Gibbs sweeps. 30 instead of 15 added ~2 NMI on the longer snippets; the sampler stops early once nothing moves. */
export const DEFAULT_ITERATIONS = 30;
/** Sweeps for large inputs, where a few per cent of statements still move after 20 sweeps (Gibbs noise) and time is the limit; searchsnippets (12,340): NMI 58.6 with 20 against 57.7 with 30 (three seeds). */
export const LARGE_INPUT_ITERATIONS = 20;
/** Inputs above this many statements count as large. */
export const LARGE_INPUT_N = 10_000;

export interface DmmInput {
	/** Feature ids per document, repeats allowed; empty documents stay unassigned (-1). */
	docs: Int32Array[];
	vocabularySize: number;
	maxClusters: number;
	alpha?: number;
	beta?: number;
	iterations?: number;
	random: () => number;
	/** Cluster per document that must not move (locked themes), or -1. Ids must be < maxClusters. */
	fixed?: Int32Array;
	/** Starting cluster per document (-1: drawn in the first pass), e.g. from a run on a sample. */
	init?: Int32Array;
	/** Unit sentence vector per document (aligned with docs), a pull towards close clusters (meaning.ts). */
	meaning?: readonly (Float32Array | null)[];
	/** κ of that pull; 0 or no `meaning`: words only. */
	concentration?: number;
	/** The vectors' cosines when formed once for the proposal (every vector of `meaning` in it). */
	gram?: MeaningGram;
}

const HALF_LOG_TWO_PI = 0.9189385332046727;
/** Statements longer than this many words compute their log-rising factor each time (runDmm). */
const RISING_TABLE_LENGTH = 64;

/** log Γ(x) for x > 0, Stirling series after shifting x above 7. */
export function logGamma(x: number): number {
	let shift = 1;
	while (x < 7) {
		shift *= x;
		x += 1;
	}
	const inv = 1 / x;
	const inv2 = inv * inv;
	const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260));
	return (
		(x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series - (shift === 1 ? 0 : Math.log(shift))
	);
}

/**
 * log of x (x+1) ... (x+L-1) = logGamma(x+L) - logGamma(x). When x is large against L (the usual
 * case: x includes V*beta) the midpoint rule L*log(x + (L-1)/2) is accurate to about L^3/(24 x^2)
 * and costs one log instead of two series evaluations.
 */
export function logRising(x: number, L: number): number {
	if (L === 0) return 0;
	if (x > 16 * L) return L * Math.log(x + (L - 1) / 2);
	return logGamma(x + L) - logGamma(x);
}

/** log(x + β) for x = 0, 1, 2, ...: one table per β, grown when a bigger one is asked for. */
const LOG_COUNT_TABLES = new Map<number, Float64Array>();

function logCountTable(beta: number, size: number): Float64Array {
	const known = LOG_COUNT_TABLES.get(beta);
	if (known && known.length >= size) return known;
	const table = new Float64Array(Math.max(size, 2 * (known?.length ?? 0)));
	for (let x = 0; x < table.length; x++) table[x] = Math.log(x + beta);
	LOG_COUNT_TABLES.set(beta, table);
	return table;
}

interface DocStats {
	words: Int32Array;
	counts: Int32Array;
	length: number;
}

/** Local number per vocabulary id, -1 when unnumbered: shared by runs, left all -1 after each. */
let localScratch = new Int32Array(0);

/**
 * Distinct words of each document (renumbered densely in order of first use, each document's
 * words in ascending id order) and their counts; `used` is how many words were numbered.
 */
function docStatsAll(docs: Int32Array[]): { stats: DocStats[]; used: number } {
	let top = 0;
	for (const doc of docs) for (let i = 0; i < doc.length; i++) if (doc[i] >= top) top = doc[i] + 1;
	if (localScratch.length < top) localScratch = new Int32Array(top).fill(-1);
	const local = localScratch;
	const globals: number[] = [];
	const stats = docs.map((doc) => {
		const sorted = doc.slice().sort();
		let distinct = 0;
		for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
		const words = new Int32Array(distinct);
		const counts = new Int32Array(distinct);
		let j = -1;
		for (let i = 0; i < sorted.length; i++) {
			if (i === 0 || sorted[i] !== sorted[i - 1]) {
				let id = local[sorted[i]];
				if (id < 0) {
					id = local[sorted[i]] = globals.length;
					globals.push(sorted[i]);
				}
				words[++j] = id;
			}
			counts[j]++;
		}
		return { words, counts, length: doc.length };
	});
	for (const g of globals) local[g] = -1;
	return { stats, used: globals.length };
}

export interface DmmResult {
	/** Cluster per document (< maxClusters, not compacted; -1 for empty documents). */
	z: Int32Array;
	/** log p(words, clusters) under the model, to compare restarts. */
	logLikelihood: number;
}

/** Runs the sampler once. */
export function runDmm(input: DmmInput): DmmResult {
	const K = Math.max(1, input.maxClusters);
	const alpha = input.alpha ?? DEFAULT_ALPHA;
	const beta = input.beta ?? DEFAULT_BETA;
	const iterations = input.iterations ?? DEFAULT_ITERATIONS;
	const { random } = input;
	const V = Math.max(1, input.vocabularySize);
	const vBeta = V * beta;
	// the words the documents use, renumbered densely: a run on a cluster's members touches a
	// small part of the vocabulary (V still sets the prior's Vβ)
	const { stats, used: numbered } = docStatsAll(input.docs);
	const used = Math.max(1, numbered);
	const n = stats.length;
	const nkw = new Int32Array(used * K);
	const mk = new Int32Array(K);
	const nk = new Float64Array(K);
	const z = new Int32Array(n).fill(-1);
	const fixed = input.fixed;
	const active: number[] = [];
	// the live clusters again, as a typed array for the sampler's inner loop
	const live = new Int32Array(K);
	const empty: number[] = [];
	for (let k = K - 1; k >= 0; k--) empty.push(k);
	const scores = new Float64Array(K + 1);
	// log(x + β) for every count x a word can reach in a cluster (its total count plus the largest
	// repeat in one document): a word's term, Σ_j log(n_kw + β + j) − log(β + j), becomes table lookups
	let longest = 0;
	let tokens = 0;
	for (const s of stats) {
		tokens += s.length;
		for (let i = 0; i < s.counts.length; i++) if (s.counts[i] > longest) longest = s.counts[i];
	}
	const logCount = logCountTable(beta, tokens + longest + 1);
	// filled on first use: log(m + α) per cluster size m, log(Vβ + t/2) per half-step t
	let maxLength = 0;
	for (const s of stats) if (s.length > maxLength) maxLength = s.length;
	const logSize = new Float64Array(n + 2).fill(NaN);
	const halfLog = new Float64Array(2 * tokens + maxLength + 2).fill(NaN);
	const logBeta = logCount[0];
	// a new cluster's terms: log(α × empty clusters) per count, logRising(Vβ, L) per length L
	const logEmpty = new Float64Array(K + 1).fill(NaN);
	const newCluster = new Float64Array(maxLength + 1).fill(NaN);
	// logRising(nk + Vβ, L) where the midpoint rule is not accurate enough (nk + Vβ ≤ 16 L, so
	// nk < 16 L): filled on first use, per length L and cluster size nk, for statements of up to
	// RISING_TABLE_LENGTH words (a pasted document must not make the table huge)
	const risingLength = Math.min(maxLength, RISING_TABLE_LENGTH);
	const risingWidth = 16 * risingLength + 1;
	const rising = new Float64Array((risingLength + 1) * risingWidth).fill(NaN);

	const pull =
		input.meaning && (input.concentration ?? 0) > 0
			? new MeaningPull(input.meaning, K, input.concentration!, input.gram)
			: null;

	const move = (d: number, k: number, sign: 1 | -1) => {
		const s = stats[d];
		pull?.move(d, k, sign);
		mk[k] += sign;
		nk[k] += sign * s.length;
		for (let i = 0; i < s.words.length; i++) nkw[s.words[i] * K + k] += sign * s.counts[i];
		if (sign === 1 && mk[k] === 1) {
			empty.splice(empty.lastIndexOf(k), 1);
			live[active.length] = k;
			active.push(k);
		} else if (sign === -1 && mk[k] === 0) {
			const at = active.indexOf(k);
			active.splice(at, 1);
			live.copyWithin(at, at + 1, active.length + 1);
			empty.push(k);
		}
	};

	const sample = (d: number): number => {
		const s = stats[d];
		const A = active.length;
		const L = s.length;
		for (let a = 0; a < A; a++) {
			const k = active[a];
			let prior = logSize[mk[k]];
			if (prior !== prior) prior = logSize[mk[k]] = Math.log(mk[k] + alpha);
			// logRising(nk + Vβ, L) by its midpoint rule, log(Vβ + t/2) kept per t = 2 nk + L − 1
			let words: number;
			if (nk[k] + vBeta > 16 * L) {
				const t = 2 * nk[k] + L - 1;
				words = halfLog[t];
				if (words !== words) words = halfLog[t] = Math.log(vBeta + t / 2);
				words *= L;
			} else if (L <= risingLength) {
				const at = L * risingWidth + nk[k];
				words = rising[at];
				if (words !== words) words = rising[at] = logRising(nk[k] + vBeta, L);
			} else words = logRising(nk[k] + vBeta, L);
			scores[a] = prior - words;
		}
		for (let i = 0; i < s.words.length; i++) {
			const row = s.words[i] * K;
			const c = s.counts[i];
			if (c === 1) {
				// most words occur once in a statement; four clusters per step
				let a = 0;
				for (; a + 3 < A; a += 4) {
					const n0 = nkw[row + live[a]];
					const n1 = nkw[row + live[a + 1]];
					const n2 = nkw[row + live[a + 2]];
					const n3 = nkw[row + live[a + 3]];
					if (n0 !== 0) scores[a] += logCount[n0] - logBeta;
					if (n1 !== 0) scores[a + 1] += logCount[n1] - logBeta;
					if (n2 !== 0) scores[a + 2] += logCount[n2] - logBeta;
					if (n3 !== 0) scores[a + 3] += logCount[n3] - logBeta;
				}
				for (; a < A; a++) {
					const cnt = nkw[row + live[a]];
					if (cnt !== 0) scores[a] += logCount[cnt] - logBeta;
				}
				continue;
			}
			for (let a = 0; a < A; a++) {
				const cnt = nkw[row + live[a]];
				if (cnt === 0) continue;
				for (let j = 0; j < c; j++) scores[a] += logCount[cnt + j] - logCount[j];
			}
		}
		const fresh = pull ? pull.score(d, live, A, scores) : 0;
		let slots = A;
		if (empty.length > 0) {
			let newWords = newCluster[L];
			if (newWords !== newWords) newWords = newCluster[L] = logRising(vBeta, L);
			let prior = logEmpty[empty.length];
			if (prior !== prior) prior = logEmpty[empty.length] = Math.log(alpha * empty.length);
			scores[A] = prior - newWords + fresh;
			slots = A + 1;
		}
		let max = -Infinity;
		for (let a = 0; a < slots; a++) if (scores[a] > max) max = scores[a];
		let total = 0;
		for (let a = 0; a < slots; a++) {
			// below e^-40 of the best, a cluster's share cannot change a draw
			const x = scores[a] - max;
			total += scores[a] = x < -40 ? 0 : Math.exp(x);
		}
		let r = random() * total;
		for (let a = 0; a < slots; a++) {
			r -= scores[a];
			if (r <= 0) return a < A ? active[a] : empty[empty.length - 1];
		}
		return slots > A ? empty[empty.length - 1] : active[A - 1];
	};

	// Locked members first, then everyone else sequentially (each seeing the ones before).
	for (let d = 0; d < n; d++) {
		if (fixed && fixed[d] >= 0 && stats[d].length > 0) {
			z[d] = fixed[d];
			move(d, z[d], 1);
		}
	}
	const init = input.init;
	if (init)
		for (let d = 0; d < n; d++) {
			if (z[d] >= 0 || stats[d].length === 0 || !(init[d] >= 0 && init[d] < K)) continue;
			z[d] = init[d];
			move(d, z[d], 1);
		}
	for (let d = 0; d < n; d++) {
		if (z[d] >= 0 || stats[d].length === 0) continue;
		z[d] = sample(d);
		move(d, z[d], 1);
	}
	for (let it = 0; it < iterations; it++) {
		let moved = 0;
		for (let d = 0; d < n; d++) {
			if (z[d] < 0 || (fixed && fixed[d] >= 0)) continue;
			move(d, z[d], -1);
			const k = sample(d);
			if (k !== z[d]) moved++;
			z[d] = k;
			move(d, k, 1);
		}
		if (moved === 0) break;
	}
	let ll = 0;
	for (const k of active) {
		ll += logGamma(mk[k] + alpha) - (logGamma(nk[k] + vBeta) - logGamma(vBeta));
	}
	const lgBeta = logGamma(beta);
	for (let i = 0; i < nkw.length; i++) if (nkw[i] > 0) ll += logGamma(nkw[i] + beta) - lgBeta;
	return { z, logLikelihood: ll };
}

/** Best of several runs by model likelihood: one Gibbs chain can settle in a poor mode. */
export function runDmmRestarts(input: DmmInput, restarts: number): Int32Array {
	let best: DmmResult | null = null;
	for (let r = 0; r < Math.max(1, restarts); r++) {
		const result = runDmm(input);
		if (!best || result.logLikelihood > best.logLikelihood) best = result;
	}
	return best!.z;
}
