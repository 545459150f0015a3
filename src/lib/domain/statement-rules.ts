/** What a valid issue statement is, as zod schemas whose messages are error codes. */
import { z } from 'zod';

export const TEXT_MIN = 10;
export const TEXT_MAX = 1000;
export const TITLE_MAX = 120;
/** A pasted batch or CSV larger than this is more than one breakout writes; refuse it whole. */
export const BATCH_MAX = 300;

// C0 controls except tab and newline, DEL, and C1 controls: invisible, and break exports.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Line endings unified and Unicode composed, so equal-looking texts compare equal. */
export function normaliseText(value: string): string {
	return value.replace(/\r\n?/g, '\n').normalize('NFC').trim();
}

const text = z
	.string({ error: 'required' })
	.transform(normaliseText)
	.superRefine((v, ctx) => {
		if (CONTROL.test(v)) ctx.addIssue({ code: 'custom', message: 'control_chars' });
		else if (v.length === 0) ctx.addIssue({ code: 'custom', message: 'required' });
		else if (v.length < TEXT_MIN) ctx.addIssue({ code: 'custom', message: 'text_too_short' });
		else if (v.length > TEXT_MAX) ctx.addIssue({ code: 'custom', message: 'text_too_long' });
	});

const title = z
	.string()
	.optional()
	.transform((v) => normaliseText(v ?? ''))
	.superRefine((v, ctx) => {
		if (CONTROL.test(v) || v.includes('\n')) ctx.addIssue({ code: 'custom', message: 'control_chars' });
		else if (v.length > TITLE_MAX) ctx.addIssue({ code: 'custom', message: 'title_too_long' });
	});

/** A statement as typed in the form. */
export const statementInput = z.object({ text, title });
export type StatementInput = z.output<typeof statementInput>;

/** Field name → error code, the first problem of each field. */
export type FieldErrors = Record<string, string>;

/** Flattens a zod error into one code per field. */
export function fieldErrors(error: z.ZodError): FieldErrors {
	const out: FieldErrors = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		out[field] ??= issue.message;
	}
	return out;
}

/** Validates one statement; the values come back normalised. */
export function checkStatement(
	raw: { text?: unknown; title?: unknown }
): { ok: true; value: StatementInput } | { ok: false; errors: FieldErrors } {
	const result = statementInput.safeParse({
		text: typeof raw.text === 'string' ? raw.text : undefined,
		title: typeof raw.title === 'string' ? raw.title : undefined
	});
	return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}
