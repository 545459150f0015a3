/**
 * A whole event as one JSON file, and back: for backups and for moving an event between instances.
 *
 * Export renumbers every id from 1 in id order, list by list, and writes keys and rows in a fixed
 * order, so export → import into an empty database → export gives the same bytes. Left out, because
 * they belong to this instance: access links and their ids, session hashes, the server key, and
 * whether the event is this instance's demo (an import is always an ordinary event). The change log
 * is left out too: its snapshots hold this database's ids and would mean nothing elsewhere, so an
 * imported event starts with an empty history (and nothing to undo). Stored times are kept as they
 * are; the file carries no time of its own, which would break that identity.
 *
 * Import checks the whole file first (see domain/event-file-check.ts), then inserts everything in
 * one transaction and issues fresh links, as creating an event does: the old links cannot work on
 * another instance, whose server key differs.
 */
import type { Db } from '../db/connection';
import * as repo from '../db/transfer';
import { findEventBySlug, getEvent, listSectors } from '../db/events';
import { appendChange } from '../db/change-log';
import type { Actor, EventInfo } from '$lib/domain/types';
import {
	EVENT_FILE_FORMAT,
	EVENT_FILE_VERSION,
	isSlug,
	SLUG_MAX,
	type EventFile
} from '$lib/domain/event-file';
import {
	checkEventFile,
	explainProblem,
	parseEventFileText,
	type FileProblem,
	type FileProblemCode
} from '$lib/domain/event-file-check';
import { renumberManifesto, renumbering } from '$lib/domain/manifesto-snapshot';
import type { ManifestoInput } from '$lib/domain/manifesto';
import { requireRole } from './access';
import { createLinkUnchecked } from './links';
import { Refusal } from './errors';
import { now } from './clock';

/** The largest file the command line reads; the web form is held lower by the server's body limit. */
export const EVENT_FILE_MAX_BYTES = 50 * 1024 * 1024;

type Ids = Map<number, number>;

const numbering = (rows: readonly { id: number }[]): Ids =>
	new Map(rows.map((r, i) => [r.id, i + 1]));

/** The other end of a reference; a reference outside the map is a bug in this database, not a user error. */
function to(ids: Ids, id: number, what: string): number {
	const n = ids.get(id);
	if (n === undefined) throw new Error(`${what} ${id} is not part of this event`);
	return n;
}
const toOpt = (ids: Ids, id: number | null, what: string) =>
	id === null ? null : to(ids, id, what);

