/**
 * What a valid issue statement is: its limits and text rules, plain, so the rapporteur's page can
 * show them without zod; `statement-schema.ts` builds the schema the services validate with.
 */
import type { TextCodes, TextRule } from './text';

export const TEXT_MIN = 10;
export const TEXT_MAX = 1000;
export const TITLE_MAX = 120;
/** A pasted batch or CSV larger than this is more than one breakout writes; refuse it whole. */
export const BATCH_MAX = 300;
/**
 * Shorter than this, a text being typed is compared with nothing: a few words match half the
 * event on a shared word and the hints would only flicker.
 */
export const SIMILAR_MIN = 25;

/** The statement's text: a block of TEXT_MIN to TEXT_MAX characters. */
export const STATEMENT_TEXT: { rule: TextRule; codes: TextCodes } = {
	rule: { kind: 'block', min: TEXT_MIN, max: TEXT_MAX },
	codes: { too_short: 'text_too_short', too_long: 'text_too_long' }
};

/** Its optional title: one line of at most TITLE_MAX characters. */
export const STATEMENT_TITLE: { rule: TextRule; codes: TextCodes } = {
	rule: { kind: 'line', min: 0, max: TITLE_MAX },
	codes: { too_long: 'title_too_long' }
};
