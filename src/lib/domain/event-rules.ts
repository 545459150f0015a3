/** What valid event details and sector names are, as zod schemas whose messages are error codes. */
import { z } from 'zod';
import { block, line } from './text-schema';

export const EVENT_NAME_MAX = 120;
export const EVENT_DESCRIPTION_MAX = 2000;
export const PLACE_MAX = 120;
export const SECTOR_NAME_MAX = 40;
/** The name a person gives themselves in an event. */
export const DISPLAY_NAME_MAX = 60;
/** The facilitator's note on a rapporteur link ("second table"). */
export const LINK_LABEL_MAX = 60;
/** More sectors than this no longer fit a legend or a room. */
export const SECTORS_MAX = 24;

const date = z
	.string()
	.optional()
	.transform((v) => (v ?? '').trim() || null)
	.refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), {
		message: 'bad_date'
	});

/** True for an IANA time zone name this runtime knows, such as Asia/Bangkok or UTC. */
export function isTimeZone(value: unknown): value is string {
	if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(value)) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: value });
		return true;
	} catch {
		return false;
	}
}

/** The time zones a facilitator can choose from, UTC first. */
export function timeZoneChoices(): string[] {
	return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
}

const timeZone = z
	.string()
	.optional()
	.transform((v) => (v ?? '').trim() || null)
	.refine((v) => v === null || isTimeZone(v), { message: 'bad_time_zone' });

/** The details a facilitator edits. */
export const eventDetailsInput = z
	.object({
		name: line(EVENT_NAME_MAX, true),
		place: line(PLACE_MAX),
		description: block(EVENT_DESCRIPTION_MAX),
		startsOn: date,
		endsOn: date,
		timeZone
	})
	.superRefine((v, ctx) => {
		if (v.startsOn && v.endsOn && v.endsOn < v.startsOn)
			ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'ends_before_start' });
	});
export type EventDetailsInput = z.output<typeof eventDetailsInput>;

/** A sector name. */
export const sectorNameInput = z.object({ name: line(SECTOR_NAME_MAX, true) });

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
