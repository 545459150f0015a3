// The one module that touches `natural`: tokenising (words in every script), stop words and
// stemming for en/es/fr/pt (words in other languages are kept as written).
// Deep imports keep natural's database back ends and dotenv output out of the process.
import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterEs from 'natural/lib/natural/stemmers/porter_stemmer_es.js';
import porterFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import porterPt from 'natural/lib/natural/stemmers/porter_stemmer_pt.js';
import stopEn from 'natural/lib/natural/util/stopwords.js';
import stopEs from 'natural/lib/natural/util/stopwords_es.js';
import stopFr from 'natural/lib/natural/util/stopwords_fr.js';
import stopPt from 'natural/lib/natural/util/stopwords_pt.js';
import type { Language } from './language.js';

/** One content token: its stem (the matching key) and the word as written (for labels). */
export interface Token {
	stem: string;
	surface: string;
	/** Position in the word sequence, stop words included, so bigrams only join neighbours. */
	position: number;
}

/** Words longer than this are URLs, hashes or run-together junk; stemming them is wasted work. */
const MAX_WORD_LENGTH = 40;
/** One-letter words carry no theme (and most are stop words or initials). */
const MIN_WORD_LENGTH = 2;
/** Bounded stem cache: typing-speed findSimilar re-tokenises the same words over and over. */
const STEM_CACHE_LIMIT = 200_000;

const STEMMERS: Record<Language, { stem(word: string): string }> = {
	en: porterEn,
	es: porterEs,
	fr: porterFr,
	pt: porterPt
};

/** Extra English words natural's list lacks but that never name a theme in statements. */
const EXTRA_STOP_EN = [
	'also',
	'just',
	'like',
	'get',
	'make',
	'many',
	'much',
	'need',
	'needs',
	'people',
	'one',
	'us',
	'we',
	'our',
	'would',
	'should',
	'could',
	'may',
	'might',
	'must',
	'will',
	'shall',
	'lot',
	'lots',
	'way',
	'ways',
	'thing',
	'things',
	'etc',
	'even',
	'really',
	'every',
	'within',
	'without',
	'yes',
	'no',
	'not',
	'don',
	'doesn',
	'isn',
	'aren',
	'won',
	'can',
	't',
	's',
	// generic verbs and fillers that otherwise surface in labels ("makes", "something", "bring")
	'something',
	'anything',
	'everything',
	'nothing',
	'become',
	'bring',
	'allow',
	'take',
	'keep',
	'put',
	'want',
	'think',
	'know',
	'see',
	'go',
	'going',
	'come',
	'use',
	'able',
	'sure'
];
/** English verbs whose every inflection is filler in a statement ("makes", "getting", "allowed"). */
const STOP_VERBS_EN = [
	'make',
	'get',
	'take',
	'keep',
	'bring',
	'become',
	'allow',
	'want',
	'think',
	'know',
	'go',
	'come',
	'need',
	'seem'
];

const STOP_WORDS: Record<Language, Set<string>> = {
	en: new Set([...stopEn.words, ...EXTRA_STOP_EN]),
	es: new Set(stopEs.words),
	fr: new Set(stopFr.words),
	pt: new Set(stopPt.words)
};
/** Any language's stop word is dropped: statements mix languages and quote each other. */
const ALL_STOP_WORDS = new Set<string>(Object.values(STOP_WORDS).flatMap((s) => [...s]));

const stemCache = new Map<string, string>();

/** Stems a lowercased word; never throws (natural's stemmers return undefined on odd input). */
export function stemWord(word: string, lang: Language): string {
	const key = lang + ':' + word;
	const cached = stemCache.get(key);
	if (cached !== undefined) return cached;
	let stem = word;
	if (/^\p{Script=Latin}+$/u.test(word)) {
		try {
			const out = STEMMERS[lang].stem(word);
			if (typeof out === 'string' && out.length > 0) stem = out;
		} catch {
			stem = word;
		}
	}
	if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
	stemCache.set(key, stem);
	return stem;
}

/** A run of letters (with their marks) and digits: a word where words are spaced. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/**
 * Scripts written without spaces between words (Thai, Lao, Khmer, Burmese, Chinese, Japanese): a
 * run of them is a whole phrase, which only a dictionary can split.
 */
const UNSPACED =
	/[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** ICU's word segmenter (dictionaries for the unspaced scripts), made on first use. */
let segmenter: Intl.Segmenter | null = null;

/**
 * Splits text into words as written: letters and digits, breaking at apostrophes and hyphens. Text
 * in a script written without spaces is split into words by `Intl.Segmenter` (ICU's dictionaries);
 * other text keeps the plain, faster split.
 */
export function splitWords(text: string): string[] {
	if (typeof text !== 'string' || text.length === 0) return [];
	const t = text.normalize('NFC');
	if (!UNSPACED.test(t)) return t.match(WORD) ?? [];
	segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
	const out: string[] = [];
	for (const s of segmenter.segment(t))
		if (s.isWordLike) for (const w of s.segment.match(WORD) ?? []) out.push(w);
	return out;
}

/** One Chinese character is often a word of its own ("权", rights); other one-letter words are not. */
const ONE_LETTER_WORD = /^\p{Script=Han}$/u;

/** True for a word that should never be a term: stop word, number, too short or too long. */
export function isStopWord(word: string): boolean {
	return (
		(word.length < MIN_WORD_LENGTH && !ONE_LETTER_WORD.test(word)) ||
		word.length > MAX_WORD_LENGTH ||
		ALL_STOP_WORDS.has(word) ||
		/^\p{N}+$/u.test(word)
	);
}

/** Stems of the filler verbs, so "makes" goes the way of "make" (English only; built on first use). */
let stopStemsEn: Set<string> | null = null;
function isStopStem(stem: string, lang: Language): boolean {
	if (lang !== 'en') return false;
	stopStemsEn ??= new Set(STOP_VERBS_EN.map((w) => stemWord(w, 'en')));
	return stopStemsEn.has(stem);
}

/** Per language: lowercased word -> its stem, or null for a stop word (the same words recur all the time). */
const TERM_CACHE: Record<Language, Map<string, string | null>> = {
	en: new Map(),
	es: new Map(),
	fr: new Map(),
	pt: new Map()
};

/** The term of a lowercased word: its stem, or null when it is a stop word or a filler verb's inflection. */
export function termOf(word: string, lang: Language): string | null {
	const cache = TERM_CACHE[lang] ?? TERM_CACHE.en;
	let term = cache.get(word);
	if (term === undefined) {
		term = isStopWord(word) ? null : stemWord(word, lang);
		if (term !== null && isStopStem(term, lang)) term = null;
		if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
		cache.set(word, term);
	}
	return term;
}

/** Tokenises, drops stop words (and their inflections) and stems with the statement's language. */
export function tokenize(text: string, lang: Language): Token[] {
	return tokensOf(splitWords(text), lang);
}

/** tokenize on words already split (splitWords). */
export function tokensOf(words: readonly string[], lang: Language): Token[] {
	const out: Token[] = [];
	for (let i = 0; i < words.length; i++) {
		const stem = termOf(words[i].toLowerCase(), lang);
		if (stem !== null) out.push({ stem, surface: words[i], position: i });
	}
	return out;
}
