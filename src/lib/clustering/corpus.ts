// From statements to numbers: language per statement, term ids (stems and bigrams),
// document frequencies, surface forms, and sublinear TF-IDF vectors.
import { detectLanguage, type Language } from './language.js';
import { splitWords, termOf } from './text.js';
import type { StatementInput } from './types.js';

/** Bigrams are a fraction of a unigram's weight: they sharpen similarity without doubling the evidence. */
const BIGRAM_WEIGHT = 0.5;
/** Terms in more than this share of statements are the corpus's background ("bowling green" in a Bowling Green consultation). */
const MAX_DF_SHARE = 0.5;

/** A sparse, L2-normalised vector over term ids. */
export interface SparseVector {
	indices: Int32Array;
	values: Float32Array;
}

/** Most terms are only ever written one way, so the map is created on the second spelling. */
export class SurfaceCounts {
	first = '';
	firstCount = 0;
	others: Map<string, number> | null = null;
	add(form: string): void {
		if (this.firstCount === 0 || form === this.first) {
			this.first = form;
			this.firstCount++;
		} else {
			this.others ??= new Map();
			this.others.set(form, (this.others.get(form) ?? 0) + 1);
		}
	}
	/** Adds the form `a b` (a bigram as written) without building the string unless it is new. */
	addPair(a: string, b: string): void {
		const f = this.first;
		if (
			this.firstCount > 0 &&
			f.length === a.length + 1 + b.length &&
			f.charCodeAt(a.length) === 32 &&
			f.startsWith(a) &&
			f.endsWith(b)
		)
			this.firstCount++;
		else this.add(a + ' ' + b);
	}
	*entries(): Generator<[string, number]> {
		if (this.firstCount > 0) yield [this.first, this.firstCount];
		if (this.others) yield* this.others;
	}
}

export interface Corpus {
	n: number;
	ids: string[];
	sectors: (string | null)[];
	languages: Language[];
	/** Term key: a stem, or two stems joined by a space for a bigram. */
	terms: string[];
	isBigram: boolean[];
	df: Int32Array;
	/** Surface forms seen per term, with counts, for readable labels. */
	surfaces: SurfaceCounts[];
	/** Unigram term ids per statement in reading order (with repeats). */
	unigrams: Int32Array[];
	/** Distinct term ids (unigrams and bigrams) per statement. */
	termSets: Int32Array[];
	idf: Float64Array;
	vectors: SparseVector[];
	/** Unigram stem -> id (bigrams: bigramIds). */
	termIndex?: Map<string, number>;
	/** Bigram id by its first word's id and its second word's id. */
	bigramIds?: PairTable;
}

/** A map from pairs of non-negative integers to non-negative integers (open addressing). */
export class PairTable {
	private first = new Int32Array(1024);
	private second = new Int32Array(1024);
	private value = new Int32Array(1024).fill(-1);
	private size = 0;

	private slot(a: number, b: number): number {
		const mask = this.value.length - 1;
		let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x632be5ab, 0x85ebca77)) & mask;
		while (this.value[i] >= 0 && (this.first[i] !== a || this.second[i] !== b)) i = (i + 1) & mask;
		return i;
	}

	get(a: number, b: number): number | undefined {
		const v = this.value[this.slot(a, b)];
		return v >= 0 ? v : undefined;
	}

	set(a: number, b: number, v: number): void {
		if (2 * (this.size + 1) > this.value.length) this.grow();
		const i = this.slot(a, b);
		if (this.value[i] < 0) this.size++;
		this.first[i] = a;
		this.second[i] = b;
		this.value[i] = v;
	}

	private grow(): void {
		const { first, second, value } = this;
		this.first = new Int32Array(2 * value.length);
		this.second = new Int32Array(2 * value.length);
		this.value = new Int32Array(2 * value.length).fill(-1);
		this.size = 0;
		for (let i = 0; i < value.length; i++)
			if (value[i] >= 0) this.set(first[i], second[i], value[i]);
	}
}

/** Term key (a stem, or two stems joined by a space) -> id, as far as the corpus knows it. */
export interface TermLookup {
	get(key: string): number | undefined;
}

