/**
 * Checking an event file before anything of it is stored: the bytes, the JSON, the shape (strict
 * zod schema), then every reference and uniqueness rule the database and the app rely on. The first
 * problem found is reported with where it is ("statements[12].sectorId") so a person can fix the file.
 */
import type { z } from 'zod';
import {
	EVENT_FILE_FORMAT,
	EVENT_FILE_VERSION,
	eventFileSchema,
	ROW_LIMITS,
	type EventFile,
	type EventFileList
} from './event-file';
import { checkBallot, roundSettings, type BallotEntry } from './ballot-rules';
import { FIELDS_OF, isContentField } from './content-translation';

export type FileProblemCode =
	| 'not_json'
	| 'too_large'
	| 'not_event_file'
	| 'version'
	| 'too_many'
	| 'unknown_key'
	| 'forbidden_key'
	| 'missing'
	| 'empty'
	| 'invalid'
	| 'too_long'
	| 'duplicate_id'
	| 'no_such_row'
	| 'duplicate_row'
	| 'duplicate_name'
	| 'duplicate_ballot'
	| 'theme_not_in_round'
	| 'ballot_rule';

/** What is wrong with a file, and where: `at` is a path such as "statements[12].sectorId". */
export interface FileProblem {
	code: FileProblemCode;
	at: string;
	/** the limit, the expected value or the list referred to, depending on the code */
	detail: string;
}

export type FileCheck = { ok: true; file: EventFile } | { ok: false; problem: FileProblem };

class Stop {
	constructor(readonly problem: FileProblem) {}
}

function stop(code: FileProblemCode, at = '', detail = ''): never {
	throw new Stop({ code, at, detail });
}

/** A path as a person reads it: statements[12].sectorId. */
export function pathOf(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)),
		''
	);
}

/** A size as people say it: 512 KB, 50 MB. */
export function sizeText(bytes: number): string {
	return bytes >= 1024 * 1024
		? `${Math.floor(bytes / 1024 / 1024)} MB`
		: `${Math.floor(bytes / 1024)} KB`;
}

/** Parses the text of a file, refusing more than `maxBytes` of UTF-8 and anything that is not JSON. */
export function parseEventFileText(
	text: string,
	maxBytes: number
): { ok: true; value: unknown } | { ok: false; problem: FileProblem } {
	// a UTF-16 unit is one to three bytes of UTF-8: count exactly only when it could matter
	const bytes =
		text.length * 3 <= maxBytes
			? 0
			: text.length > maxBytes
				? Infinity
				: new TextEncoder().encode(text).length;
	if (bytes > maxBytes)
		return { ok: false, problem: { code: 'too_large', at: '', detail: sizeText(maxBytes) } };
	try {
		return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
	} catch (e) {
		return {
			ok: false,
			problem: { code: 'not_json', at: '', detail: String((e as Error).message).slice(0, 200) }
		};
	}
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// An event file nests four deep (rounds[0].settings.timerMinutes); deeper is not one, and is not walked.
const DEPTH_MAX = 6;

/** Refuses keys that could reach an object's prototype, nesting deeper than a file has, and anything that is not plain JSON data. */
function scanKeys(root: unknown): void {
	const stack: [unknown, string, number][] = [[root, '', 0]];
	while (stack.length) {
		const [value, at, depth] = stack.pop()!;
		if (value === null || typeof value !== 'object') continue;
		if (depth > DEPTH_MAX) stop('invalid', at, 'no deeper nesting');
		if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--)
				if (value[i] !== null && typeof value[i] === 'object')
					stack.push([value[i], `${at}[${i}]`, depth + 1]);
			continue;
		}
		const proto = Object.getPrototypeOf(value);
		if (proto !== Object.prototype && proto !== null) stop('invalid', at, 'plain JSON data');
		for (const key of Object.keys(value)) {
			const path = at ? `${at}.${key}` : key;
			if (FORBIDDEN_KEYS.has(key)) stop('forbidden_key', path);
			stack.push([(value as Record<string, unknown>)[key], path, depth + 1]);
		}
	}
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let v = root;
	for (const p of path)
		v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
	return v;
}