/** The whole event as a file, ids local to the file. No role check: for the command line and the wrapper below. */
export function exportEvent(db: Db, eventId: number): EventFile {
	const r = repo.readEventRows(db, eventId);
	const [sector, person, statement, theme, round, ballot, section, pointer, action] = [
		r.sectors,
		r.participants,
		r.statements,
		r.themes,
		r.rounds,
		r.ballots,
		r.manifestoSections,
		r.pointers,
		r.pointerActions
	].map(numbering);
	return {
		format: EVENT_FILE_FORMAT,
		version: EVENT_FILE_VERSION,
		event: r.event,
		sectors: r.sectors.map((s) => ({ ...s, id: to(sector, s.id, 'sector') })),
		participants: r.participants.map((p) => ({
			...p,
			id: to(person, p.id, 'participant'),
			sectorId: toOpt(sector, p.sectorId, 'sector'),
			declaredSectorId: toOpt(sector, p.declaredSectorId, 'sector')
		})),
		statements: r.statements.map((s) => ({
			...s,
			id: to(statement, s.id, 'statement'),
			sectorId: to(sector, s.sectorId, 'sector'),
			authorId: toOpt(person, s.authorId, 'participant'),
			withdrawnBy: toOpt(person, s.withdrawnBy, 'participant')
		})),
		themes: r.themes.map((t) => ({
			...t,
			id: to(theme, t.id, 'theme'),
			representativeId: toOpt(statement, t.representativeId, 'statement')
		})),
		themeMembers: r.themeMembers.map((m) => ({
			...m,
			themeId: to(theme, m.themeId, 'theme'),
			statementId: to(statement, m.statementId, 'statement')
		})),
		rounds: r.rounds.map((x) => ({ ...x, id: to(round, x.id, 'round') })),
		roundThemes: r.roundThemes.map((x) => ({
			...x,
			roundId: to(round, x.roundId, 'round'),
			themeId: to(theme, x.themeId, 'theme')
		})),
		ballots: r.ballots.map((b) => ({
			...b,
			id: to(ballot, b.id, 'ballot'),
			roundId: to(round, b.roundId, 'round'),
			participantId: to(person, b.participantId, 'participant'),
			recordedBy: toOpt(person, b.recordedBy, 'participant')
		})),
		ballotEntries: r.ballotEntries.map((e) => ({
			...e,
			ballotId: to(ballot, e.ballotId, 'ballot'),
			themeId: to(theme, e.themeId, 'theme')
		})),
		manifestoSections: r.manifestoSections.map((s) => ({ ...s, id: to(section, s.id, 'section') })),
		pointers: r.pointers.map((p) => ({
			...p,
			id: to(pointer, p.id, 'pointer'),
			sectionId: toOpt(section, p.sectionId, 'section')
		})),
		pointerThemes: r.pointerThemes.map((p) => ({
			...p,
			pointerId: to(pointer, p.pointerId, 'pointer'),
			themeId: to(theme, p.themeId, 'theme'),
			roundId: toOpt(round, p.roundId, 'round')
		})),
		pointerActions: r.pointerActions.map((a) => ({
			...a,
			id: to(action, a.id, 'action'),
			pointerId: to(pointer, a.pointerId, 'pointer')
		})),
		statementOutcomes: r.statementOutcomes.map((o) => ({
			...o,
			statementId: to(statement, o.statementId, 'statement'),
			decidedBy: toOpt(person, o.decidedBy, 'participant')
		})),
		statementRenderings: r.statementRenderings.map((x) => ({
			...x,
			statementId: to(statement, x.statementId, 'statement'),
			writtenBy: toOpt(person, x.writtenBy, 'participant')
		})),
		// translations of the rows the file holds (one of a row removed since is not carried)
		contentTranslations: r.contentTranslations.flatMap((t) => {
			const rows = { sector, theme, section, pointer, action };
			const refId = t.kind === 'event' ? 0 : rows[t.kind].get(t.refId);
			return refId === undefined
				? []
				: [{ ...t, refId, writtenBy: toOpt(person, t.writtenBy, 'participant') }];
		}),
		// a version may name rows removed since: they are numbered after the file's rows
		manifestoVersions: (() => {
			const known = { sector, statement, theme, round, section, pointer, action };
			const renumber = renumbering(known, (kind, k) => known[kind].size + k);
			return r.manifestoVersions.map((v) => ({
				...v,
				publishedBy: v.publishedBy === null ? null : (person.get(v.publishedBy) ?? null),
				manifesto: renumberManifesto(v.manifesto as ManifestoInput, renumber)
			}));
		})()
	};
}

/**
 * The facilitator's download of their own event. It holds every ballot, those of a round whose
 * results are still hidden included: it is a backup to restore from, not a display, and one taken
 * during a vote must restore that vote whole; nothing in the app shows a tally from it.
 */
export function exportEventFor(db: Db, actor: Actor | null): EventFile {
	const a = requireRole(actor, 'facilitator');
	return exportEvent(db, a.eventId);
}

/** The file's text: tab-indented JSON with a final newline, the same bytes for the same event. */
export function eventFileJson(file: EventFile): string {
	return JSON.stringify(file, null, '\t') + '\n';
}

function fileRefusal(p: FileProblem): Refusal {
	return new Refusal('event_file_invalid', { file: p.code, at: p.at, detail: p.detail });
}

