/**
 * The text rules of `text.ts` as zod schemas, and how a form's failures become one error code per
 * field. The services validate forms with these; the browser never needs them (it runs the plain
 * rules of `text.ts`), so zod stays out of its bundle.
 */
import { z } from 'zod';
import { normaliseText, textError, type FieldErrors, type TextCodes, type TextRule } from './text';

/**
 * A zod schema for a form field under a text rule: anything but a string reads as empty, the
 * value comes back normalised, and the issue's message is the error code.
 */
export function textField(rule: TextRule, codes: TextCodes = {}) {
	return z
		.unknown()
		.optional()
		.transform((v) => normaliseText(typeof v === 'string' ? v : ''))
		.superRefine((v, ctx) => {
			const e = textError(v, rule);
			if (e) ctx.addIssue({ code: 'custom', message: codes[e] ?? e });
		});
}

/** One line of at most `max` characters; `required` needs at least one. */
export const line = (max: number, required = false, codes?: TextCodes) =>
	textField({ kind: 'line', max, min: required ? 1 : 0 }, codes);

/** A block of text over several lines, of at most `max` characters. */
export const block = (max: number, required = false, codes?: TextCodes) =>
	textField({ kind: 'block', max, min: required ? 1 : 0 }, codes);

/** Flattens a zod error into one code per field. */
export function fieldErrors(error: z.ZodError): FieldErrors {
	const out: FieldErrors = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		out[field] ??= issue.message;
	}
	return out;
}

/** Validates a form against its schema: the normalised values, or one error code per field. */
export function check<T extends z.ZodType>(
	schema: T,
	raw: unknown
): { ok: true; value: z.output<T> } | { ok: false; errors: FieldErrors } {
	const r = schema.safeParse(raw);
	return r.success ? { ok: true, value: r.data } : { ok: false, errors: fieldErrors(r.error) };
}
