// Per-statement language detection from function words and diacritics. Pure and cheap:
// it runs on every statement the web app stores, so no n-gram model is loaded.

export type Language = 'en' | 'es' | 'fr' | 'pt';
export const LANGUAGES: readonly Language[] = ['en', 'es', 'fr', 'pt'];

/** Very frequent function words, as language-specific as possible (no one-letter words: "a" is English too). */
const MARKERS: Record<Language, string[]> = {
	en: 'the and of to is are that this with for not have has be it we they our their should would from by which more what will was were you'.split(
		' '
	),
	es: 'el la los las y que es son del en una un por para con no se su sus como más pero está están muy también hay ser porque nuestra nuestro debe deben'.split(
		' '
	),
	fr: 'le la les et est sont des du une un pour dans avec ne pas se sur au aux ce cette qui que nous leur leurs être plus doit doivent il elle'.split(
		' '
	),
	pt: 'os que é são do da dos das uma um por para com não se seu sua como mais mas está estão muito também há ser porque nossa nosso deve devem'.split(
		' '
	)
};

/** Letters that only (or mostly) occur in one language; each counts like this many function words. */
const DIACRITIC_WEIGHT = 2; // a single ñ or ã is stronger evidence than one shared word like "la"
const DIACRITICS: Record<Language, RegExp> = {
	en: /(?!)/g,
	es: /[ñ¿¡]/g,
	fr: /[èêëîïûùœæ]|\b(?:qu|d|l|n|j)['’]/g,
	pt: /[ãõ]|ção|ções/g
};

/** One or two shared words ("de", "no", "mas") are coincidence, especially in keyword lists; three make a language. */
const MIN_EVIDENCE = 3;
/** The winner must clearly lead: Spanish, French and Portuguese share many function words. */
const LEAD_RATIO = 1.5;

/** Function word -> the languages it marks, one bit per language (in LANGUAGES order). */
const markerBits = new Map<string, number>();
LANGUAGES.forEach((l, i) =>
	MARKERS[l].forEach((w) => markerBits.set(w, (markerBits.get(w) ?? 0) | (1 << i)))
);
/** Longest function word, in UTF-16 units: a longer word is not looked up. */
const longestMarker = Math.max(...[...markerBits.keys()].map((w) => w.length));
const LETTER = /^\p{L}$/u;
/** Per UTF-16 unit outside ASCII (surrogates aside): 0 not yet known, 1 a letter, 2 not. */
const letterKind = new Uint8Array(0x10000);
function isLetter(code: number): boolean {
	let kind = letterKind[code];
	if (kind === 0)
		kind = letterKind[code] =
			code >= 0xd800 && code <= 0xdfff ? 2 : LETTER.test(String.fromCharCode(code)) ? 1 : 2;
	return kind === 1;
}

/** Every diacritic clue needs an apostrophe or a character outside printable ASCII. */
const MAY_HAVE_DIACRITICS = /[^ -&(-~\s]/;

/** Evidence score per language; exported for tests. */
export function languageScores(text: string): Record<Language, number> {
	const scores: Record<Language, number> = { en: 0, es: 0, fr: 0, pt: 0 };
	// words of the text, lowercased, letters only (shared with the tokeniser's notion of a word)
	const lower = text.slice(0, 4000).toLowerCase();
	// runs of letters (as /\p{L}+/u finds them), looked up only when no longer than a marker
	let start = -1;
	for (let i = 0; i <= lower.length; i++) {
		let width = 1;
		let letter = false;
		if (i < lower.length) {
			const code = lower.charCodeAt(i);
			if (code < 128) letter = code >= 97 && code <= 122;
			else if (code >= 0xd800 && code <= 0xdbff && i + 1 < lower.length) {
				const next = lower.charCodeAt(i + 1);
				if (next >= 0xdc00 && next <= 0xdfff) {
					width = 2;
					letter = LETTER.test(lower.slice(i, i + 2));
				}
			} else letter = isLetter(code);
		}
		if (letter) {
			if (start < 0) start = i;
			i += width - 1;
			continue;
		}
		if (start >= 0 && i - start <= longestMarker) {
			const bits = markerBits.get(lower.slice(start, i));
			if (bits !== undefined)
				for (let l = 0; l < LANGUAGES.length; l++) if (bits & (1 << l)) scores[LANGUAGES[l]] += 1;
		}
		start = -1;
	}
	if (!MAY_HAVE_DIACRITICS.test(lower)) return scores;
	for (const lang of LANGUAGES) {
		scores[lang] += DIACRITIC_WEIGHT * (lower.match(DIACRITICS[lang])?.length ?? 0);
	}
	return scores;
}

/** Detects English, Spanish, French or Portuguese; null when the evidence is absent or tied. */
export function detectLanguage(text: string): Language | null {
	if (typeof text !== 'string' || text.length === 0) return null;
	const scores = languageScores(text);
	// the highest score (its first language on a tie) and the next highest
	let best: Language = LANGUAGES[0];
	for (const l of LANGUAGES) if (scores[l] > scores[best]) best = l;
	let second = -Infinity;
	for (const l of LANGUAGES) if (l !== best && scores[l] > second) second = scores[l];
	if (scores[best] < MIN_EVIDENCE || scores[best] < LEAD_RATIO * second || scores[best] === second)
		return null;
	return best;
}
