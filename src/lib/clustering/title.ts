// A theme's title: the key point its members make, in words one of them wrote. Candidates are the
// sentences and clauses of the theme's most central statements; each is scored by how many members
// use its words, how much of the theme's centre it carries (cosine of its TF-IDF vector to the
// members' centroid) and how near it is to the length people give a key point (four to ten words:
// "Homeschooling protects children from bullying"). The best is tidied into a title: first letter capitalised,
// no trailing punctuation, at most TITLE_MAX characters, cut at a word.
import {
	dot,
	termLookup,
	toVector,
	type Corpus,
	type SparseVector,
	type TermLookup,
	withDenseSum
} from './corpus.js';
import { isStopWord, splitWords, tokensOf, type Token } from './text.js';

/** Longest title: it must fit a phone's ballot line and a theme label (120 characters) with room. */
export const TITLE_MAX = 100;
/** Only the most central statements are read for candidates: beyond them, quality falls and time grows. */
const CANDIDATE_STATEMENTS = 20;
/** Words in a key point as people write them: no penalty inside this range. */
const SHORTEST = 4;
const LONGEST = 10;
/** How steeply a longer candidate loses: (LONGEST / words) ^ LENGTH_PENALTY (0.5 and 0.7 named worse). */
const LENGTH_PENALTY = 1;
/** Clause breaks inside a sentence: commas, semicolons, colons, dashes and brackets. */
const CLAUSE_BREAK = /\s*[,;:()\u2013\u2014]\s*|\s+-\s+/u;

let sentenceSegmenter: Intl.Segmenter | null = null;

/** Sentences of a text (ICU's sentence rules), then their clauses and pairs of adjacent clauses. */
export function titleCandidates(text: string): string[] {
	sentenceSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
	const out = new Set<string>();
	for (const { segment } of sentenceSegmenter.segment(text.normalize('NFC'))) {
		const sentence = segment.trim();
		if (!sentence) continue;
		out.add(sentence);
		const clauses = sentence
			.split(CLAUSE_BREAK)
			.map((c) => c.trim())
			.filter((c) => c !== '');
		if (clauses.length < 2) continue;
		for (let i = 0; i < clauses.length; i++) {
			out.add(clauses[i]);
			if (i + 1 < clauses.length) out.add(`${clauses[i]}, ${clauses[i + 1]}`);
		}
	}
	return [...out];
}

/** Length factor: 1 for SHORTEST..LONGEST words, falling off on either side. */
export function lengthFactor(words: number): number {
	if (words <= 0) return 0;
	if (words < SHORTEST) return words / SHORTEST;
	if (words > LONGEST) return (LONGEST / words) ** LENGTH_PENALTY;
	return 1;
}