/** The text of an uploaded or read file as JSON; refuses files over the limit and anything that is not JSON. */
export function parseEventFile(text: string, maxBytes = EVENT_FILE_MAX_BYTES): unknown {
	const r = parseEventFileText(text, maxBytes);
	if (!r.ok) throw fileRefusal(r.problem);
	return r.value;
}

export interface ImportedEvent {
	event: EventInfo;
	/** path of the new facilitator link, to open at once */
	facilitatorPath: string;
	/** the new join code, as shown */
	joinCode: string;
}

function insertAll(db: Db, f: EventFile, slug: string): number {
	const eventId = repo.insertEvent(db, { ...f.event, slug });
	const ids = () => new Map<number, number>();
	const [sector, person, statement, theme, round, ballot, section, pointer, action] = [
		ids(),
		ids(),
		ids(),
		ids(),
		ids(),
		ids(),
		ids(),
		ids(),
		ids()
	];
	// every reference was checked against the file, so each lookup finds its row
	const m = (map: Ids, id: number) => map.get(id)!;
	const mo = (map: Ids, id: number | null) => (id === null ? null : map.get(id)!);
	for (const s of f.sectors) sector.set(s.id, repo.insertSector(db, eventId, s));
	for (const p of f.participants)
		person.set(
			p.id,
			repo.insertParticipant(db, eventId, {
				...p,
				sectorId: mo(sector, p.sectorId),
				declaredSectorId: mo(sector, p.declaredSectorId)
			})
		);
	for (const s of f.statements)
		statement.set(
			s.id,
			repo.insertStatement(db, eventId, {
				...s,
				sectorId: m(sector, s.sectorId),
				authorId: mo(person, s.authorId),
				withdrawnBy: mo(person, s.withdrawnBy)
			})
		);
	for (const t of f.themes)
		theme.set(
			t.id,
			repo.insertTheme(db, eventId, { ...t, representativeId: mo(statement, t.representativeId) })
		);
	for (const x of f.themeMembers)
		repo.insertThemeMember(db, {
			...x,
			themeId: m(theme, x.themeId),
			statementId: m(statement, x.statementId)
		});
	for (const r of f.rounds) round.set(r.id, repo.insertRound(db, eventId, r));
	for (const x of f.roundThemes)
		repo.insertRoundTheme(db, { ...x, roundId: m(round, x.roundId), themeId: m(theme, x.themeId) });
	for (const b of f.ballots)
		ballot.set(
			b.id,
			repo.insertBallot(db, {
				...b,
				roundId: m(round, b.roundId),
				participantId: m(person, b.participantId),
				recordedBy: mo(person, b.recordedBy)
			})
		);
	for (const e of f.ballotEntries)
		repo.insertBallotEntry(db, {
			...e,
			ballotId: m(ballot, e.ballotId),
			themeId: m(theme, e.themeId)
		});
	for (const s of f.manifestoSections) section.set(s.id, repo.insertSection(db, eventId, s));
	for (const p of f.pointers)
		pointer.set(
			p.id,
			repo.insertPointer(db, eventId, { ...p, sectionId: mo(section, p.sectionId) })
		);
	for (const x of f.pointerThemes)
		repo.insertPointerTheme(db, {
			...x,
			pointerId: m(pointer, x.pointerId),
			themeId: m(theme, x.themeId),
			roundId: mo(round, x.roundId)
		});
	for (const a of f.pointerActions)
		action.set(a.id, repo.insertAction(db, { ...a, pointerId: m(pointer, a.pointerId) }));
	for (const o of f.statementOutcomes)
		repo.insertOutcome(db, eventId, {
			...o,
			statementId: m(statement, o.statementId),
			decidedBy: mo(person, o.decidedBy)
		});
	for (const x of f.statementRenderings)
		repo.insertRendering(db, {
			...x,
			statementId: m(statement, x.statementId),
			writtenBy: mo(person, x.writtenBy)
		});
	for (const t of f.contentTranslations) {
		const rows = { sector, theme, section, pointer, action };
		repo.insertTranslation(db, eventId, {
			...t,
			refId: t.kind === 'event' ? 0 : m(rows[t.kind], t.refId),
			writtenBy: mo(person, t.writtenBy)
		});
	}
	// rows a version names that the file does not hold (removed since) get ids below zero
	const known = { sector, statement, theme, round, section, pointer, action };
	const renumber = renumbering(known, (_, k) => -k);
	for (const v of f.manifestoVersions)
		repo.insertVersion(db, eventId, {
			...v,
			publishedBy: mo(person, v.publishedBy),
			manifesto: renumberManifesto(v.manifesto as ManifestoInput, renumber, slug)
		});
	return eventId;
}