/** The first schema issue as a problem a person can act on. */
function problemOf(raw: unknown, issue: z.core.$ZodIssue): FileProblem {
	const at = pathOf(issue.path);
	if (issue.code === 'unrecognized_keys')
		return { code: 'unknown_key', at: pathOf([...issue.path, issue.keys[0]]), detail: '' };
	if (valueAt(raw, issue.path) === undefined) return { code: 'missing', at, detail: '' };
	if (issue.code === 'too_big' && issue.origin === 'string')
		return { code: 'too_long', at, detail: String(issue.maximum) };
	if (issue.code === 'too_big' && issue.origin === 'array')
		return { code: 'too_many', at, detail: String(issue.maximum) };
	if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1)
		return { code: 'empty', at, detail: '' };
	return { code: 'invalid', at, detail: issue.message };
}

function uniqueIds(rows: readonly { id: number }[], list: EventFileList): Set<number> {
	const seen = new Set<number>();
	rows.forEach((r, i) => {
		if (seen.has(r.id)) stop('duplicate_id', `${list}[${i}].id`);
		seen.add(r.id);
	});
	return seen;
}

function refers(ids: Set<number>, value: number | null, at: string, target: EventFileList): void {
	if (value !== null && !ids.has(value)) stop('no_such_row', at, target);
}

function uniqueKeys<T>(
	rows: readonly T[],
	key: (r: T) => string,
	at: (i: number) => string,
	code: FileProblemCode = 'duplicate_row'
): void {
	const seen = new Set<string>();
	rows.forEach((r, i) => {
		const k = key(r);
		if (seen.has(k)) stop(code, at(i));
		seen.add(k);
	});
}

