/** What valid event details and sector names are, as zod schemas whose messages are error codes. */
import { z } from 'zod';
import { block, line } from './text-schema';
import {
	EVENT_DESCRIPTION_MAX,
	EVENT_NAME_MAX,
	isTimeZone,
	PLACE_MAX,
	SECTOR_NAME_MAX
} from './event-rules';
import { EVENT_LANGUAGES_MAX, isLanguageCode } from './languages';

const date = z
	.string()
	.optional()
	.transform((v) => (v ?? '').trim() || null)
	.refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), {
		message: 'bad_date'
	});

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

/**
 * The languages of the event (the ticked codes, each once) and its working language, which must be
 * one of them. No languages at all is allowed: the event then has none set.
 */
export const eventLanguagesInput = z
	.object({
		languages: z
			.array(z.string(), { error: 'bad_language' })
			.transform((codes) => [...new Set(codes.map((c) => c.trim()))])
			.refine((codes) => codes.length <= EVENT_LANGUAGES_MAX, { message: 'too_many_languages' })
			.refine((codes) => codes.every(isLanguageCode), { message: 'bad_language' }),
		workingLanguage: z
			.string()
			.optional()
			.transform((v) => (v ?? '').trim() || null)
	})
	.superRefine((v, ctx) => {
		if (v.workingLanguage !== null && !v.languages.includes(v.workingLanguage))
			ctx.addIssue({ code: 'custom', path: ['workingLanguage'], message: 'working_not_listed' });
	});
