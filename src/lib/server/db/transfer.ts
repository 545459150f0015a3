/**
 * SQL to read every row of one event and to insert rows of an imported one. Rows come and go as
 * the records of an event file (camelCase, ids as stored here); the service renumbers them.
 * Access links, sessions and the change log are never read: they belong to this instance (and so
 * do the closed sessions and the rapporteurs' answers, which stand on the change log).
 */
import type { Statement as Prepared } from 'better-sqlite3';
import type { Db } from './connection';
import type {
	BallotEntryRecord,
	BallotRecord,
	EventFile,
	EventRecord,
	ManifestoSectionRecord,
	ManifestoVersionRecord,
	StatementRenderingRecord,
	ContentTranslationRecord,
	ParticipantRecord,
	PointerActionRecord,
	PointerRecord,
	PointerThemeRecord,
	RoundRecord,
	RoundThemeRecord,
	SectorRecord,
	StatementOutcomeRecord,
	StatementRecord,
	ThemeMemberRecord,
	ThemeRecord
} from '$lib/domain/event-file';

/** Everything of one event, ids as stored in this database. */
export type EventRows = Omit<EventFile, 'format' | 'version'>;

type Row = Record<string, unknown>;
const cache = new WeakMap<Db, Map<string, Prepared>>();

function prepared(db: Db, sql: string): Prepared {
	let byDb = cache.get(db);
	if (!byDb) cache.set(db, (byDb = new Map()));
	let stmt = byDb.get(sql);
	if (!stmt) byDb.set(sql, (stmt = db.prepare(sql)));
	return stmt;
}

const all = (db: Db, sql: string, eventId: number) => prepared(db, sql).all(eventId) as Row[];
const insert = (db: Db, sql: string, ...params: unknown[]) =>
	Number(prepared(db, sql).run(...params).lastInsertRowid);
const str = (v: unknown) => v as string;
const num = (v: unknown) => v as number;
const opt = <T>(v: unknown) => (v ?? null) as T | null;

function readCore(db: Db, eventId: number) {
	const e = prepared(db, 'SELECT * FROM events WHERE id = ?').get(eventId) as Row | undefined;
	if (!e) throw new Error(`event ${eventId} does not exist`);
	const event: EventRecord = {
		slug: str(e.slug),
		name: str(e.name),
		description: str(e.description),
		place: str(e.place),
		startsOn: opt(e.starts_on),
		endsOn: opt(e.ends_on),
		phase: e.phase as EventRecord['phase'],
		submissionsReopened: e.submissions_reopened === 1,
		manifestoPublishedAt: opt(e.manifesto_published_at),
		timeZone: opt(e.time_zone),
		languages: JSON.parse(str(e.languages)) as string[],
		workingLanguage: opt(e.working_language),
		createdAt: str(e.created_at),
		updatedAt: str(e.updated_at)
	};
	const sectors = all(db, 'SELECT * FROM sectors WHERE event_id = ? ORDER BY id', eventId).map(
		(r): SectorRecord => ({
			id: num(r.id),
			name: str(r.name),
			colour: str(r.colour),
			position: num(r.position),
			createdAt: str(r.created_at)
		})
	);
	const participants = all(
		db,
		'SELECT * FROM participants WHERE event_id = ? ORDER BY id',
		eventId
	).map((r): ParticipantRecord => ({
		id: num(r.id),
		role: r.role as ParticipantRecord['role'],
		sectorId: opt(r.sector_id),
		declaredSectorId: opt(r.declared_sector_id),
		actorType: opt(r.actor_type),
		displayName: str(r.display_name),
		createdAt: str(r.created_at),
		lastSeenAt: str(r.last_seen_at)
	}));
	const statements = all(
		db,
		'SELECT * FROM statements WHERE event_id = ? ORDER BY id',
		eventId
	).map((r): StatementRecord => ({
		id: num(r.id),
		sectorId: num(r.sector_id),
		title: str(r.title),
		text: str(r.text),
		lang: opt(r.lang),
		authorId: opt(r.author_id),
		source: r.source as StatementRecord['source'],
		actorType: opt(r.actor_type),
		createdAt: str(r.created_at),
		updatedAt: str(r.updated_at),
		withdrawnAt: opt(r.withdrawn_at),
		withdrawnBy: opt(r.withdrawn_by)
	}));
	return { event, sectors, participants, statements };
}

