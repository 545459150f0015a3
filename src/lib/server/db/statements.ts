/** SQL for issue statements. */
import type { Db } from './connection';
import type { ActorType, Statement, StatementSource } from '$lib/domain/types';

interface StatementRow {
	id: number;
	event_id: number;
	sector_id: number;
	title: string;
	text: string;
	lang: string | null;
	author_id: number | null;
	source: StatementSource;
	created_at: string;
	updated_at: string;
	withdrawn_at: string | null;
	actor_type: ActorType | null;
	submit_key: string | null;
}

const toStatement = (r: StatementRow): Statement => ({
	id: r.id,
	eventId: r.event_id,
	sectorId: r.sector_id,
	title: r.title,
	text: r.text,
	lang: r.lang,
	authorId: r.author_id,
	source: r.source,
	createdAt: r.created_at,
	updatedAt: r.updated_at,
	withdrawnAt: r.withdrawn_at,
	actorType: r.actor_type
});

export interface NewStatement {
	eventId: number;
	sectorId: number;
	title: string;
	text: string;
	lang: string | null;
	authorId: number | null;
	source: StatementSource;
	/** who raised it in the breakout; when absent, the author's declared actor type */
	actorType?: ActorType | null;
	/** the random key of the form that posted it, so that posting that form again stores nothing */
	submitKey?: string | null;
}

/** Inserts a statement and returns it. */
export function createStatement(db: Db, s: NewStatement, now: string): Statement {
	const id = db
		.prepare(
			`INSERT INTO statements (event_id, sector_id, title, text, lang, author_id, source, created_at, updated_at, actor_type, submit_key)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, (SELECT actor_type FROM participants WHERE id = ?)), ?)`
		)
		.run(
			s.eventId,
			s.sectorId,
			s.title,
			s.text,
			s.lang,
			s.authorId,
			s.source,
			now,
			now,
			s.actorType ?? null,
			s.authorId,
			s.submitKey ?? null
		).lastInsertRowid;
	return getStatement(db, s.eventId, Number(id));
}

/** The statement with this id in this event; throws when missing. */
export function getStatement(db: Db, eventId: number, id: number): Statement {
	const s = findStatement(db, eventId, id);
	if (!s) throw new Error(`statement ${id} does not exist in event ${eventId}`);
	return s;
}

/** The statement with this id in this event, or null. */
export function findStatement(db: Db, eventId: number, id: number): Statement | null {
	const row = db
		.prepare('SELECT * FROM statements WHERE event_id = ? AND id = ?')
		.get(eventId, id) as StatementRow | undefined;
	return row ? toStatement(row) : null;
}

/** The statement a form with this key already stored in this event, with its author, or null. */
export function findStatementBySubmitKey(
	db: Db,
	eventId: number,
	submitKey: string
): Statement | null {
	const row = db
		.prepare('SELECT * FROM statements WHERE event_id = ? AND submit_key = ?')
		.get(eventId, submitKey) as StatementRow | undefined;
	return row ? toStatement(row) : null;
}

export interface StatementFilter {
	sectorId?: number | null;
	/** 'active' (default), 'withdrawn' or 'all' */
	status?: 'active' | 'withdrawn' | 'all';
	/** words that must all appear in the title or text */
	query?: string;
}

/** Statements of an event, newest first. */
export function listStatements(db: Db, eventId: number, filter: StatementFilter = {}): Statement[] {
	const where = ['event_id = ?'];
	const params: (string | number)[] = [eventId];
	if (filter.sectorId) {
		where.push('sector_id = ?');
		params.push(filter.sectorId);
	}
	const status = filter.status ?? 'active';
	if (status === 'active') where.push('withdrawn_at IS NULL');
	if (status === 'withdrawn') where.push('withdrawn_at IS NOT NULL');
	for (const word of (filter.query ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
		where.push("(lower(text) LIKE ? ESCAPE '\\' OR lower(title) LIKE ? ESCAPE '\\')");
		const like = `%${word.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
		params.push(like, like);
	}
	return (
		db
			.prepare(
				`SELECT * FROM statements WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC`
			)
			.all(...params) as StatementRow[]
	).map(toStatement);
}

/** Active and withdrawn statement counts per sector. */
export function countStatementsBySector(
	db: Db,
	eventId: number
): Map<number, { active: number; withdrawn: number }> {
	const rows = db
		.prepare(
			`SELECT sector_id,
			   SUM(CASE WHEN withdrawn_at IS NULL THEN 1 ELSE 0 END) AS active,
			   SUM(CASE WHEN withdrawn_at IS NULL THEN 0 ELSE 1 END) AS withdrawn
			 FROM statements WHERE event_id = ? GROUP BY sector_id`
		)
		.all(eventId) as { sector_id: number; active: number; withdrawn: number }[];
	return new Map(rows.map((r) => [r.sector_id, { active: r.active, withdrawn: r.withdrawn }]));
}

/** True when any statement (withdrawn included) belongs to the sector. */
export function sectorHasStatements(db: Db, sectorId: number): boolean {
	return (
		db.prepare('SELECT 1 FROM statements WHERE sector_id = ? LIMIT 1').get(sectorId) !== undefined
	);
}

/** Writes new wording. */
export function updateStatementText(
	db: Db,
	id: number,
	title: string,
	text: string,
	lang: string | null,
	now: string
): void {
	db.prepare(
		'UPDATE statements SET title = ?, text = ?, lang = ?, updated_at = ? WHERE id = ?'
	).run(title, text, lang, now, id);
}

/** Withdraws (by = participant) or restores (by = null) a statement; nothing is ever deleted. */
export function updateWithdrawn(
	db: Db,
	id: number,
	withdrawnAt: string | null,
	by: number | null,
	now: string
): void {
	db.prepare(
		'UPDATE statements SET withdrawn_at = ?, withdrawn_by = ?, updated_at = ? WHERE id = ?'
	).run(withdrawnAt, by, now, id);
}
