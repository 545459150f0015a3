/** SQL for closed sessions (days) and the changes after them. */
import type { Db } from './connection';
import type { SessionSnapshot } from '$lib/domain/since';

export interface SessionRow {
	id: number;
	number: number;
	name: string;
	closedAt: string;
	closedBy: number | null;
	lastChangeId: number;
}

interface RawSession {
	id: number;
	number: number;
	name: string;
	closed_at: string;
	closed_by: number | null;
	last_change_id: number;
	snapshot_json?: string;
}

const toSession = (r: RawSession): SessionRow => ({
	id: r.id,
	number: r.number,
	name: r.name,
	closedAt: r.closed_at,
	closedBy: r.closed_by,
	lastChangeId: r.last_change_id
});

/** The closed sessions of an event, latest first, without their snapshots. */
export function listSessions(db: Db, eventId: number): SessionRow[] {
	return (
		db
			.prepare(
				'SELECT id, number, name, closed_at, closed_by, last_change_id FROM closed_sessions WHERE event_id = ? ORDER BY number DESC'
			)
			.all(eventId) as RawSession[]
	).map(toSession);
}

/** One closed session of the event, by number, with its snapshot; null when there is none. */
export function findSession(
	db: Db,
	eventId: number,
	number: number
): (SessionRow & { snapshot: SessionSnapshot }) | null {
	const r = db
		.prepare('SELECT * FROM closed_sessions WHERE event_id = ? AND number = ?')
		.get(eventId, number) as RawSession | undefined;
	return r ? { ...toSession(r), snapshot: JSON.parse(r.snapshot_json!) as SessionSnapshot } : null;
}

/** Stores a closed session under the next number of the event; returns that number. */
export function insertSession(
	db: Db,
	eventId: number,
	s: { name: string; closedBy: number | null; lastChangeId: number; snapshot: SessionSnapshot },
	now: string
): number {
	const { next } = db
		.prepare('SELECT COALESCE(MAX(number), 0) + 1 AS next FROM closed_sessions WHERE event_id = ?')
		.get(eventId) as { next: number };
	db.prepare(
		`INSERT INTO closed_sessions (event_id, number, name, closed_at, closed_by, last_change_id, snapshot_json)
		 VALUES (?, ?, ?, ?, ?, ?, ?)`
	).run(eventId, next, s.name, now, s.closedBy, s.lastChangeId, JSON.stringify(s.snapshot));
	return next;
}