/** First letter capitalised, surrounding quotes and trailing punctuation dropped, cut to TITLE_MAX at a word. */
export function tidyTitle(text: string): string {
	let t = text
		.replace(/\s+/gu, ' ')
		.trim()
		.replace(/^["'“‘«]+|["'”’»]+$/gu, '')
		.replace(/[\s.,;:!?…-]+$/u, '')
		.trim();
	if (t.length > TITLE_MAX) {
		const cut = t.slice(0, TITLE_MAX);
		const space = cut.lastIndexOf(' ');
		t = (space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/u, '') + '…';
	}
	return t.charAt(0).toLocaleUpperCase() + t.slice(1);
}

/** Term ids of a candidate, as the corpus counts them (stems, and bigrams of neighbouring stems). */
function candidateVector(corpus: Corpus, termIndex: TermLookup, tokens: Token[]) {
	const tf = new Map<number, number>();
	for (let t = 0; t < tokens.length; t++) {
		const id = termIndex.get(tokens[t].stem);
		if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + 1);
		const prev = tokens[t - 1];
		if (prev && prev.position === tokens[t].position - 1 && prev.stem !== tokens[t].stem) {
			const bid = termIndex.get(prev.stem + ' ' + tokens[t].stem);
			if (bid !== undefined) tf.set(bid, (tf.get(bid) ?? 0) + 1);
		}
	}
	return toVector(tf, corpus.idf);
}

/** The members' centroid as a sparse vector, L2-normalised. */
function centroid(vectors: SparseVector[], members: readonly number[]): SparseVector {
	return withDenseSum(vectors, members, (sum, touched) => {
		const indices = Int32Array.from(touched).sort();
		const values = Float32Array.from(indices, (t) => sum[t]);
		let norm = 0;
		for (const x of values) norm += x * x;
		norm = Math.sqrt(norm) || 1;
		for (let i = 0; i < values.length; i++) values[i] /= norm;
		return { indices, values };
	});
}

/**
 * The title of a theme from its members (corpus positions, most central first) and their texts.
 * Deterministic: ties go to the more central statement, then the earlier candidate.
 */
export function themeTitle(
	corpus: Corpus,
	termIndex: TermLookup,
	texts: readonly string[],
	membersByCentrality: readonly number[]
): string {
	if (membersByCentrality.length === 0) return '';
	const centre = centroid(corpus.vectors, membersByCentrality);
	const common = wordShares(corpus, membersByCentrality);
	let best = '';
	let bestScore = -1;
	for (const d of membersByCentrality.slice(0, CANDIDATE_STATEMENTS)) {
		for (const candidate of titleCandidates(texts[d] ?? '')) {
			const words = splitWords(candidate);
			const tokens = tokensOf(words, corpus.languages[d]);
			const vector = candidateVector(corpus, termIndex, tokens);
			const score =
				(COMMON_WEIGHT * commonness(termIndex, common, tokens) +
					(1 - COMMON_WEIGHT) * dot(vector, centre)) *
				lengthFactor(words.length) *
				(opensMidThought(candidate, texts[d] ?? '', words[0]) ? MID_THOUGHT : 1);
			if (score > bestScore) [best, bestScore] = [candidate, score];
		}
	}
	return tidyTitle(best);
}

/**
 * Half of a candidate's score is how many members use its words, the theme's subject included
 * ("cannabis" in every statement of a debate on cannabis, so weightless in TF-IDF), half how much
 * of the theme's distinctive centre it carries. Measured on ArgKP's key points (bench:cluster):
 * the centre alone names a theme no better than its most central statement; both together do.
 */
const COMMON_WEIGHT = 0.5;

/** Count and last member seen per term, shared by calls (all 0 and -1 after each). */
let shareCount = new Int32Array(0);
let shareLast = new Int32Array(0);

/** Share of the members that use each word (stem), topic words included. */
function wordShares(corpus: Corpus, members: readonly number[]): Map<number, number> {
	if (shareCount.length < corpus.terms.length) {
		shareCount = new Int32Array(corpus.terms.length);
		shareLast = new Int32Array(corpus.terms.length).fill(-1);
	}
	const count = shareCount;
	const last = shareLast;
	const seen: number[] = [];
	for (let i = 0; i < members.length; i++) {
		const words = corpus.unigrams[members[i]];
		for (let j = 0; j < words.length; j++) {
			const t = words[j];
			if (last[t] === i) continue;
			last[t] = i;
			if (count[t]++ === 0) seen.push(t);
		}
	}
	const shares = new Map(seen.map((t) => [t, count[t] / members.length]));
	for (const t of seen) {
		count[t] = 0;
		last[t] = -1;
	}
	return shares;
}

/** Share of the members using each distinct word of the candidate, summed over the root of their number. */
function commonness(termIndex: TermLookup, shares: Map<number, number>, tokens: Token[]): number {
	const stems = new Set(tokens.map((t) => t.stem));
	if (stems.size === 0) return 0;
	let sum = 0;
	for (const stem of stems) sum += shares.get(termIndex.get(stem) ?? -1) ?? 0;
	return sum / Math.sqrt(stems.size);
}

/**
 * A clause or a later sentence that opens on a function word ("and their sources…", "with rights
 * for…", "such trade rules…", "this platform work…") reads as the middle of someone's thought, not
 * as a title: it keeps this share of its score. A statement's opening words are not touched.
 */
const MID_THOUGHT = 0.5;

function opensMidThought(candidate: string, text: string, first: string | undefined): boolean {
	if (first === undefined || !isStopWord(first.toLowerCase())) return false;
	return text.indexOf(candidate) > 0;
}

/** term key -> id, for scoring candidates against the corpus's vocabulary. */
export function termIndexOf(corpus: Corpus): TermLookup {
	return termLookup(corpus);
}
