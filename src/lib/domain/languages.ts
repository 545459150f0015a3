/**
 * Languages of content (what people write, in any language), as opposed to the interface's five:
 * codes, their names in the reader's language, and their writing direction, all from the platform's
 * Intl data rather than lists of our own.
 */

/** The most languages one event names (the workshop that began this worked in five). */
export const EVENT_LANGUAGES_MAX = 12;

/** A two- or three-letter language code (ISO 639) the platform can name: "th", "es", "fil". */
export function isLanguageCode(code: unknown): code is string {
	if (typeof code !== 'string' || !/^[a-z]{2,3}$/.test(code)) return false;
	try {
		return (
			new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code) !== undefined
		);
	} catch {
		return false;
	}
}

/**
 * A language's name in the reader's language: "Tailandés" for th to a Spanish reader, as a list
 * shows it, or "tailandés" as it reads inside a sentence (`inSentence`).
 */
export function languageName(code: string, locale: string, inSentence = false): string {
	try {
		const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
		if (inSentence) return name;
		return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
	} catch {
		return code;
	}
}

/**
 * Codes a language detector may know that no room of speakers writes in: constructed languages
 * (Esperanto, Volapük, Klingon, Interlingua, Interlingue, Ido, Lojban, Toki Pona, Novial, Lingua
 * Franca Nova) and Latin, which is read but no longer spoken.
 */
const NOT_LIVING = new Set(['eo', 'vo', 'tlh', 'ia', 'ie', 'io', 'jbo', 'tok', 'nov', 'lfn', 'la']);

/**
 * The languages an event may choose from, as `{ code, name }` in the reader's language: the
 * event's own first, in its order, then the living languages among `known` that the reader's
 * locale can name, sorted by name as that locale sorts.
 */
export function languageChoices(
	known: readonly string[],
	chosen: readonly string[],
	locale: string
): { code: string; name: string }[] {
	const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
	const nameOf = (code: string) => {
		try {
			return names.of(code);
		} catch {
			return undefined;
		}
	};
	const own = new Set(chosen);
	const collator = new Intl.Collator(locale);
	const rest = [...new Set(known)]
		.filter((code) => !own.has(code) && !NOT_LIVING.has(code) && nameOf(code))
		.map((code) => ({ code, name: languageName(code, locale) }))
		.sort((a, b) => collator.compare(a.name, b.name));
	return [...own].map((code) => ({ code, name: languageName(code, locale) })).concat(rest);
}

/** Scripts written right to left (ISO 15924); the locale data's own direction is used beside it. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand']);

/** Which way a language is written: 'rtl' for Arabic, Hebrew, Urdu…; 'ltr' otherwise. */
export function textDirection(code: string | null | undefined): 'ltr' | 'rtl' {
	if (!code) return 'ltr';
	try {
		const locale = new Intl.Locale(code).maximize() as Intl.Locale & {
			textInfo?: { direction?: string };
		};
		if (locale.script && RTL_SCRIPTS.has(locale.script)) return 'rtl';
		return locale.textInfo?.direction === 'rtl' ? 'rtl' : 'ltr';
	} catch {
		return 'ltr';
	}
}

/**
 * The attributes of an element holding user text: its language when known (screen readers then
 * read it with the right voice) and its direction (from the language, else from the text itself).
 */
export function textAttributes(lang: string | null | undefined): {
	lang?: string;
	dir: 'ltr' | 'rtl' | 'auto';
} {
	return lang ? { lang, dir: textDirection(lang) } : { dir: 'auto' };
}