/** Every reference points to a row of the file; pairs, names and ballots are unique; ballots obey their round. */
function checkReferences(f: EventFile): void {
	// the event's languages once each, its working language among them (as the settings allow)
	f.event.languages.forEach((code, i) => {
		if (f.event.languages.indexOf(code) !== i) stop('duplicate_row', `event.languages[${i}]`);
	});
	if (f.event.workingLanguage !== null && !f.event.languages.includes(f.event.workingLanguage))
		stop('invalid', 'event.workingLanguage', 'one of the event’s languages');
	const sectors = uniqueIds(f.sectors, 'sectors');
	uniqueKeys(
		f.sectors,
		(s) => s.name.toLowerCase(),
		(i) => `sectors[${i}].name`,
		'duplicate_name'
	);
	const people = uniqueIds(f.participants, 'participants');
	f.participants.forEach((p, i) => {
		refers(sectors, p.sectorId, `participants[${i}].sectorId`, 'sectors');
		refers(sectors, p.declaredSectorId, `participants[${i}].declaredSectorId`, 'sectors');
	});
	const statements = uniqueIds(f.statements, 'statements');
	f.statements.forEach((s, i) => {
		refers(sectors, s.sectorId, `statements[${i}].sectorId`, 'sectors');
		refers(people, s.authorId, `statements[${i}].authorId`, 'participants');
		refers(people, s.withdrawnBy, `statements[${i}].withdrawnBy`, 'participants');
	});
	const themes = uniqueIds(f.themes, 'themes');
	f.themes.forEach((t, i) =>
		refers(statements, t.representativeId, `themes[${i}].representativeId`, 'statements')
	);
	f.themeMembers.forEach((m, i) => {
		refers(themes, m.themeId, `themeMembers[${i}].themeId`, 'themes');
		refers(statements, m.statementId, `themeMembers[${i}].statementId`, 'statements');
	});
	uniqueKeys(
		f.themeMembers,
		(m) => `${m.themeId} ${m.statementId}`,
		(i) => `themeMembers[${i}]`
	);
	checkVotes(f, people, themes);
	const sections = uniqueIds(f.manifestoSections, 'manifestoSections');
	const pointers = uniqueIds(f.pointers, 'pointers');
	const rounds = new Set(f.rounds.map((r) => r.id));
	f.pointers.forEach((p, i) =>
		refers(sections, p.sectionId, `pointers[${i}].sectionId`, 'manifestoSections')
	);
	f.pointerThemes.forEach((p, i) => {
		refers(pointers, p.pointerId, `pointerThemes[${i}].pointerId`, 'pointers');
		refers(themes, p.themeId, `pointerThemes[${i}].themeId`, 'themes');
		refers(rounds, p.roundId, `pointerThemes[${i}].roundId`, 'rounds');
	});
	uniqueKeys(
		f.pointerThemes,
		(p) => `${p.pointerId} ${p.themeId}`,
		(i) => `pointerThemes[${i}]`
	);
	uniqueIds(f.pointerActions, 'pointerActions');
	f.pointerActions.forEach((a, i) =>
		refers(pointers, a.pointerId, `pointerActions[${i}].pointerId`, 'pointers')
	);
	f.statementOutcomes.forEach((o, i) => {
		refers(statements, o.statementId, `statementOutcomes[${i}].statementId`, 'statements');
		refers(people, o.decidedBy, `statementOutcomes[${i}].decidedBy`, 'participants');
	});
	uniqueKeys(
		f.statementOutcomes,
		(o) => String(o.statementId),
		(i) => `statementOutcomes[${i}]`
	);
	checkVersions(f, people);
	f.statementRenderings.forEach((r, i) => {
		refers(statements, r.statementId, `statementRenderings[${i}].statementId`, 'statements');
		refers(people, r.writtenBy, `statementRenderings[${i}].writtenBy`, 'participants');
	});
	uniqueKeys(
		f.statementRenderings,
		(r) => `${r.statementId} ${r.lang}`,
		(i) => `statementRenderings[${i}]`
	);
	// a translation names a row of its kind (the event itself: 0) and a field that kind has
	const rowsOf = {
		sector: [new Set(f.sectors.map((s) => s.id)), 'sectors'],
		theme: [new Set(f.themes.map((t) => t.id)), 'themes'],
		section: [new Set(f.manifestoSections.map((s) => s.id)), 'manifestoSections'],
		pointer: [new Set(f.pointers.map((p) => p.id)), 'pointers'],
		action: [new Set(f.pointerActions.map((a) => a.id)), 'pointerActions']
	} as const;
	f.contentTranslations.forEach((t, i) => {
		const at = `contentTranslations[${i}]`;
		if (!isContentField(t.kind, t.field))
			stop('invalid', `${at}.field`, `a field of a ${t.kind}: ${FIELDS_OF[t.kind].join(', ')}`);
		if (t.kind === 'event') {
			if (t.refId !== 0) stop('invalid', `${at}.refId`, '0 for the event itself');
		} else refers(rowsOf[t.kind][0], t.refId, `${at}.refId`, rowsOf[t.kind][1]);
		refers(people, t.writtenBy, `${at}.writtenBy`, 'participants');
	});
	uniqueKeys(
		f.contentTranslations,
		(t) => `${t.kind} ${t.refId} ${t.field} ${t.lang}`,
		(i) => `contentTranslations[${i}]`
	);
}

/**
 * Published versions: numbered once each, published by a participant of the file, and each one
 * whole in itself where the pages that show it expect it (a statement's sector, a pointer's section
 * and themes, an action's pointer; theme members and outcomes may name statements withdrawn since).
 */