function readThemes(db: Db, eventId: number) {
	const themes = all(db, 'SELECT * FROM themes WHERE event_id = ? ORDER BY id', eventId).map(
		(r): ThemeRecord => ({
			id: num(r.id),
			label: str(r.label),
			description: str(r.description),
			status: r.status as ThemeRecord['status'],
			origin: r.origin as ThemeRecord['origin'],
			keyPhrases: JSON.parse(str(r.key_phrases)),
			representativeId: opt(r.representative_id),
			crossSector: num(r.cross_sector),
			cohesion: num(r.cohesion),
			edited: num(r.edited) === 1,
			version: num(r.version),
			createdAt: str(r.created_at),
			updatedAt: str(r.updated_at)
		})
	);
	const themeMembers = all(
		db,
		'SELECT m.* FROM theme_members m JOIN themes t ON t.id = m.theme_id WHERE t.event_id = ? ORDER BY m.theme_id, m.statement_id',
		eventId
	).map((r): ThemeMemberRecord => ({
		themeId: num(r.theme_id),
		statementId: num(r.statement_id),
		similarity: opt(r.similarity),
		sharedTerms: JSON.parse(str(r.shared_terms)),
		origin: r.origin as ThemeMemberRecord['origin'],
		createdAt: str(r.created_at)
	}));
	return { themes, themeMembers };
}

function readVotes(db: Db, eventId: number) {
	const rounds = all(db, 'SELECT * FROM rounds WHERE event_id = ? ORDER BY id', eventId).map(
		(r): RoundRecord => ({
			id: num(r.id),
			title: str(r.title),
			method: r.method as RoundRecord['method'],
			settings: JSON.parse(str(r.settings)),
			resultsVisibility: r.results_visibility as RoundRecord['resultsVisibility'],
			status: r.status as RoundRecord['status'],
			openedAt: opt(r.opened_at),
			closesAt: opt(r.closes_at),
			closedAt: opt(r.closed_at),
			createdAt: str(r.created_at)
		})
	);
	const roundThemes = all(
		db,
		'SELECT rt.* FROM round_themes rt JOIN rounds r ON r.id = rt.round_id WHERE r.event_id = ? ORDER BY rt.round_id, rt.theme_id',
		eventId
	).map((r): RoundThemeRecord => ({
		roundId: num(r.round_id),
		themeId: num(r.theme_id),
		position: num(r.position)
	}));
	const ballots = all(
		db,
		'SELECT b.* FROM ballots b JOIN rounds r ON r.id = b.round_id WHERE r.event_id = ? ORDER BY b.id',
		eventId
	).map((r): BallotRecord => ({
		id: num(r.id),
		roundId: num(r.round_id),
		participantId: num(r.participant_id),
		isProxy: r.is_proxy === 1,
		recordedBy: opt(r.recorded_by),
		createdAt: str(r.created_at),
		updatedAt: str(r.updated_at)
	}));
	const ballotEntries = all(
		db,
		`SELECT e.* FROM ballot_entries e JOIN ballots b ON b.id = e.ballot_id JOIN rounds r ON r.id = b.round_id
		 WHERE r.event_id = ? ORDER BY e.ballot_id, e.theme_id`,
		eventId
	).map((r): BallotEntryRecord => ({
		ballotId: num(r.ballot_id),
		themeId: num(r.theme_id),
		value: num(r.value),
		priority: r.priority === 1,
		reason: str(r.reason)
	}));
	return { rounds, roundThemes, ballots, ballotEntries };
}