/** The corpus's term lookup: by the stem index and bigram ids when built here, else a map of all terms. */
export function termLookup(corpus: Corpus): TermLookup {
	const { termIndex, bigramIds } = corpus;
	if (!termIndex || !bigramIds) return new Map(corpus.terms.map((t, i) => [t, i]));
	return {
		get(key: string) {
			const space = key.indexOf(' ');
			if (space < 0) return termIndex.get(key);
			const a = termIndex.get(key.slice(0, space));
			const b = termIndex.get(key.slice(space + 1));
			return a === undefined || b === undefined ? undefined : bigramIds.get(a, b);
		}
	};
}

function normaliseLang(lang: unknown): Language | null {
	if (typeof lang !== 'string') return null;
	const code = lang.toLowerCase().slice(0, 2);
	return code === 'en' || code === 'es' || code === 'fr' || code === 'pt' ? code : null;
}

/** Language per statement: given, else detected, else the corpus majority, else English. */
export function resolveLanguages(statements: StatementInput[]): Language[] {
	const given = statements.map((s) => normaliseLang(s.lang) ?? detectLanguage(s.text ?? ''));
	const counts = new Map<Language, number>();
	for (const l of given) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
	let majority: Language = 'en';
	for (const [l, c] of counts) if (c > (counts.get(majority) ?? 0)) majority = l;
	return given.map((l) => l ?? majority);
}

/** Builds the corpus; `extraDocs` lets callers vectorise queries against the same vocabulary. */
export function buildCorpus(statements: StatementInput[]): Corpus {
	const n = statements.length;
	const languages = resolveLanguages(statements);
	const termIndex = new Map<string, number>();
	const terms: string[] = [];
	const isBigram: boolean[] = [];
	const surfaces: SurfaceCounts[] = [];
	const dfList: number[] = [];
	const unigrams: Int32Array[] = [];
	// per statement: its distinct terms (ascending) and their counts
	const termSets: Int32Array[] = [];
	const docCounts: Int32Array[] = [];
	const newTerm = (key: string, bigram: boolean): number => {
		terms.push(key);
		isBigram.push(bigram);
		surfaces.push(new SurfaceCounts());
		dfList.push(0);
		return terms.length - 1;
	};
	const idOf = (stem: string): number => {
		let id = termIndex.get(stem);
		if (id === undefined) termIndex.set(stem, (id = newTerm(stem, false)));
		return id;
	};
	// a bigram is found by its two unigram ids, so its key string is built once per bigram
	const bigramOf = new PairTable();
	const bigramId = (a: number, b: number): number => {
		let id = bigramOf.get(a, b);
		if (id === undefined) bigramOf.set(a, b, (id = newTerm(terms[a] + ' ' + terms[b], true)));
		return id;
	};
	// lowercased word -> unigram id, or -1 for a stop word, per language (as tokenize decides)
	const wordIds = new Map<Language, Map<string, number>>();
	const tf: number[] = [];
	const touched: number[] = [];
	const bump = (id: number) => {
		if (!(tf[id] > 0)) {
			tf[id] = 0;
			touched.push(id);
		}
		tf[id]++;
	};
	// Document frequency counts distinct texts: a statement pasted twice must not make its rare
	// words look shared (that would flood the vocabulary and blur the mixture model).
	const seenTexts = new Set<string>();
	for (let d = 0; d < n; d++) {
		const text = String(statements[d].text ?? '');
		const firstTime = !seenTexts.has(text);
		seenTexts.add(text);
		const words = splitWords(text);
		const lang = languages[d];
		let ids = wordIds.get(lang);
		if (!ids) wordIds.set(lang, (ids = new Map()));
		const uni: number[] = [];
		touched.length = 0;
		let prevId = -1;
		let prevAt = -2;
		for (let t = 0; t < words.length; t++) {
			const surface = words[t];
			const lower = surface.toLowerCase();
			let id = ids.get(lower);
			if (id === undefined) {
				const stem = termOf(lower, lang);
				ids.set(lower, (id = stem === null ? -1 : idOf(stem)));
			}
			if (id < 0) continue;
			uni.push(id);
			bump(id);
			surfaces[id].add(surface);
			if (prevAt === t - 1 && prevId !== id) {
				const bid = bigramId(prevId, id);
				bump(bid);
				surfaces[bid].addPair(words[prevAt], surface);
			}
			prevId = id;
			prevAt = t;
		}
		if (firstTime) for (const id of touched) dfList[id] += 1;
		unigrams.push(Int32Array.from(uni));
		const set = sortedIds(touched);
		const counts = new Int32Array(set.length);
		for (let i = 0; i < set.length; i++) counts[i] = tf[set[i]];
		termSets.push(set);
		docCounts.push(counts);
		for (const id of touched) tf[id] = 0;
	}
	const df = Int32Array.from(dfList);
	const idf = new Float64Array(terms.length);
	const distinct = seenTexts.size;
	for (let t = 0; t < terms.length; t++) {
		const base = Math.log((distinct + 1) / (df[t] + 1)) + 1;
		idf[t] =
			(df[t] > MAX_DF_SHARE * distinct && distinct >= 20 ? 0 : base) *
			(isBigram[t] ? BIGRAM_WEIGHT : 1);
	}
	const vectors = termSets.map((ids, d) => vectorOf(ids, docCounts[d], idf));
	return {
		n,
		ids: statements.map((s) => String(s.id)),
		sectors: statements.map((s) => (s.sector ? String(s.sector) : null)),
		languages,
		terms,
		isBigram,
		df,
		surfaces,
		unigrams,
		termSets,
		idf,
		vectors,
		termIndex,
		bigramIds: bigramOf
	};
}

