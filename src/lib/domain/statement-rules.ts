/** What a valid issue statement is, as zod schemas whose messages are error codes. */
import { z } from 'zod';
import { check, line, textField, type FieldErrors } from './text';

export const TEXT_MIN = 10;
export const TEXT_MAX = 1000;
export const TITLE_MAX = 120;
/** A pasted batch or CSV larger than this is more than one breakout writes; refuse it whole. */
export const BATCH_MAX = 300;

/** A statement as typed in the form. */
export const statementInput = z.object({
	text: textField(
		{ kind: 'block', min: TEXT_MIN, max: TEXT_MAX },
		{ too_short: 'text_too_short', too_long: 'text_too_long' }
	),
	title: line(TITLE_MAX, false, { too_long: 'title_too_long' })
});
export type StatementInput = z.output<typeof statementInput>;

/** Validates one statement; the values come back normalised. */
export function checkStatement(raw: {
	text?: unknown;
	title?: unknown;
}): { ok: true; value: StatementInput } | { ok: false; errors: FieldErrors } {
	return check(statementInput, { text: raw.text, title: raw.title });
}
