/**
 * The form that writes one translation of the event's text, as a zod schema (services only):
 * the same length and line rules as the piece it translates.
 */
import { z } from 'zod';
import { block, line } from './text-schema';
import { EVENT_DESCRIPTION_MAX, EVENT_NAME_MAX, SECTOR_NAME_MAX } from './event-rules';
import { THEME_DESCRIPTION_MAX, THEME_LABEL_MAX } from './theme-rules';
import {
	ACTION_TEXT_MAX,
	POINTER_BODY_MAX,
	POINTER_TITLE_MAX,
	SECTION_TITLE_MAX
} from './manifesto-rules';
import { CONTENT_KINDS, type ContentField, type ContentKind } from './content-translation';

/** The rule each translated field keeps: the original's. */
const RULES: Record<`${ContentKind}.${ContentField}`, ReturnType<typeof line> | undefined> = {
	'event.name': line(EVENT_NAME_MAX),
	'event.description': block(EVENT_DESCRIPTION_MAX),
	'sector.name': line(SECTOR_NAME_MAX),
	'theme.label': line(THEME_LABEL_MAX),
	'theme.description': block(THEME_DESCRIPTION_MAX),
	'section.title': line(SECTION_TITLE_MAX),
	'pointer.title': line(POINTER_TITLE_MAX),
	'pointer.body': block(POINTER_BODY_MAX),
	'action.description': line(ACTION_TEXT_MAX)
} as never;

/** The rule of one kind's field, or undefined when that kind has no such field. */
export const ruleOf = (kind: ContentKind, field: ContentField) => RULES[`${kind}.${field}`];

/** Which piece, in which language, and the original the translator saw (a stale form is refused). */
export const translationTarget = z.object({
	kind: z.enum(CONTENT_KINDS, { message: 'invalid' }),
	refId: z.coerce.number({ message: 'invalid' }).int('invalid').min(0, 'invalid'),
	field: z.enum(['name', 'description', 'label', 'title', 'body'], { message: 'invalid' }),
	lang: z.string({ message: 'invalid' }).regex(/^[a-z]{2,3}$/, 'invalid'),
	// a form sends its line breaks as CR LF: compared as they are stored
	source: z
		.string({ message: 'invalid' })
		.max(POINTER_BODY_MAX * 2, 'invalid')
		.transform((s) => s.replace(/\r\n?/g, '\n'))
});