function checkVersions(f: EventFile, people: Set<number>): void {
	uniqueKeys(
		f.manifestoVersions,
		(v) => String(v.number),
		(i) => `manifestoVersions[${i}].number`,
		'duplicate_id'
	);
	f.manifestoVersions.forEach((v, i) => {
		const at = `manifestoVersions[${i}]`;
		refers(people, v.publishedBy, `${at}.publishedBy`, 'participants');
		const m = v.manifesto;
		const own = (rows: { id: number }[], name: string) => {
			const seen = new Set<number>();
			rows.forEach((r, j) => {
				if (seen.has(r.id)) stop('duplicate_id', `${at}.manifesto.${name}[${j}].id`);
				seen.add(r.id);
			});
			return seen;
		};
		const sectors = own(m.sectors, 'sectors');
		own(m.statements, 'statements');
		const themes = own(m.themes, 'themes');
		const sections = own(m.sections, 'sections');
		const pointers = own(m.pointers, 'pointers');
		own(m.actions, 'actions');
		m.statements.forEach((s, j) =>
			refers(sectors, s.sectorId, `${at}.manifesto.statements[${j}].sectorId`, 'sectors')
		);
		m.pointers.forEach((p, j) => {
			refers(
				sections,
				p.sectionId,
				`${at}.manifesto.pointers[${j}].sectionId`,
				'manifestoSections'
			);
			p.themeIds.forEach((id, k) =>
				refers(themes, id, `${at}.manifesto.pointers[${j}].themeIds[${k}]`, 'themes')
			);
		});
		m.actions.forEach((a, j) =>
			refers(pointers, a.pointerId, `${at}.manifesto.actions[${j}].pointerId`, 'pointers')
		);
		m.votes.forEach((line, j) => {
			for (const sector of Object.keys(line.marksBySector))
				refers(sectors, Number(sector), `${at}.manifesto.votes[${j}].marksBySector`, 'sectors');
		});
	});
}

/** Rounds, their themes and ballots: one ballot per person per round, entries only for the round's themes and within its rules. */
function checkVotes(f: EventFile, people: Set<number>, themes: Set<number>): void {
	const rounds = uniqueIds(f.rounds, 'rounds');
	const roundThemes = new Map(f.rounds.map((r) => [r.id, [] as number[]]));
	f.roundThemes.forEach((rt, i) => {
		refers(rounds, rt.roundId, `roundThemes[${i}].roundId`, 'rounds');
		refers(themes, rt.themeId, `roundThemes[${i}].themeId`, 'themes');
		roundThemes.get(rt.roundId)!.push(rt.themeId);
	});
	uniqueKeys(
		f.roundThemes,
		(rt) => `${rt.roundId} ${rt.themeId}`,
		(i) => `roundThemes[${i}]`
	);
	const ballots = uniqueIds(f.ballots, 'ballots');
	const ballotRound = new Map<number, number>();
	f.ballots.forEach((b, i) => {
		refers(rounds, b.roundId, `ballots[${i}].roundId`, 'rounds');
		refers(people, b.participantId, `ballots[${i}].participantId`, 'participants');
		refers(people, b.recordedBy, `ballots[${i}].recordedBy`, 'participants');
		ballotRound.set(b.id, b.roundId);
	});
	uniqueKeys(
		f.ballots,
		(b) => `${b.roundId} ${b.participantId}`,
		(i) => `ballots[${i}]`,
		'duplicate_ballot'
	);
	const entries = new Map<number, BallotEntry[]>(f.ballots.map((b) => [b.id, []]));
	const inRound = new Map([...roundThemes].map(([roundId, ids]) => [roundId, new Set(ids)]));
	f.ballotEntries.forEach((e, i) => {
		refers(ballots, e.ballotId, `ballotEntries[${i}].ballotId`, 'ballots');
		refers(themes, e.themeId, `ballotEntries[${i}].themeId`, 'themes');
		if (!inRound.get(ballotRound.get(e.ballotId)!)!.has(e.themeId))
			stop('theme_not_in_round', `ballotEntries[${i}].themeId`);
		entries.get(e.ballotId)!.push(e);
	});
	uniqueKeys(
		f.ballotEntries,
		(e) => `${e.ballotId} ${e.themeId}`,
		(i) => `ballotEntries[${i}]`
	);
	const roundOf = new Map(f.rounds.map((r) => [r.id, r]));
	f.ballots.forEach((b, i) => {
		const round = roundOf.get(b.roundId)!;
		const checked = checkBallot(
			roundSettings(round.method, round.settings),
			roundThemes.get(round.id)!,
			entries.get(b.id)!
		);
		if (!checked.ok) stop('ballot_rule', `ballots[${i}]`, checked.errors[0]);
	});
}

