/** What valid manifesto edits are: pointers, sections, actions and statement outcomes, as zod schemas whose messages are error codes. */
import { z } from 'zod';
import { normaliseText, fieldErrors, type FieldErrors } from './statement-rules';
import { ACTION_STATUSES } from './manifesto';

export const POINTER_TITLE_MAX = 200;
export const POINTER_BODY_MAX = 4000;
export const SECTION_TITLE_MAX = 120;
export const ACTION_TEXT_MAX = 500;
export const ACTION_FIELD_MAX = 120;
export const PARK_REASON_MAX = 300;

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** One line of text: no line breaks or control characters, at most `max` characters. */
const line = (max: number, required: boolean) =>
	z
		.unknown()
		.optional()
		.transform((v) => normaliseText(typeof v === 'string' ? v : ''))
		.superRefine((v, ctx) => {
			if (CONTROL.test(v) || v.includes('\n')) ctx.addIssue({ code: 'custom', message: 'control_chars' });
			else if (required && v.length === 0) ctx.addIssue({ code: 'custom', message: 'required' });
			else if (v.length > max) ctx.addIssue({ code: 'custom', message: 'too_long' });
		});

/** Text over several lines (the pointer body's Markdown), at most `max` characters. */
const block = (max: number) =>
	z
		.unknown()
		.optional()
		.transform((v) => normaliseText(typeof v === 'string' ? v : ''))
		.superRefine((v, ctx) => {
			if (CONTROL.test(v)) ctx.addIssue({ code: 'custom', message: 'control_chars' });
			else if (v.length > max) ctx.addIssue({ code: 'custom', message: 'too_long' });
		});

export const pointerInput = z.object({ title: line(POINTER_TITLE_MAX, true), body: block(POINTER_BODY_MAX) });
export const sectionInput = z.object({ title: line(SECTION_TITLE_MAX, true) });
export const actionInput = z.object({
	description: line(ACTION_TEXT_MAX, true),
	organisation: line(ACTION_FIELD_MAX, false),
	timeline: line(ACTION_FIELD_MAX, false),
	status: z.enum(ACTION_STATUSES, { error: 'invalid' })
});
export const outcomeInput = z
	.object({ outcome: z.enum(['paper', 'parked', 'undecided'], { error: 'invalid' }), reason: line(PARK_REASON_MAX, false) })
	.superRefine((v, ctx) => {
		if (v.outcome === 'parked' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason_required' });
	});

/** Parses with a schema: the normalised values, or one error code per field. */
export function check<T>(schema: z.ZodType<T>, raw: unknown): { ok: true; value: T } | { ok: false; errors: FieldErrors } {
	const r = schema.safeParse(raw);
	return r.success ? { ok: true, value: r.data } : { ok: false, errors: fieldErrors(r.error) };
}
