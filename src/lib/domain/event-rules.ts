/** What valid event details and sector names are, as zod schemas whose messages are error codes. */
import { z } from 'zod';
import { fieldErrors, normaliseText, type FieldErrors } from './statement-rules';

export const EVENT_NAME_MAX = 120;
export const EVENT_DESCRIPTION_MAX = 2000;
export const PLACE_MAX = 120;
export const SECTOR_NAME_MAX = 40;
/** More sectors than this no longer fit a legend or a room. */
export const SECTORS_MAX = 24;

const CONTROL_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

const line = (max: number, required: boolean) =>
	z
		.string()
		.optional()
		.transform((v) => normaliseText(v ?? ''))
		.superRefine((v, ctx) => {
			if (CONTROL_LINE.test(v)) ctx.addIssue({ code: 'custom', message: 'control_chars' });
			else if (required && v.length === 0) ctx.addIssue({ code: 'custom', message: 'required' });
			else if (v.length > max) ctx.addIssue({ code: 'custom', message: 'too_long' });
		});

const date = z
	.string()
	.optional()
	.transform((v) => (v ?? '').trim() || null)
	.refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), { message: 'bad_date' });

/** The details a facilitator edits. */
export const eventDetailsInput = z
	.object({
		name: line(EVENT_NAME_MAX, true),
		place: line(PLACE_MAX, false),
		description: z
			.string()
			.optional()
			.transform((v) => normaliseText(v ?? ''))
			.superRefine((v, ctx) => {
				if (CONTROL_TEXT.test(v)) ctx.addIssue({ code: 'custom', message: 'control_chars' });
				else if (v.length > EVENT_DESCRIPTION_MAX) ctx.addIssue({ code: 'custom', message: 'too_long' });
			}),
		startsOn: date,
		endsOn: date
	})
	.superRefine((v, ctx) => {
		if (v.startsOn && v.endsOn && v.endsOn < v.startsOn)
			ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'ends_before_start' });
	});
export type EventDetailsInput = z.output<typeof eventDetailsInput>;

/** A sector name. */
export const sectorNameInput = z.object({ name: line(SECTOR_NAME_MAX, true) });

/** Validates any schema, returning the value or one error code per field. */
export function check<T extends z.ZodType>(
	schema: T,
	raw: unknown
): { ok: true; value: z.output<T> } | { ok: false; errors: FieldErrors } {
	const r = schema.safeParse(raw);
	return r.success ? { ok: true, value: r.data } : { ok: false, errors: fieldErrors(r.error) };
}

/** A URL-safe slug from a name, with a suffix that keeps it unique. */
export function slugify(name: string, suffix: string): string {
	const base = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
	return [base || 'event', suffix].filter(Boolean).join('-');
}
