// Nearest statements (near-duplicate warnings while a rapporteur types) and placement of new
// statements into existing themes. Both use the same sublinear TF-IDF cosine as the themes.
import {
	buildCorpus,
	dot,
	resolveLanguages,
	surfaceOf,
	toVector,
	type Corpus,
	type SparseVector
} from './corpus.js';
import { tokenize } from './text.js';
import type {
	Placement,
	PlaceOptions,
	SimilarMatch,
	SimilarOptions,
	StatementInput,
	ThemeWithStatements
} from './types.js';

/** Matches shown to a typing rapporteur: a handful is a warning, more is noise. */
const DEFAULT_LIMIT = 5;
/** Below this cosine two statements merely share a common word. */
const DEFAULT_MIN_SCORE = 0.2;
/** A new statement joins a theme only if its cosine to the theme centroid reaches this. */
const DEFAULT_PLACE_MIN_SCORE = 0.1;
const SHARED_TERMS = 5;

/** Recent statement sets kept vectorised: a rapporteur's keystrokes query the same set again and again. */
const CACHE_SIZE = 4;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

interface Indexed {
	key: string;
	corpus: Corpus;
	termIndex: Map<string, number>;
}
const cache: Indexed[] = [];

/** Two 32-bit FNV-1a hashes over ids, texts and languages: a content key, so a fresh array with the same statements hits. */
function fingerprint(list: StatementInput[]): string {
	let a = 2166136261;
	let b = 5381;
	for (const s of list) {
		const part = s.id + '\u0001' + s.text + '\u0001' + (s.lang ?? '') + '\u0002';
		for (let i = 0; i < part.length; i++) {
			const c = part.charCodeAt(i);
			a = Math.imul(a ^ c, 16777619);
			b = (Math.imul(b, 33) + c) | 0;
		}
	}
	return `${list.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/** The corpus of a statement set, from the cache when the same statements were indexed recently. */
function indexed(list: StatementInput[]): Indexed {
	const key = fingerprint(list);
	const hit = cache.find((c) => c.key === key);
	if (hit) return hit;
	const corpus = buildCorpus(list);
	const entry = { key, corpus, termIndex: new Map(corpus.terms.map((t, i) => [t, i])) };
	cache.unshift(entry);
	cache.length = Math.min(cache.length, CACHE_SIZE);
	return entry;
}

/** A query text as a vector over an existing corpus's vocabulary (unknown words cannot match anyway). */
function queryVector(text: string, { corpus, termIndex }: Indexed): SparseVector {
	const [lang] = resolveLanguages([{ id: 'q', text, lang: null }]);
	const tokens = tokenize(text, lang);
	const tf = new Map<number, number>();
	const add = (key: string) => {
		const id = termIndex.get(key);
		if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + 1);
	};
	tokens.forEach((tok, i) => {
		add(tok.stem);
		const prev = tokens[i - 1];
		if (prev && prev.position === tok.position - 1 && prev.stem !== tok.stem)
			add(prev.stem + ' ' + tok.stem);
	});
	return toVector(tf, corpus.idf);
}

function safeList(statements: readonly StatementInput[] | undefined): StatementInput[] {
	if (!Array.isArray(statements)) return [];
	return statements
		.filter((s) => s !== null && typeof s === 'object')
		.map((s, i) => ({
			id: s.id == null ? String(i) : String(s.id),
			text: typeof s.text === 'string' ? s.text : '',
			lang: s.lang ?? null
		}));
}

/** Terms of document a that also occur in the weighted term map, strongest first, as written. */
function sharedTerms(corpus: Corpus, d: number, weights: Map<number, number>): string[] {
	return [...corpus.termSets[d]]
		.filter((t) => (weights.get(t) ?? 0) > 0 && !corpus.isBigram[t])
		.sort((a, b) => weights.get(b)! - weights.get(a)! || a - b)
		.slice(0, SHARED_TERMS)
		.map((t) => surfaceOf(corpus, t));
}

/** Nearest existing statements to `text`, best first. */
export function findSimilar(
	text: string,
	statements: readonly StatementInput[],
	options: SimilarOptions = {}
): SimilarMatch[] {
	const list = safeList(statements);
	const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
	const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
	if (limit === 0 || list.length === 0) return [];
	const index = indexed(list);
	const { corpus } = index;
	const query = queryVector(typeof text === 'string' ? text : '', index);
	if (query.indices.length === 0) return [];
	const queryWeights = new Map(Array.from(query.indices, (t, i) => [t, query.values[i]]));
	const scored: { d: number; score: number }[] = [];
	for (let d = 0; d < corpus.n; d++) {
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
	const themeList = Array.isArray(themes)
		? themes.filter((t) => t && Array.isArray(t.statements))
		: [];
	const owners: number[] = [];
	const existing: StatementInput[] = [];
	themeList.forEach((t, i) =>
		safeList(t.statements).forEach((s) => (existing.push(s), owners.push(i)))
	);
	const corpus = buildCorpus([...existing, ...fresh]);
	const centroids = themeList.map(() => new Map<number, number>());
	owners.forEach((c, d) => {
		const v = corpus.vectors[d];
		for (let i = 0; i < v.indices.length; i++)
			centroids[c].set(v.indices[i], (centroids[c].get(v.indices[i]) ?? 0) + v.values[i]);
	});
	const norms = centroids.map(
		(c) => Math.sqrt([...c.values()].reduce((a, x) => a + x * x, 0)) || 1
	);
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
		if (best < 0 || bestScore < minScore)
			return { id: s.id, themeId: null, score: round3(bestScore), sharedTerms: [] };
		return {
			id: s.id,
			themeId: String(themeList[best].id),
			score: round3(Math.min(1, bestScore)),
			sharedTerms: sharedTerms(corpus, d, centroids[best])
		};
	});
}
