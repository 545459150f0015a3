/**
 * The one home of the rules every piece of user text follows: how it is normalised, which
 * characters it may hold, and its length; and how a form's failures become one error code per
 * field. Forms, services and the event file all use these, so what one accepts the others accept
 * too.
 */
import { z } from 'zod';

// C0 controls but tab and line feed (CR included: text is normalised first), DEL, C1 controls
// and the noncharacters U+FFFE/U+FFFF: invisible, and they break exports (XML, CSV, JSON) or a
// screen reader.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
// Half of a surrogate pair without its other half is no character, and no UTF-8 can carry it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every line ending (CRLF, a lone CR) as a line feed. */
export function unifyLineEndings(value: string): string {
	return value.replace(/\r\n?/g, '\n');
}

/** Line endings unified and Unicode composed, so equal-looking texts compare equal. */
export function normaliseText(value: string): string {
	return unifyLineEndings(value).normalize('NFC').trim();
}

/** True when a block of text holds a control character other than tab and line feed. */
export function hasBlockControl(value: string): boolean {
	return INVISIBLE.test(value) || LONE_SURROGATE.test(value);
}

/** True when a one-line text holds a control character, a tab or a line break. */
export function hasLineControl(value: string): boolean {
	return /[\t\n]/.test(value) || hasBlockControl(value);
}

/** Error codes of the text rules, which the interface turns into words. */
export type TextError = 'required' | 'control_chars' | 'too_long' | 'too_short';

export interface TextRule {
	/** at most this many characters (after normalising) */
	max: number;
	/** at least this many; 1 means required */
	min?: number;
	/** one line (a name, a title, a label) or a block of text over several lines */
	kind: 'line' | 'block';
}

/** The first rule a normalised text breaks, or null when it keeps them all. */
export function textError(value: string, rule: TextRule): TextError | null {
	if (rule.kind === 'line' ? hasLineControl(value) : hasBlockControl(value)) return 'control_chars';
	const min = rule.min ?? 0;
	if (min > 0 && value.length === 0) return 'required';
	if (value.length < min) return 'too_short';
	if (value.length > rule.max) return 'too_long';
	return null;
}

/** Codes to report instead of the generic ones, per field (for example `title_too_long`). */
export type TextCodes = Partial<Record<TextError, string>>;

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

/** Validates a form against its schema: the normalised values, or one error code per field. */
export function check<T extends z.ZodType>(
	schema: T,
	raw: unknown
): { ok: true; value: z.output<T> } | { ok: false; errors: FieldErrors } {
	const r = schema.safeParse(raw);
	return r.success ? { ok: true, value: r.data } : { ok: false, errors: fieldErrors(r.error) };
}
