/**
 * The shape of an event file: one event with everything in it, as plain JSON, for backups and for
 * moving an event between instances. Ids are local to the file (1..n per list); instance secrets
 * (links, sessions) and the change log are not part of it (nor what stands on the change log: the
 * closed sessions of the "since" view and the rapporteurs' answers to curation steps). Published
 * versions of the manifesto are. Every field is checked against the
 * app's own rules, so an imported event is one the app could have written itself.
 */
import { z } from 'zod';
import { PHASES, ROLES } from './types';
import {
	DISPLAY_NAME_MAX,
	EVENT_DESCRIPTION_MAX,
	EVENT_NAME_MAX,
	PLACE_MAX,
	SECTOR_NAME_MAX,
	SECTORS_MAX,
	isTimeZone
} from './event-rules';
import { THEME_DESCRIPTION_MAX, THEME_LABEL_MAX } from './theme-rules';
import { TEXT_MAX, TITLE_MAX } from './statement-rules';
import { REASON_MAX, ROUND_TITLE_MAX, VOTE_METHODS } from './ballot-rules';
import { ACTION_STATUSES } from './manifesto';
import {
	ACTION_FIELD_MAX,
	ACTION_TEXT_MAX,
	PARK_REASON_MAX,
	POINTER_BODY_MAX,
	POINTER_TITLE_MAX,
	SECTION_TITLE_MAX,
	CHANGE_NOTE_MAX
} from './manifesto-rules';
import { isHexColour } from './sectors';
import { hasBlockControl, hasLineControl } from './text';
import { EVENT_LANGUAGES_MAX, isLanguageCode } from './languages';
import { CONTENT_FIELDS, CONTENT_KINDS } from './content-translation';

export const EVENT_FILE_FORMAT = 'converge-event';
export const EVENT_FILE_VERSION = 1;

/** An event's address: what `slugify` makes, and what a person may choose for an import. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 60;

/** True when the value can be an event's address. */
export function isSlug(value: unknown): value is string {
	return typeof value === 'string' && value.length <= SLUG_MAX && SLUG_PATTERN.test(value);
}

/** Key phrases and shared terms are a handful of words each; more is not something the engine writes. */
const TERMS_MAX = 50;
const TERM_MAX = 200;

/**
 * The most rows of each list a file may hold: far above a large gathering (a few thousand
 * statements, a thousand voters), low enough that a hostile file cannot make the import run for long.
 */
export const ROW_LIMITS = {
	sectors: SECTORS_MAX,
	participants: 100_000,
	statements: 100_000,
	themes: 20_000,
	themeMembers: 200_000,
	rounds: 1_000,
	roundThemes: 100_000,
	ballots: 500_000,
	ballotEntries: 2_000_000,
	manifestoSections: 1_000,
	pointers: 10_000,
	pointerThemes: 50_000,
	pointerActions: 50_000,
	statementOutcomes: 100_000,
	manifestoVersions: 1_000,
	statementRenderings: 100_000,
	contentTranslations: 200_000
} as const;
export type EventFileList = keyof typeof ROW_LIMITS;

// Stored text is checked as the app keeps it, not normalised: a block may hold CR besides tab and
// line feed, because a theme description was once stored as the browser posted it (CRLF) and a
// promoted pointer starts as a copy of it.
const line = (max: number, min = 0) =>
	z
		.string({ error: 'text' })
		.min(min)
		.max(max)
		.refine((v) => !hasLineControl(v), 'text without control characters or line breaks');
const text = (max: number, min = 0) =>
	z
		.string({ error: 'text' })
		.min(min)
		.max(max)
		.refine((v) => !hasBlockControl(v.replaceAll('\r', '')), 'text without control characters');

const id = z.int({ error: 'a positive whole number' }).min(1, 'a positive whole number');
const ref = id;
const optionalRef = id.nullable();
const position = z.int({ error: 'a whole number from 0' }).min(0, 'a whole number from 0');
const flag = z.boolean({ error: 'true or false' });
const score = z.number({ error: 'a number' });
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, { error: `one of ${values.join(', ')}` });

// Times are written by the app as ISO-8601 UTC (`new Date().toISOString()`).
const time = z
	.string({ error: 'a time' })
	.max(40)
	.refine(
		(v) =>
			/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(v) && !Number.isNaN(Date.parse(v)),
		'an ISO 8601 UTC time'
	);