function readManifesto(db: Db, eventId: number) {
	const manifestoSections = all(
		db,
		'SELECT * FROM manifesto_sections WHERE event_id = ? ORDER BY id',
		eventId
	).map((r): ManifestoSectionRecord => ({
		id: num(r.id),
		title: str(r.title),
		position: num(r.position),
		createdAt: str(r.created_at),
		updatedAt: str(r.updated_at)
	}));
	const pointers = all(db, 'SELECT * FROM pointers WHERE event_id = ? ORDER BY id', eventId).map(
		(r): PointerRecord => ({
			id: num(r.id),
			sectionId: opt(r.section_id),
			title: str(r.title),
			body: str(r.body),
			position: num(r.position),
			createdAt: str(r.created_at),
			updatedAt: str(r.updated_at)
		})
	);
	const pointerThemes = all(
		db,
		'SELECT pt.* FROM pointer_themes pt JOIN pointers p ON p.id = pt.pointer_id WHERE p.event_id = ? ORDER BY pt.pointer_id, pt.theme_id',
		eventId
	).map((r): PointerThemeRecord => ({
		pointerId: num(r.pointer_id),
		themeId: num(r.theme_id),
		roundId: opt(r.round_id)
	}));
	const pointerActions = all(
		db,
		'SELECT a.* FROM pointer_actions a JOIN pointers p ON p.id = a.pointer_id WHERE p.event_id = ? ORDER BY a.id',
		eventId
	).map((r): PointerActionRecord => ({
		id: num(r.id),
		pointerId: num(r.pointer_id),
		description: str(r.description),
		organisation: str(r.organisation),
		timeline: str(r.timeline),
		status: r.status as PointerActionRecord['status'],
		position: num(r.position),
		createdAt: str(r.created_at),
		updatedAt: str(r.updated_at)
	}));
	const statementOutcomes = all(
		db,
		'SELECT * FROM statement_outcomes WHERE event_id = ? ORDER BY statement_id',
		eventId
	).map((r): StatementOutcomeRecord => ({
		statementId: num(r.statement_id),
		outcome: r.outcome as StatementOutcomeRecord['outcome'],
		reason: str(r.reason),
		decidedBy: opt(r.decided_by),
		decidedAt: str(r.decided_at)
	}));
	return { manifestoSections, pointers, pointerThemes, pointerActions, statementOutcomes };
}

/** The published versions of the manifesto, oldest first, ids inside them as stored here. */
function readVersions(db: Db, eventId: number) {
	const manifestoVersions = all(
		db,
		'SELECT * FROM manifesto_versions WHERE event_id = ? ORDER BY number',
		eventId
	).map((r): ManifestoVersionRecord => ({
		number: num(r.number),
		publishedAt: str(r.published_at),
		publishedBy: opt(r.published_by),
		changeNote: str(r.change_note),
		manifesto: JSON.parse(str(r.input_json)) as ManifestoVersionRecord['manifesto']
	}));
	const statementRenderings = all(
		db,
		`SELECT r.* FROM statement_renderings r JOIN statements s ON s.id = r.statement_id
		 WHERE s.event_id = ? ORDER BY r.statement_id, r.lang`,
		eventId
	).map((r): StatementRenderingRecord => ({
		statementId: num(r.statement_id),
		lang: str(r.lang),
		title: str(r.title),
		text: str(r.text),
		origin: r.origin as StatementRenderingRecord['origin'],
		writtenBy: opt(r.written_by),
		createdAt: str(r.created_at),
		updatedAt: str(r.updated_at)
	}));
	const contentTranslations = all(
		db,
		'SELECT * FROM content_translations WHERE event_id = ? ORDER BY lang, kind, ref_id, field',
		eventId
	).map((r): ContentTranslationRecord => ({
		kind: r.kind as ContentTranslationRecord['kind'],
		refId: num(r.ref_id),
		field: r.field as ContentTranslationRecord['field'],
		lang: str(r.lang),
		source: str(r.source),
		text: str(r.text),
		origin: r.origin as ContentTranslationRecord['origin'],
		writtenBy: opt(r.written_by),
		updatedAt: str(r.updated_at)
	}));
	return { manifestoVersions, statementRenderings, contentTranslations };
}

