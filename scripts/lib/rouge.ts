// ROUGE (Lin, 2004), the usual score of a written summary against a reference: F1 of shared
// unigrams (ROUGE-1), shared bigrams (ROUGE-2) and the longest common subsequence (ROUGE-L),
// on lower-cased words, Porter-stemmed as most published figures are. A few lines of counting,
// so written here rather than taken from an unmaintained package.
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { splitWords } from '../../src/lib/clustering/text.js';

export interface Rouge {
	rouge1: number;
	rouge2: number;
	rougeL: number;
}

/** Lower-cased, stemmed words of a text. */
export function rougeTokens(text: string): string[] {
	return splitWords(text).map((w) => porter.stem(w.toLowerCase()));
}

function ngrams(tokens: string[], n: number): Map<string, number> {
	const out = new Map<string, number>();
	for (let i = 0; i + n <= tokens.length; i++) {
		const key = tokens.slice(i, i + n).join(' ');
		out.set(key, (out.get(key) ?? 0) + 1);
	}
	return out;
}

function f1(overlap: number, candidate: number, reference: number): number {
	if (overlap === 0 || candidate === 0 || reference === 0) return 0;
	const p = overlap / candidate;
	const r = overlap / reference;
	return (2 * p * r) / (p + r);
}

function ngramF1(candidate: string[], reference: string[], n: number): number {
	const c = ngrams(candidate, n);
	const r = ngrams(reference, n);
	let overlap = 0;
	for (const [key, count] of c) overlap += Math.min(count, r.get(key) ?? 0);
	return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence of two word lists. */
export function lcs(a: string[], b: string[]): number {
	let prev = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		const row = new Array<number>(b.length + 1).fill(0);
		for (let j = 1; j <= b.length; j++)
			row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
		prev = row;
	}
	return prev[b.length];
}

/** ROUGE-1, ROUGE-2 and ROUGE-L F1 of a candidate against one reference, 0..1. */
export function rouge(candidate: string, reference: string): Rouge {
	const c = rougeTokens(candidate);
	const r = rougeTokens(reference);
	return {
		rouge1: ngramF1(c, r, 1),
		rouge2: ngramF1(c, r, 2),
		rougeL: f1(lcs(c, r), c.length, r.length)
	};
}
