/** The lengths of what a facilitator types about a theme, shared by the services and the event file. */

/** A theme's name: a phrase or a short sentence, shown on the board and on every phone. */
export const THEME_LABEL_MAX = 120;
/** A theme's description: a paragraph or two, shown beside its statements. */
export const THEME_DESCRIPTION_MAX = 1000;

/** Most themes a facilitator may ask the engine for: more than a board or a ballot can show. */
export const THEMES_WANTED_MAX = 60;
/**
 * Above this many statements themes are grouped by words alone: their sentence vectors (about 50 a
 * second on two cores, 40 s for 2,000) are made at the first proposal, within an engine run's time
 * limit (180 s) on a slower machine too, and with meaning the engine takes seconds where the words
 * take a fraction of one (services/meaning.ts, docs/theme-engine.md).
 */
export const MEANING_LIMIT = 2000;

/** The facilitator's "themes wanted": empty is 'auto', a whole number 1..THEMES_WANTED_MAX, else null. */
export function parseThemesWanted(raw: string | null | undefined): number | 'auto' | null {
	const t = (raw ?? '').trim();
	if (t === '') return 'auto';
	if (!/^\d{1,3}$/.test(t)) return null;
	const k = Number(t);
	return k >= 1 && k <= THEMES_WANTED_MAX ? k : null;
}