/** Inserts a translation of the event's text. */
export function insertTranslation(db: Db, eventId: number, t: ContentTranslationRecord): void {
	prepared(
		db,
		`INSERT INTO content_translations (event_id, kind, ref_id, field, lang, source, text, origin, written_by, updated_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	).run(
		eventId,
		t.kind,
		t.refId,
		t.field,
		t.lang,
		t.source,
		t.text,
		t.origin,
		t.writtenBy,
		t.updatedAt
	);
}

/** Every row of one event, in id order (pairs in the order of their two ids). */
export function readEventRows(db: Db, eventId: number): EventRows {
	return {
		...readCore(db, eventId),
		...readThemes(db, eventId),
		...readVotes(db, eventId),
		...readManifesto(db, eventId),
		...readVersions(db, eventId)
	};
}

// The inserts below take records whose references are already ids of this database; their own `id` is ignored.

/** Inserts an event (never the demo: a demo reset would delete it). */
export function insertEvent(db: Db, e: EventRecord): number {
	return insert(
		db,
		`INSERT INTO events (slug, name, description, place, starts_on, ends_on, phase, submissions_reopened, is_demo, manifesto_published_at, time_zone, languages, working_language, created_at, updated_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)`,
		e.slug,
		e.name,
		e.description,
		e.place,
		e.startsOn,
		e.endsOn,
		e.phase,
		e.submissionsReopened ? 1 : 0,
		e.manifestoPublishedAt,
		e.timeZone ?? null,
		JSON.stringify(e.languages),
		e.workingLanguage,
		e.createdAt,
		e.updatedAt
	);
}

/** Inserts a sector. */
export function insertSector(db: Db, eventId: number, s: SectorRecord): number {
	return insert(
		db,
		'INSERT INTO sectors (event_id, name, colour, position, created_at) VALUES (?, ?, ?, ?, ?)',
		eventId,
		s.name,
		s.colour,
		s.position,
		s.createdAt
	);
}

/** Inserts a participant without link or session: their old ones belong to the other instance. */
export function insertParticipant(db: Db, eventId: number, p: ParticipantRecord): number {
	return insert(
		db,
		`INSERT INTO participants (event_id, role, sector_id, declared_sector_id, actor_type, display_name, created_at, last_seen_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		eventId,
		p.role,
		p.sectorId,
		p.declaredSectorId,
		p.actorType,
		p.displayName,
		p.createdAt,
		p.lastSeenAt
	);
}

/** Inserts a statement. */
export function insertStatement(db: Db, eventId: number, s: StatementRecord): number {
	return insert(
		db,
		`INSERT INTO statements (event_id, sector_id, title, text, lang, author_id, source, actor_type, created_at, updated_at, withdrawn_at, withdrawn_by)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		eventId,
		s.sectorId,
		s.title,
		s.text,
		s.lang,
		s.authorId,
		s.source,
		s.actorType,
		s.createdAt,
		s.updatedAt,
		s.withdrawnAt,
		s.withdrawnBy
	);
}

/** Inserts a theme with its version. */
export function insertTheme(db: Db, eventId: number, t: ThemeRecord): number {
	return insert(
		db,
		`INSERT INTO themes (event_id, label, description, status, origin, key_phrases, representative_id, cross_sector, cohesion, edited, version, created_at, updated_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		eventId,
		t.label,
		t.description,
		t.status,
		t.origin,
		JSON.stringify(t.keyPhrases),
		t.representativeId,
		t.crossSector,
		t.cohesion,
		t.edited ? 1 : 0,
		t.version,
		t.createdAt,
		t.updatedAt
	);
}

/** Puts a statement in a theme. */
export function insertThemeMember(db: Db, m: ThemeMemberRecord): void {
	insert(
		db,
		'INSERT INTO theme_members (theme_id, statement_id, similarity, shared_terms, origin, created_at) VALUES (?, ?, ?, ?, ?, ?)',
		m.themeId,
		m.statementId,
		m.similarity,
		JSON.stringify(m.sharedTerms),
		m.origin,
		m.createdAt
	);
}

/** Inserts a round. */
export function insertRound(db: Db, eventId: number, r: RoundRecord): number {
	return insert(
		db,
		`INSERT INTO rounds (event_id, title, method, settings, results_visibility, status, opened_at, closes_at, closed_at, created_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		eventId,
		r.title,
		r.method,
		JSON.stringify(r.settings),
		r.resultsVisibility,
		r.status,
		r.openedAt,
		r.closesAt,
		r.closedAt,
		r.createdAt
	);
}

/** Puts a theme on a round's ballot. */
export function insertRoundTheme(db: Db, rt: RoundThemeRecord): void {
	insert(
		db,
		'INSERT INTO round_themes (round_id, theme_id, position) VALUES (?, ?, ?)',
		rt.roundId,
		rt.themeId,
		rt.position
	);
}

/** Inserts a ballot. */
export function insertBallot(db: Db, b: BallotRecord): number {
	return insert(
		db,
		'INSERT INTO ballots (round_id, participant_id, is_proxy, recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
		b.roundId,
		b.participantId,
		b.isProxy ? 1 : 0,
		b.recordedBy,
		b.createdAt,
		b.updatedAt
	);
}

/** Inserts one mark of a ballot. */
export function insertBallotEntry(db: Db, e: BallotEntryRecord): void {
	insert(
		db,
		'INSERT INTO ballot_entries (ballot_id, theme_id, value, priority, reason) VALUES (?, ?, ?, ?, ?)',
		e.ballotId,
		e.themeId,
		e.value,
		e.priority ? 1 : 0,
		e.reason
	);
}

/** Inserts a manifesto section. */
export function insertSection(db: Db, eventId: number, s: ManifestoSectionRecord): number {
	return insert(
		db,
		'INSERT INTO manifesto_sections (event_id, title, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
		eventId,
		s.title,
		s.position,
		s.createdAt,
		s.updatedAt
	);
}

/** Inserts a pointer. */
export function insertPointer(db: Db, eventId: number, p: PointerRecord): number {
	return insert(
		db,
		'INSERT INTO pointers (event_id, section_id, title, body, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
		eventId,
		p.sectionId,
		p.title,
		p.body,
		p.position,
		p.createdAt,
		p.updatedAt
	);
}

/** Traces a pointer to a theme (and the round that carried it). */
export function insertPointerTheme(db: Db, pt: PointerThemeRecord): void {
	insert(
		db,
		'INSERT INTO pointer_themes (pointer_id, theme_id, round_id) VALUES (?, ?, ?)',
		pt.pointerId,
		pt.themeId,
		pt.roundId
	);
}

/** Inserts an action of a pointer. */
export function insertAction(db: Db, a: PointerActionRecord): number {
	return insert(
		db,
		`INSERT INTO pointer_actions (pointer_id, description, organisation, timeline, status, position, created_at, updated_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		a.pointerId,
		a.description,
		a.organisation,
		a.timeline,
		a.status,
		a.position,
		a.createdAt,
		a.updatedAt
	);
}

/** Records where a statement behind no pointer ended up. */
export function insertOutcome(db: Db, eventId: number, o: StatementOutcomeRecord): void {
	insert(
		db,
		'INSERT INTO statement_outcomes (statement_id, event_id, outcome, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)',
		o.statementId,
		eventId,
		o.outcome,
		o.reason,
		o.decidedBy,
		o.decidedAt
	);
}

/** Inserts a published version of the manifesto as it was numbered and published. */
export function insertVersion(db: Db, eventId: number, v: ManifestoVersionRecord): void {
	insert(
		db,
		`INSERT INTO manifesto_versions (event_id, number, published_at, published_by, input_json, change_note)
		 VALUES (?, ?, ?, ?, ?, ?)`,
		eventId,
		v.number,
		v.publishedAt,
		v.publishedBy,
		JSON.stringify(v.manifesto),
		v.changeNote
	);
}

/** Inserts a statement's rendering in a language. */
export function insertRendering(db: Db, r: StatementRenderingRecord): void {
	insert(
		db,
		`INSERT INTO statement_renderings (statement_id, lang, title, text, origin, written_by, created_at, updated_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		r.statementId,
		r.lang,
		r.title,
		r.text,
		r.origin,
		r.writtenBy,
		r.createdAt,
		r.updatedAt
	);
}
