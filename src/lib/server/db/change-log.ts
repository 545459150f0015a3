/** SQL for the append-only change log. */
import type { Db } from './connection';

export interface ChangeEntry {
	eventId: number;
	actorId: number | null;
	actorRole: string;
	action: string;
	entity: string;
	entityId: number | null;
	before: unknown;
	after: unknown;
}

export interface LoggedChange extends ChangeEntry {
	id: number;
	at: string;
}

/** Appends one change; callers run it inside the transaction of the change itself. */
export function appendChange(db: Db, c: ChangeEntry, now: string): void {
	db.prepare(
		`INSERT INTO change_log (event_id, actor_id, actor_role, at, action, entity, entity_id, before_json, after_json)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
	).run(
		c.eventId,
		c.actorId,
		c.actorRole,
		now,
		c.action,
		c.entity,
		c.entityId,
		c.before === undefined ? null : JSON.stringify(c.before),
		c.after === undefined ? null : JSON.stringify(c.after)
	);
}

interface ChangeRow {
	id: number;
	event_id: number;
	actor_id: number | null;
	actor_role: string;
	at: string;
	action: string;
	entity: string;
	entity_id: number | null;
	before_json: string | null;
	after_json: string | null;
}

const toChange = (r: ChangeRow): LoggedChange => ({
	id: r.id,
	eventId: r.event_id,
	actorId: r.actor_id,
	actorRole: r.actor_role,
	at: r.at,
	action: r.action,
	entity: r.entity,
	entityId: r.entity_id,
	before: r.before_json === null ? null : JSON.parse(r.before_json),
	after: r.after_json === null ? null : JSON.parse(r.after_json)
});

/** The latest changes of an event, newest first. */
export function listChanges(db: Db, eventId: number, limit = 100): LoggedChange[] {
	return (
		db
			.prepare('SELECT * FROM change_log WHERE event_id = ? ORDER BY id DESC LIMIT ?')
			.all(eventId, limit) as ChangeRow[]
	).map(toChange);
}

/** The event's changes after the change `afterId`, oldest first, at most `limit` of them. */
export function listChangesAfter(
	db: Db,
	eventId: number,
	afterId: number,
	limit: number
): LoggedChange[] {
	return (
		db
			.prepare('SELECT * FROM change_log WHERE event_id = ? AND id > ? ORDER BY id LIMIT ?')
			.all(eventId, afterId, limit) as ChangeRow[]
	).map(toChange);
}

/** The id of the event's latest change (0 when it has none). */
export function lastChangeId(db: Db, eventId: number): number {
	const r = db
		.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM change_log WHERE event_id = ?')
		.get(eventId) as { id: number };
	return r.id;
}

/** The latest curation steps of these actions (the ones a rapporteur may answer), newest first. */
export function listAnswerableSteps(
	db: Db,
	eventId: number,
	actions: readonly string[],
	limit: number
): LoggedChange[] {
	if (actions.length === 0) return [];
	return (
		db
			.prepare(
				`SELECT * FROM change_log WHERE event_id = ? AND entity = 'themes'
				 AND action IN (${actions.map(() => '?').join(', ')}) ORDER BY id DESC LIMIT ?`
			)
			.all(eventId, ...actions, limit) as ChangeRow[]
	).map(toChange);
}

/** One curation step of an event, or null. */
export function findStep(db: Db, eventId: number, id: number): LoggedChange | null {
	const r = db
		.prepare(`SELECT * FROM change_log WHERE event_id = ? AND id = ? AND entity = 'themes'`)
		.get(eventId, id) as ChangeRow | undefined;
	return r ? toChange(r) : null;
}