const optionalTime = time.nullable();
const day = z
	.string({ error: 'a date' })
	.refine(
		(v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
		'a date (YYYY-MM-DD)'
	)
	.nullable();
const terms = z.array(line(TERM_MAX, 1), { error: 'a list of words' }).max(TERMS_MAX);
const actorType = oneOf(['sectoral', 'digital']).nullable();

const event = z.strictObject({
	slug: z
		.string({ error: 'text' })
		.max(SLUG_MAX)
		.regex(SLUG_PATTERN, 'lower-case letters, digits and single hyphens'),
	name: line(EVENT_NAME_MAX, 1),
	description: text(EVENT_DESCRIPTION_MAX),
	place: line(PLACE_MAX),
	startsOn: day,
	endsOn: day,
	phase: oneOf(PHASES),
	submissionsReopened: flag,
	manifestoPublishedAt: optionalTime,
	// added after version 1 was first written: a file without it is read as "the server's zone"
	timeZone: z
		.string({ error: 'a time zone' })
		.refine(isTimeZone, 'an IANA time zone such as Asia/Bangkok')
		.nullable()
		.optional(),
	// added after version 1 was first written: a file without them names no languages
	languages: z
		.array(
			z.string({ error: 'a language code' }).refine(isLanguageCode, 'a language code such as th'),
			{ error: 'a list of language codes' }
		)
		.max(EVENT_LANGUAGES_MAX)
		.default([]),
	workingLanguage: z
		.string({ error: 'a language code' })
		.refine(isLanguageCode, 'a language code such as th')
		.nullable()
		.default(null),
	createdAt: time,
	updatedAt: time
});

const sector = z.strictObject({
	id,
	name: line(SECTOR_NAME_MAX, 1),
	colour: z.string({ error: 'a colour' }).refine(isHexColour, 'a colour such as #0072b2'),
	position,
	createdAt: time
});

const participant = z.strictObject({
	id,
	role: oneOf(ROLES),
	sectorId: optionalRef,
	declaredSectorId: optionalRef,
	actorType,
	displayName: line(DISPLAY_NAME_MAX),
	createdAt: time,
	lastSeenAt: time
});

const statement = z.strictObject({
	id,
	sectorId: ref,
	title: line(TITLE_MAX),
	text: text(TEXT_MAX, 1),
	lang: z
		.string({ error: 'a language code' })
		.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language code such as en')
		.max(35)
		.nullable(),
	authorId: optionalRef,
	source: oneOf(['form', 'paste', 'csv', 'demo', 'import']),
	actorType,
	createdAt: time,
	updatedAt: time,
	withdrawnAt: optionalTime,
	withdrawnBy: optionalRef
});

const theme = z.strictObject({
	id,
	label: line(THEME_LABEL_MAX, 1),
	// typed in a textarea and stored as posted (line breaks may be CRLF), which `text` allows
	description: text(THEME_DESCRIPTION_MAX),
	status: oneOf(['proposed', 'accepted', 'locked', 'discarded']),
	origin: oneOf(['engine', 'manual']),
	keyPhrases: terms,
	representativeId: optionalRef,
	crossSector: score,
	cohesion: score,
	// touched by a person (a file written before this field existed reads as untouched)
	edited: flag.default(false),
	version: id,
	createdAt: time,
	updatedAt: time
});

const themeMember = z.strictObject({
	themeId: ref,
	statementId: ref,
	similarity: score.nullable(),
	sharedTerms: terms,
	origin: oneOf(['engine', 'manual']),
	createdAt: time
});

const count = (max: number) =>
	z
		.int({ error: `a whole number from 1 to ${max}` })
		.min(1)
		.max(max);
const roundSettings = z.strictObject({
	dotsPerPerson: count(50).optional(),
	maxDotsPerTheme: count(50).optional(),
	prioritySignal: flag.optional(),
	timerMinutes: count(240).optional()
});

const round = z.strictObject({
	id,
	title: line(ROUND_TITLE_MAX, 1),
	method: oneOf(VOTE_METHODS),
	settings: roundSettings,
	resultsVisibility: oneOf(['live', 'on_close']),
	status: oneOf(['draft', 'open', 'closed']),
	openedAt: optionalTime,
	closesAt: optionalTime,
	closedAt: optionalTime,
	createdAt: time
});

const roundTheme = z.strictObject({ roundId: ref, themeId: ref, position });

const ballot = z.strictObject({
	id,
	roundId: ref,
	participantId: ref,
	isProxy: flag,
	recordedBy: optionalRef,
	createdAt: time,
	updatedAt: time
});

const ballotEntry = z.strictObject({
	ballotId: ref,
	themeId: ref,
	value: z.int({ error: 'a whole number' }).min(-1000).max(1000),
	priority: flag,
	// the exact rule (code points, blocks only) is checked with the round's rules afterwards
	reason: z.string({ error: 'text' }).max(REASON_MAX * 2)
});

const manifestoSection = z.strictObject({
	id,
	title: line(SECTION_TITLE_MAX, 1),
	position,
	createdAt: time,
	updatedAt: time
});

const pointer = z.strictObject({
	id,
	sectionId: optionalRef,
	title: line(POINTER_TITLE_MAX, 1),
	body: text(POINTER_BODY_MAX),
	position,
	createdAt: time,
	updatedAt: time
});

const pointerTheme = z.strictObject({ pointerId: ref, themeId: ref, roundId: optionalRef });

const pointerAction = z.strictObject({
	id,
	pointerId: ref,
	description: line(ACTION_TEXT_MAX, 1),
	organisation: line(ACTION_FIELD_MAX),
	timeline: line(ACTION_FIELD_MAX),
	status: oneOf(ACTION_STATUSES),
	position,
	createdAt: time,
	updatedAt: time
});

const statementOutcome = z
	.strictObject({
		statementId: ref,
		outcome: oneOf(['paper', 'parked']),
		reason: line(PARK_REASON_MAX),
		decidedBy: optionalRef,
		decidedAt: time
	})
	.refine((o) => o.outcome === 'paper' || o.reason.length > 0, {
		path: ['reason'],
		message: 'a reason, as the statement is parked'
	});

// A published version holds the manifesto as it stood (see ManifestoInput in manifesto.ts). Its
// ids are those of the file where the row still exists, and numbers after the file's rows for rows
// removed since; they are checked against the version itself, not the event's lists.
const ids = z.array(id, { error: 'a list of ids' }).max(ROW_LIMITS.statements);
const frozenManifesto = z.strictObject({
	event: z.strictObject({
		name: line(EVENT_NAME_MAX, 1),
		slug: z.string({ error: 'text' }).max(SLUG_MAX).regex(SLUG_PATTERN, 'an event address'),
		description: text(EVENT_DESCRIPTION_MAX),
		place: line(PLACE_MAX),
		startsOn: day,
		endsOn: day
	}),
	sectors: z
		.array(
			z.strictObject({
				id,
				name: line(SECTOR_NAME_MAX, 1),
				colour: z.string({ error: 'a colour' }).refine(isHexColour, 'a colour such as #0072b2')
			})
		)
		.max(SECTORS_MAX),
	statements: z
		.array(
			z.strictObject({
				id,
				sectorId: ref,
				title: line(TITLE_MAX),
				text: text(TEXT_MAX, 1),
				actorType
			})
		)
		.max(ROW_LIMITS.statements),
	themes: z
		.array(z.strictObject({ id, label: line(THEME_LABEL_MAX, 1), memberIds: ids }))
		.max(ROW_LIMITS.themes),
	sections: z
		.array(z.strictObject({ id, title: line(SECTION_TITLE_MAX, 1), position }))
		.max(ROW_LIMITS.manifestoSections),
	pointers: z
		.array(
			z.strictObject({
				id,
				sectionId: optionalRef,
				title: line(POINTER_TITLE_MAX, 1),
				body: text(POINTER_BODY_MAX),
				position,
				themeIds: ids,
				roundIds: ids
			})
		)
		.max(ROW_LIMITS.pointers),
	actions: z
		.array(
			z.strictObject({
				id,
				pointerId: ref,
				description: line(ACTION_TEXT_MAX, 1),
				organisation: line(ACTION_FIELD_MAX),
				timeline: line(ACTION_FIELD_MAX),
				status: oneOf(ACTION_STATUSES),
				position
			})
		)
		.max(ROW_LIMITS.pointerActions),
	outcomes: z
		.array(
			z.strictObject({
				statementId: ref,
				outcome: oneOf(['paper', 'parked']),
				reason: line(PARK_REASON_MAX)
			})
		)
		.max(ROW_LIMITS.statementOutcomes),
	votes: z
		.array(
			z.strictObject({
				roundId: ref,
				roundTitle: line(ROUND_TITLE_MAX, 1),
				method: oneOf(VOTE_METHODS),
				themeId: ref,
				rank: id,
				of: id,
				tied: flag,
				ballots: position,
				marks: position,
				score,
				blocks: position,
				marksBySector: z.record(z.string().regex(/^[1-9]\d{0,9}$/, 'a sector id'), position)
			})
		)
		.max(ROW_LIMITS.roundThemes)
});

const manifestoVersion = z.strictObject({
	number: id,
	publishedAt: time,
	publishedBy: optionalRef,
	changeNote: text(CHANGE_NOTE_MAX),
	manifesto: frozenManifesto
});

const statementRendering = z.strictObject({
	statementId: ref,
	lang: z.string({ error: 'a language code' }).refine(isLanguageCode, 'a language code such as en'),
	title: line(TITLE_MAX),
	text: text(TEXT_MAX, 1),
	origin: oneOf(['person', 'machine']),
	writtenBy: optionalRef,
	createdAt: time,
	updatedAt: time
});

// the event's own text in another language; `refId` is the row of its kind in the file (0: the event)
const contentTranslation = z.strictObject({
	kind: oneOf(CONTENT_KINDS),
	refId: z.int({ error: 'a whole number from 0' }).min(0, 'a whole number from 0'),
	field: oneOf(CONTENT_FIELDS),
	lang: z.string({ error: 'a language code' }).refine(isLanguageCode, 'a language code such as en'),
	source: text(POINTER_BODY_MAX, 1),
	text: text(POINTER_BODY_MAX, 1),
	origin: oneOf(['person', 'machine']),
	writtenBy: optionalRef,
	updatedAt: time
});

const list = <T extends z.ZodType>(row: T, name: EventFileList) =>
	z.array(row, { error: 'a list' }).max(ROW_LIMITS[name]);

/** A whole event file, strictly: an unknown field anywhere is refused. */
export const eventFileSchema = z.strictObject({
	format: z.literal(EVENT_FILE_FORMAT),
	version: z.literal(EVENT_FILE_VERSION),
	event,
	sectors: list(sector, 'sectors'),
	participants: list(participant, 'participants'),
	statements: list(statement, 'statements'),
	themes: list(theme, 'themes'),
	themeMembers: list(themeMember, 'themeMembers'),
	rounds: list(round, 'rounds'),
	roundThemes: list(roundTheme, 'roundThemes'),
	ballots: list(ballot, 'ballots'),
	ballotEntries: list(ballotEntry, 'ballotEntries'),
	manifestoSections: list(manifestoSection, 'manifestoSections'),
	pointers: list(pointer, 'pointers'),
	pointerThemes: list(pointerTheme, 'pointerThemes'),
	pointerActions: list(pointerAction, 'pointerActions'),
	statementOutcomes: list(statementOutcome, 'statementOutcomes'),
	// added after version 1 was first written: a file without it holds no published version
	manifestoVersions: list(manifestoVersion, 'manifestoVersions').default([]),
	// added after version 1 was first written: a file without it holds no renderings
	statementRenderings: list(statementRendering, 'statementRenderings').default([]),
	// added after version 1 was first written: a file without it holds no translations
	contentTranslations: list(contentTranslation, 'contentTranslations').default([])
});

/** One event with everything in it, ids local to the file. */
export type EventFile = z.output<typeof eventFileSchema>;
export type EventRecord = EventFile['event'];
export type SectorRecord = EventFile['sectors'][number];
export type ParticipantRecord = EventFile['participants'][number];
export type StatementRecord = EventFile['statements'][number];
export type ThemeRecord = EventFile['themes'][number];
export type ThemeMemberRecord = EventFile['themeMembers'][number];
export type RoundRecord = EventFile['rounds'][number];
export type RoundThemeRecord = EventFile['roundThemes'][number];
export type BallotRecord = EventFile['ballots'][number];
export type BallotEntryRecord = EventFile['ballotEntries'][number];
export type ManifestoSectionRecord = EventFile['manifestoSections'][number];
export type PointerRecord = EventFile['pointers'][number];
export type PointerThemeRecord = EventFile['pointerThemes'][number];
export type PointerActionRecord = EventFile['pointerActions'][number];
export type StatementOutcomeRecord = EventFile['statementOutcomes'][number];
export type ManifestoVersionRecord = EventFile['manifestoVersions'][number];
export type StatementRenderingRecord = EventFile['statementRenderings'][number];
export type ContentTranslationRecord = EventFile['contentTranslations'][number];