/** Sublinear TF-IDF, L2-normalised, indices sorted ascending. */
export function toVector(tf: Map<number, number>, idf: Float64Array): SparseVector {
	return vectorOf(Int32Array.from(tf.keys()), Int32Array.from(tf.values()), idf);
}

/** Distinct ids, ascending, as a new array (insertion sort: a statement has few distinct terms). */
function sortedIds(ids: readonly number[]): Int32Array {
	const out = Int32Array.from(ids);
	if (out.length > SORT_BY_INSERTION) return out.sort();
	for (let i = 1; i < out.length; i++) {
		const x = out[i];
		let j = i;
		while (j > 0 && out[j - 1] > x) {
			out[j] = out[j - 1];
			j--;
		}
		out[j] = x;
	}
	return out;
}

/** Up to this many terms, a statement's are sorted by insertion. */
const SORT_BY_INSERTION = 64;
/** Kept ids and their counts, ascending by id, while a vector is made. */
let keptIds = new Int32Array(SORT_BY_INSERTION);
let keptCounts = new Int32Array(SORT_BY_INSERTION);

/** toVector from distinct term ids and their counts (parallel arrays, any order). */
function vectorOf(
	ids: ArrayLike<number>,
	counts: ArrayLike<number>,
	idf: Float64Array
): SparseVector {
	const len = ids.length;
	let m = 0;
	if (len > SORT_BY_INSERTION) {
		// sort (id, position) pairs packed in one number: id × length + position
		const keys = new Float64Array(len);
		for (let i = 0; i < len; i++) if (idf[ids[i]] > 0) keys[m++] = ids[i] * len + i;
		const kept = keys.subarray(0, m).sort();
		if (keptIds.length < m) {
			keptIds = new Int32Array(m);
			keptCounts = new Int32Array(m);
		}
		for (let i = 0; i < m; i++) {
			const at = kept[i] % len;
			keptIds[i] = ids[at];
			keptCounts[i] = counts[at];
		}
	} else
		for (let i = 0; i < len; i++) {
			const id = ids[i];
			if (!(idf[id] > 0)) continue;
			let j = m++;
			while (j > 0 && keptIds[j - 1] > id) {
				keptIds[j] = keptIds[j - 1];
				keptCounts[j] = keptCounts[j - 1];
				j--;
			}
			keptIds[j] = id;
			keptCounts[j] = counts[i];
		}
	const indices = new Int32Array(m);
	const values = new Float32Array(m);
	let norm = 0;
	for (let i = 0; i < m; i++) {
		const id = (indices[i] = keptIds[i]);
		const w = (1 + Math.log(keptCounts[i])) * idf[id];
		values[i] = w;
		norm += w * w;
	}
	norm = Math.sqrt(norm) || 1;
	for (let i = 0; i < m; i++) values[i] /= norm;
	return { indices, values };
}

/** Adds the member vectors into `sum`, marking in `hit` the ids touched (returned in order first met). */
export function sumInto(
	vectors: SparseVector[],
	members: readonly number[],
	sum: Float64Array,
	hit: Uint8Array
): { sum: Float64Array; touched: number[] } {
	const touched: number[] = [];
	for (const d of members) {
		const v = vectors[d];
		for (let i = 0; i < v.indices.length; i++) {
			const t = v.indices[i];
			if (hit[t] === 0) {
				hit[t] = 1;
				touched.push(t);
			}
			sum[t] += v.values[i];
		}
	}
	return { sum, touched };
}

