/** The statement rules of `statement-rules.ts` as a zod schema whose messages are error codes. */
import { z } from 'zod';
import { STATEMENT_TEXT, STATEMENT_TITLE } from './statement-rules';
import { check, textField } from './text-schema';
import type { FieldErrors } from './text';

/** A statement as typed in the form. */
export const statementInput = z.object({
	text: textField(STATEMENT_TEXT.rule, STATEMENT_TEXT.codes),
	title: textField(STATEMENT_TITLE.rule, STATEMENT_TITLE.codes)
});
export type StatementInput = z.output<typeof statementInput>;

/** Validates one statement; the values come back normalised. */
export function checkStatement(raw: {
	text?: unknown;
	title?: unknown;
}): { ok: true; value: StatementInput } | { ok: false; errors: FieldErrors } {
	return check(statementInput, { text: raw.text, title: raw.title });
}