/** Checks a parsed file whole; nothing is stored here. */
export function checkEventFile(raw: unknown): FileCheck {
	try {
		if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) stop('not_event_file');
		const top = raw as Record<string, unknown>;
		if (top.format !== EVENT_FILE_FORMAT) stop('not_event_file');
		if (top.version !== EVENT_FILE_VERSION)
			stop(
				'version',
				'version',
				['number', 'string'].includes(typeof top.version)
					? String(top.version).slice(0, 20)
					: typeof top.version
			);
		for (const [list, max] of Object.entries(ROW_LIMITS))
			if (Array.isArray(top[list]) && (top[list] as unknown[]).length > max)
				stop('too_many', list, String(max));
		scanKeys(raw);
		const parsed = eventFileSchema.safeParse(raw);
		if (!parsed.success) return { ok: false, problem: problemOf(raw, parsed.error.issues[0]) };
		checkReferences(parsed.data);
		return { ok: true, file: parsed.data };
	} catch (e) {
		if (e instanceof Stop) return { ok: false, problem: e.problem };
		throw e;
	}
}

const ROW_NAMES: Record<EventFileList, string> = {
	sectors: 'sector',
	participants: 'participant',
	statements: 'statement',
	themes: 'theme',
	themeMembers: 'theme member',
	rounds: 'round',
	roundThemes: 'round theme',
	ballots: 'ballot',
	ballotEntries: 'ballot entry',
	manifestoSections: 'manifesto section',
	pointers: 'pointer',
	pointerThemes: 'pointer theme',
	pointerActions: 'action',
	statementOutcomes: 'statement outcome',
	manifestoVersions: 'manifesto version',
	statementRenderings: 'statement rendering',
	contentTranslations: 'translation'
};

/** The problem in one line of plain English, for the command line and the logs. */
export function explainProblem(p: FileProblem): string {
	switch (p.code) {
		case 'not_json':
			return `the file is not JSON (${p.detail})`;
		case 'too_large':
			return `the file is larger than ${p.detail}`;
		case 'not_event_file':
			return 'the file is not a Converge event file (its "format" is not "converge-event")';
		case 'version':
			return `the file is version ${p.detail} of the event format; this instance reads version ${EVENT_FILE_VERSION}`;
		case 'too_many':
			return `${p.at} has more than ${p.detail} rows`;
		case 'unknown_key':
			return `${p.at} is not a field of an event file`;
		case 'forbidden_key':
			return `${p.at} is a key no event file may have`;
		case 'missing':
			return `${p.at} is missing`;
		case 'empty':
			return `${p.at} is empty`;
		case 'invalid':
			return `${p.at || 'the file'} is not valid (expected ${p.detail})`;
		case 'too_long':
			return `${p.at} is longer than ${p.detail} characters`;
		case 'duplicate_id':
			return `${p.at} repeats an id used earlier in the same list`;
		case 'no_such_row':
			return `${p.at} refers to no ${ROW_NAMES[p.detail as EventFileList] ?? p.detail}`;
		case 'duplicate_row':
			return `${p.at} repeats a row listed earlier`;
		case 'duplicate_name':
			return `${p.at} repeats the name of another sector`;
		case 'duplicate_ballot':
			return `${p.at} is a second ballot of the same participant in the same round`;
		case 'theme_not_in_round':
			return `${p.at} names a theme that is not in its ballot's round`;
		case 'ballot_rule':
			return `${p.at} breaks the rules of its round (${p.detail.replaceAll('_', ' ')})`;
	}
}
