// Nearest statements (near-duplicate warnings while a rapporteur types) and placement of new
// statements into existing themes. Both use the same sublinear TF-IDF cosine as the themes.
import { buildCorpus, dot, surfaceOf, type Corpus } from './corpus.js';
import type { Placement, PlaceOptions, SimilarMatch, SimilarOptions, StatementInput, ThemeWithStatements } from './types.js';

/** Matches shown to a typing rapporteur: a handful is a warning, more is noise. */
const DEFAULT_LIMIT = 5;
/** Below this cosine two statements merely share a common word. */
const DEFAULT_MIN_SCORE = 0.2;
/** A new statement joins a theme only if its cosine to the theme centroid reaches this. */
const DEFAULT_PLACE_MIN_SCORE = 0.1;
const SHARED_TERMS = 5;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function safeList(statements: readonly StatementInput[] | undefined): StatementInput[] {
	if (!Array.isArray(statements)) return [];
	return statements
		.filter((s) => s !== null && typeof s === 'object')
		.map((s, i) => ({ id: s.id == null ? String(i) : String(s.id), text: typeof s.text === 'string' ? s.text : '', lang: s.lang ?? null }));
}

/** Terms of document a that also occur in the weighted term map, strongest first, as written. */
function sharedTerms(corpus: Corpus, d: number, weights: Map<number, number>): string[] {
	return [...corpus.termSets[d]]
		.filter((t) => (weights.get(t) ?? 0) > 0 && !corpus.isBigram[t])
		.sort((a, b) => weights.get(b)! - weights.get(a)! || a - b)
		.slice(0, SHARED_TERMS)
		.map((t) => surfaceOf(corpus, t));
}

function weightsOf(corpus: Corpus, d: number): Map<number, number> {
	const v = corpus.vectors[d];
	return new Map(Array.from(v.indices, (t, i) => [t, v.values[i]]));
}

/** Nearest existing statements to `text`, best first. */
export function findSimilar(text: string, statements: readonly StatementInput[], options: SimilarOptions = {}): SimilarMatch[] {
	const list = safeList(statements);
	const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
	const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
	const corpus = buildCorpus([...list, { id: '\u0000query', text: typeof text === 'string' ? text : '' }]);
	const q = corpus.n - 1;
	const query = corpus.vectors[q];
	if (query.indices.length === 0 || limit === 0) return [];
	const queryWeights = weightsOf(corpus, q);
	const scored: { d: number; score: number }[] = [];
	for (let d = 0; d < q; d++) {
		if (options.excludeId !== undefined && list[d].id === options.excludeId) continue;
		const score = dot(query, corpus.vectors[d]);
		if (score >= minScore) scored.push({ d, score });
	}
	scored.sort((a, b) => b.score - a.score || a.d - b.d);
	return scored.slice(0, limit).map(({ d, score }) => ({
		id: list[d].id,
		score: round3(Math.min(1, score)),
		sharedTerms: sharedTerms(corpus, d, queryWeights)
	}));
}

/** Best existing theme per new statement, or themeId null when nothing reaches the minimum score. */
export function placeStatements(
	newStatements: readonly StatementInput[],
	themes: readonly ThemeWithStatements[],
	options: PlaceOptions = {}
): Placement[] {
	const fresh = safeList(newStatements);
	const themeList = Array.isArray(themes) ? themes.filter((t) => t && Array.isArray(t.statements)) : [];
	const owners: number[] = [];
	const existing: StatementInput[] = [];
	themeList.forEach((t, i) => safeList(t.statements).forEach((s) => (existing.push(s), owners.push(i))));
	const corpus = buildCorpus([...existing, ...fresh]);
	const centroids = themeList.map(() => new Map<number, number>());
	owners.forEach((c, d) => {
		const v = corpus.vectors[d];
		for (let i = 0; i < v.indices.length; i++) centroids[c].set(v.indices[i], (centroids[c].get(v.indices[i]) ?? 0) + v.values[i]);
	});
	const norms = centroids.map((c) => Math.sqrt([...c.values()].reduce((a, x) => a + x * x, 0)) || 1);
	const minScore = options.minScore ?? DEFAULT_PLACE_MIN_SCORE;
	return fresh.map((s, i) => {
		const d = existing.length + i;
		const v = corpus.vectors[d];
		let best = -1;
		let bestScore = 0;
		centroids.forEach((c, t) => {
			let score = 0;
			for (let j = 0; j < v.indices.length; j++) score += (c.get(v.indices[j]) ?? 0) * v.values[j];
			score /= norms[t];
			if (score > bestScore) [best, bestScore] = [t, score];
		});
		if (best < 0 || bestScore < minScore) return { id: s.id, themeId: null, score: round3(bestScore), sharedTerms: [] };
		return { id: s.id, themeId: String(themeList[best].id), score: round3(Math.min(1, bestScore)), sharedTerms: sharedTerms(corpus, d, centroids[best]) };
	});
}
