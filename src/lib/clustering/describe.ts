// Explaining themes: distinctive key phrases as written, the most central statement, each
// member's similarity and shared terms, sector spread and cohesion.
import {
	surfaceOf,
	withDenseSum,
	type Corpus,
	type SparseVector,
	type TermLookup
} from './corpus.js';
import { themeTitle } from './title.js';
import type { Theme, ThemeMember } from './types.js';

/** Phrases in a label: at least two when the theme has them, at most four to stay readable. */
const MIN_PHRASES = 2;
const MAX_PHRASES = 4;
/** A phrase weaker than this share of the best one adds noise to the label, not meaning. */
const PHRASE_RELATIVE_FLOOR = 0.25;
/** Readers grasp "budget cuts" faster than "budget" + "cuts": bigrams get this edge. */
const BIGRAM_BONUS = 1.3;
/** How many top terms of a theme are offered as "shared terms" evidence per member. */
const EVIDENCE_TERMS = 12;
const SHARED_TERMS_PER_MEMBER = 5;

export interface ThemeTerm {
	term: number;
	score: number;
}

/** Count per term, shared by calls and left all zero after each. */
let termCounts = new Int32Array(0);

/** Distinctive terms of a cluster: coverage inside times log-lift against the rest of the corpus. */
export function distinctiveTerms(corpus: Corpus, members: number[]): ThemeTerm[] {
	if (termCounts.length < corpus.terms.length) termCounts = new Int32Array(corpus.terms.length);
	const count = termCounts;
	const seen: number[] = [];
	for (const d of members) {
		const set = corpus.termSets[d];
		for (let i = 0; i < set.length; i++) if (count[set[i]]++ === 0) seen.push(set[i]);
	}
	const nIn = members.length;
	const nOut = Math.max(1, corpus.n - nIn);
	const minCount = Math.min(2, nIn);
	const out: ThemeTerm[] = [];
	for (const t of seen) {
		const c = count[t];
		count[t] = 0;
		if (c < minCount || corpus.idf[t] === 0) continue;
		const pIn = c / nIn;
		const pOut = (Math.max(0, corpus.df[t] - c) + 0.5) / (nOut + 1);
		if (pIn <= pOut) continue;
		const score = pIn * Math.log(pIn / pOut) * (corpus.isBigram[t] ? BIGRAM_BONUS : 1);
		out.push({ term: t, score });
	}
	return out.sort((a, b) => b.score - a.score || a.term - b.term);
}

/** Picks 2–4 non-overlapping phrases (a bigram replaces the words it contains). */
export function pickPhrases(corpus: Corpus, ranked: ThemeTerm[]): number[] {
	const chosen: ThemeTerm[] = [];
	for (const cand of ranked) {
		if (chosen.length >= MAX_PHRASES) break;
		if (chosen.length >= MIN_PHRASES && cand.score < PHRASE_RELATIVE_FLOOR * ranked[0].score) break;
		const key = corpus.terms[cand.term];
		if (corpus.isBigram[cand.term]) {
			const parts = key.split(' ');
			for (let i = chosen.length - 1; i >= 0; i--)
				if (parts.includes(corpus.terms[chosen[i].term])) chosen.splice(i, 1);
			if (
				chosen.some(
					(c) =>
						corpus.isBigram[c.term] &&
						corpus.terms[c.term].split(' ').some((p) => parts.includes(p))
				)
			)
				continue;
		} else if (
			chosen.some((c) => corpus.isBigram[c.term] && corpus.terms[c.term].split(' ').includes(key))
		)
			continue;
		chosen.push(cand);
	}
	return chosen.map((c) => c.term);
}

/** Cosine of each member to the theme centroid. */
export function memberSimilarities(vectors: SparseVector[], members: number[]): number[] {
	return withDenseSum(vectors, members, (c, touched) => {
		let norm = 0;
		for (const t of touched) norm += c[t] * c[t];
		norm = Math.sqrt(norm) || 1;
		return members.map((d) => {
			const v = vectors[d];
			let s = 0;
			for (let i = 0; i < v.indices.length; i++) s += c[v.indices[i]] * v.values[i];
			return Math.min(1, Math.max(0, s / norm));
		});
	});
}

/** Breadth across sectors: effective number of sectors exp(H), rescaled so 1 sector = 0 and all sectors equally = 1. */
export function crossSectorScore(counts: Record<string, number>, totalSectors: number): number {
	const values = Object.values(counts).filter((c) => c > 0);
	const total = values.reduce((a, b) => a + b, 0);
	if (totalSectors < 2 || total === 0) return 0;
	let h = 0;
	for (const c of values) h -= (c / total) * Math.log(c / total);
	return Math.min(1, (Math.exp(h) - 1) / (totalSectors - 1));
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** What a title is made from: the statements' texts and the corpus's term index (title.ts). */
export interface Naming {
	texts: readonly string[];
	termIndex: TermLookup;
}

/** Builds the user-facing description of one theme; without naming, the title is the label. */
export function describeTheme(
	corpus: Corpus,
	members: number[],
	index: number,
	totalSectors: number,
	naming?: Naming
): Theme {
	const ranked = distinctiveTerms(corpus, members);
	const phrases = pickPhrases(corpus, ranked).map((t) => surfaceOf(corpus, t));
	const sims = memberSimilarities(corpus.vectors, members);
	const evidence = ranked.slice(0, EVIDENCE_TERMS);
	const evidenceSurface = evidence.map((e) => surfaceOf(corpus, e.term));
	const memberList: ThemeMember[] = members.map((d, i) => {
		const own = corpus.termSets[d];
		const sharedTerms: string[] = [];
		for (let e = 0; e < evidence.length && sharedTerms.length < SHARED_TERMS_PER_MEMBER; e++)
			if (own.includes(evidence[e].term)) sharedTerms.push(evidenceSurface[e]);
		return { id: corpus.ids[d], similarity: round3(sims[i]), sharedTerms };
	});
	let rep = 0;
	for (let i = 1; i < members.length; i++) if (sims[i] > sims[rep]) rep = i;
	const order = members.map((_, i) => i).sort((a, b) => sims[b] - sims[a] || a - b);
	const sectors: Record<string, number> = {};
	for (const d of members) {
		const s = corpus.sectors[d];
		if (s) sectors[s] = (sectors[s] ?? 0) + 1;
	}
	const cohesion = sims.length ? sims.reduce((a, b) => a + b, 0) / sims.length : 0;
	const label = phrases.join(' · ');
	const title = naming
		? themeTitle(
				corpus,
				naming.termIndex,
				naming.texts,
				order.map((i) => members[i])
			)
		: '';
	return {
		index,
		title: title || label,
		label,
		keyPhrases: phrases,
		representativeId: corpus.ids[members[rep]] ?? '',
		members: order.map((i) => memberList[i]),
		sectors,
		crossSector: round3(crossSectorScore(sectors, totalSectors)),
		cohesion: round3(cohesion)
	};
}