let sharedSumBuffer = new Float64Array(0);
let sharedHitBuffer = new Uint8Array(0);

/**
 * denseSum into a buffer shared by calls (naming sums one theme after another): `use` reads the
 * sum, which is cleared afterwards, so it must not keep it.
 */
export function withDenseSum<T>(
	vectors: SparseVector[],
	members: readonly number[],
	use: (sum: Float64Array, touched: number[]) => T
): T {
	let size = 0;
	for (const d of members) {
		const v = vectors[d];
		if (v.indices.length > 0) size = Math.max(size, v.indices[v.indices.length - 1] + 1);
	}
	if (sharedSumBuffer.length < size) {
		sharedSumBuffer = new Float64Array(size);
		sharedHitBuffer = new Uint8Array(size);
	}
	const { sum, touched } = sumInto(vectors, members, sharedSumBuffer, sharedHitBuffer);
	try {
		return use(sum, touched);
	} finally {
		for (const t of touched) {
			sum[t] = 0;
			sharedHitBuffer[t] = 0;
		}
	}
}

/** Dot product of two sorted sparse vectors. */
export function dot(a: SparseVector, b: SparseVector): number {
	let i = 0;
	let j = 0;
	let s = 0;
	while (i < a.indices.length && j < b.indices.length) {
		const x = a.indices[i];
		const y = b.indices[j];
		if (x === y) s += a.values[i++] * b.values[j++];
		else if (x < y) i++;
		else j++;
	}
	return s;
}

/** Most frequent way a term was written, lowercase unless the word is always capitalised (names, acronyms). */
export function surfaceOf(corpus: Corpus, term: number): string {
	const groups = new Map<string, { total: number; best: string; bestCount: number }>();
	for (const [form, c] of corpus.surfaces[term].entries()) {
		const key = form.toLowerCase();
		const g = groups.get(key) ?? { total: 0, best: form, bestCount: 0 };
		g.total += c;
		if (form === key) g.best = key;
		else if (g.best !== key && c > g.bestCount) g.best = form;
		g.bestCount = Math.max(g.bestCount, c);
		groups.set(key, g);
	}
	let chosen = corpus.terms[term];
	let top = -1;
	for (const [key, g] of groups) {
		if (g.total > top || (g.total === top && key < chosen.toLowerCase())) {
			top = g.total;
			chosen = g.best;
		}
	}
	return chosen;
}

/** What the clustering stages see: features with df >= minDf, re-indexed densely. */
export interface ClusteringView {
	/** Features of the vectors: the words' first, then any appended (meaning.ts). */
	features: number;
	/** Word features: the mixture's vocabulary. */
	words: number;
	/** Unigram feature ids per statement, repeats kept (the mixture model counts words). */
	docs: Int32Array[];
	/** TF-IDF over unigram and bigram features, L2-normalised. */
	vectors: SparseVector[];
}

/** Drops terms too rare to link two statements; they only slow the sampler and blur centroids. */
export function clusteringView(corpus: Corpus, minDf: number): ClusteringView {
	const keep = new Int32Array(corpus.terms.length).fill(-1);
	let features = 0;
	for (let t = 0; t < corpus.terms.length; t++)
		if (corpus.df[t] >= minDf && corpus.idf[t] > 0) keep[t] = features++;
	const idf = new Float64Array(features);
	for (let t = 0; t < corpus.terms.length; t++) if (keep[t] >= 0) idf[keep[t]] = corpus.idf[t];
	const docs: Int32Array[] = [];
	const vectors: SparseVector[] = [];
	const tf = new Int32Array(features);
	const touched: number[] = [];
	const counts: number[] = [];
	for (let d = 0; d < corpus.n; d++) {
		const words: number[] = [];
		touched.length = 0;
		for (const t of corpus.unigrams[d]) {
			const f = keep[t];
			if (f < 0) continue;
			words.push(f);
			if (tf[f]++ === 0) touched.push(f);
		}
		for (const t of corpus.termSets[d])
			if (corpus.isBigram[t] && keep[t] >= 0) {
				if (tf[keep[t]] === 0) touched.push(keep[t]);
				tf[keep[t]] = 1;
			}
		counts.length = 0;
		for (const f of touched) counts.push(tf[f]);
		for (const f of touched) tf[f] = 0;
		docs.push(Int32Array.from(words));
		vectors.push(vectorOf(touched, counts, idf));
	}
	return { features, words: features, docs, vectors };
}