const isConstraintError = (e: unknown) =>
	e instanceof Error &&
	String((e as { code?: unknown }).code ?? '').startsWith('SQLITE_CONSTRAINT');

/**
 * Imports an event file as a new event, under its own address or `opts.slug`. Anyone may import,
 * as anyone may create an event; the caller opens the returned facilitator link. A file with any
 * problem is refused whole, with where the problem is, and the database is left as it was.
 */
export function importEvent(
	db: Db,
	key: Buffer,
	raw: unknown,
	opts: { slug?: string } = {}
): ImportedEvent {
	if (opts.slug !== undefined && !isSlug(opts.slug))
		throw new Refusal('invalid', { slug: 'bad_slug', max: String(SLUG_MAX) });
	const checked = checkEventFile(raw);
	if (!checked.ok) throw fileRefusal(checked.problem);
	const file = checked.file;
	const slug = opts.slug ?? file.event.slug;
	try {
		return db.transaction(() => {
			if (findEventBySlug(db, slug))
				throw new Refusal('slug_taken', { slug: 'slug_taken', taken: slug });
			const eventId = insertAll(db, file, slug);
			const facilitator = createLinkUnchecked(db, key, eventId, 'facilitator', null, 'facilitator');
			const join = createLinkUnchecked(db, key, eventId, 'participant', null, 'join code');
			for (const s of listSectors(db, eventId))
				createLinkUnchecked(db, key, eventId, 'rapporteur', s.id, s.name);
			const counts = {
				sectors: file.sectors.length,
				statements: file.statements.length,
				themes: file.themes.length,
				rounds: file.rounds.length,
				ballots: file.ballots.length,
				pointers: file.pointers.length
			};
			appendChange(
				db,
				{
					eventId,
					actorId: null,
					actorRole: 'system',
					action: 'event.import',
					entity: 'event',
					entityId: eventId,
					before: null,
					after: { slug, ...counts }
				},
				now()
			);
			return {
				event: getEvent(db, eventId),
				facilitatorPath: facilitator.path!,
				joinCode: join.code!
			};
		})();
	} catch (e) {
		// the checks above mirror every constraint; should one still fire, it is the file's fault, not a crash
		if (isConstraintError(e))
			throw fileRefusal({
				code: 'invalid',
				at: '',
				detail: `rows the database accepts (${(e as Error).message})`
			});
		throw e;
	}
}

/** A refusal of an import in one line of plain English, for the command line. */
export function explainImportRefusal(err: Refusal): string {
	if (err.code === 'event_file_invalid')
		return explainProblem({
			code: err.fields.file as FileProblemCode,
			at: err.fields.at ?? '',
			detail: err.fields.detail ?? ''
		});
	if (err.code === 'slug_taken')
		return `an event at /e/${err.fields.taken} already exists here: import it under another address with --slug NEW`;
	if (err.fields.slug === 'bad_slug')
		return `--slug must be lower-case letters, digits and single hyphens, at most ${SLUG_MAX} characters`;
	return `refused (${err.code})`;
}
