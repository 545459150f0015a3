/** SQL for the floor's merge suggestions and their supporters. */
import type { Db } from './connection';

export type SuggestionStatus = 'open' | 'applied' | 'dismissed';

export interface SuggestionRow {
	id: number;
	eventId: number;
	themeLow: number;
	themeHigh: number;
	status: SuggestionStatus;
	createdBy: number | null;
	createdAt: string;
	resolvedBy: number | null;
	resolvedAt: string | null;
	/** how many people support it */
	supporters: number;
}

interface RawSuggestion {
	id: number;
	event_id: number;
	theme_low: number;
	theme_high: number;
	status: SuggestionStatus;
	created_by: number | null;
	created_at: string;
	resolved_by: number | null;
	resolved_at: string | null;
	supporters: number;
}

const toSuggestion = (r: RawSuggestion): SuggestionRow => ({
	id: r.id,
	eventId: r.event_id,
	themeLow: r.theme_low,
	themeHigh: r.theme_high,
	status: r.status,
	createdBy: r.created_by,
	createdAt: r.created_at,
	resolvedBy: r.resolved_by,
	resolvedAt: r.resolved_at,
	supporters: r.supporters
});

const SELECT = `SELECT s.*, (SELECT COUNT(*) FROM suggestion_supporters p WHERE p.suggestion_id = s.id) AS supporters
	FROM suggestions s`;

/** The open suggestions of an event, most supported first, then oldest first. */
export function listOpenSuggestions(db: Db, eventId: number): SuggestionRow[] {
	return (
		db
			.prepare(
				`${SELECT} WHERE s.event_id = ? AND s.status = 'open' ORDER BY supporters DESC, s.id`
			)
			.all(eventId) as RawSuggestion[]
	).map(toSuggestion);
}

/** The suggestion with this id in this event, or null. */
export function findSuggestion(db: Db, eventId: number, id: number): SuggestionRow | null {
	const r = db.prepare(`${SELECT} WHERE s.event_id = ? AND s.id = ?`).get(eventId, id) as
		RawSuggestion | undefined;
	return r ? toSuggestion(r) : null;
}

/** The open suggestion of this pair (smaller id first), or null. */
export function findOpenSuggestion(
	db: Db,
	eventId: number,
	themeLow: number,
	themeHigh: number
): SuggestionRow | null {
	const r = db
		.prepare(
			`${SELECT} WHERE s.event_id = ? AND s.theme_low = ? AND s.theme_high = ? AND s.status = 'open'`
		)
		.get(eventId, themeLow, themeHigh) as RawSuggestion | undefined;
	return r ? toSuggestion(r) : null;
}

/** Inserts an open suggestion of a pair (smaller id first). */
export function createSuggestion(
	db: Db,
	s: { eventId: number; themeLow: number; themeHigh: number; createdBy: number },
	now: string
): number {
	return Number(
		db
			.prepare(
				'INSERT INTO suggestions (event_id, theme_low, theme_high, created_by, created_at) VALUES (?, ?, ?, ?, ?)'
			)
			.run(s.eventId, s.themeLow, s.themeHigh, s.createdBy, now).lastInsertRowid
	);
}

/** Marks an open suggestion applied or dismissed; false when it was not open any more. */
export function updateSuggestionStatus(
	db: Db,
	id: number,
	status: 'applied' | 'dismissed',
	by: number,
	now: string
): boolean {
	return (
		db
			.prepare(
				"UPDATE suggestions SET status = ?, resolved_by = ?, resolved_at = ? WHERE id = ? AND status = 'open'"
			)
			.run(status, by, now, id).changes > 0
	);
}

/** Deletes a suggestion and its supporters (its last supporter took theirs back). */
export function deleteSuggestion(db: Db, id: number): void {
	db.prepare('DELETE FROM suggestions WHERE id = ?').run(id);
}

/** Adds a person's support; false when they already support it (a person counts once). */
export function createSupporter(
	db: Db,
	suggestionId: number,
	participantId: number,
	now: string
): boolean {
	return (
		db
			.prepare(
				`INSERT INTO suggestion_supporters (suggestion_id, participant_id, created_at) VALUES (?, ?, ?)
				 ON CONFLICT (suggestion_id, participant_id) DO NOTHING`
			)
			.run(suggestionId, participantId, now).changes > 0
	);
}

/** Takes a person's support back; false when they gave none. */
export function deleteSupporter(db: Db, suggestionId: number, participantId: number): boolean {
	return (
		db
			.prepare('DELETE FROM suggestion_supporters WHERE suggestion_id = ? AND participant_id = ?')
			.run(suggestionId, participantId).changes > 0
	);
}

/** The ids of the open suggestions of an event that this person supports. */
export function listSupportedBy(db: Db, eventId: number, participantId: number): number[] {
	return (
		db
			.prepare(
				`SELECT s.id FROM suggestions s JOIN suggestion_supporters p ON p.suggestion_id = s.id
				 WHERE s.event_id = ? AND s.status = 'open' AND p.participant_id = ? ORDER BY s.id`
			)
			.all(eventId, participantId) as { id: number }[]
	).map((r) => r.id);
}

/** The themes of an event that a vote round or a manifesto pointer names: a merge cannot delete them. */
export function listThemesInUse(db: Db, eventId: number): number[] {
	return (
		db
			.prepare(
				`SELECT rt.theme_id AS id FROM round_themes rt JOIN rounds r ON r.id = rt.round_id WHERE r.event_id = ?
				 UNION
				 SELECT pt.theme_id FROM pointer_themes pt JOIN pointers p ON p.id = pt.pointer_id WHERE p.event_id = ?`
			)
			.all(eventId, eventId) as { id: number }[]
	).map((r) => r.id);
}
