/** SQL for statements' renderings in the working language. */
import type { Db } from './connection';

export interface Rendering {
	statementId: number;
	lang: string;
	title: string;
	text: string;
	origin: 'person' | 'machine';
	writtenBy: number | null;
	updatedAt: string;
}

interface Row {
	statement_id: number;
	lang: string;
	title: string;
	text: string;
	origin: 'person' | 'machine';
	written_by: number | null;
	updated_at: string;
}

const toRendering = (r: Row): Rendering => ({
	statementId: r.statement_id,
	lang: r.lang,
	title: r.title,
	text: r.text,
	origin: r.origin,
	writtenBy: r.written_by,
	updatedAt: r.updated_at
});

/** The renderings of an event's statements in one language. */
export function listRenderings(db: Db, eventId: number, lang: string): Rendering[] {
	return (
		db
			.prepare(
				`SELECT r.* FROM statement_renderings r JOIN statements s ON s.id = r.statement_id
				 WHERE s.event_id = ? AND r.lang = ? ORDER BY r.statement_id`
			)
			.all(eventId, lang) as Row[]
	).map(toRendering);
}

/** Writes a statement's rendering in a language (replacing the one it had). */
export function putRendering(db: Db, r: Omit<Rendering, 'updatedAt'>, now: string): void {
	db.prepare(
		`INSERT INTO statement_renderings (statement_id, lang, title, text, origin, written_by, created_at, updated_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		 ON CONFLICT (statement_id, lang) DO UPDATE SET title = excluded.title, text = excluded.text,
		   origin = excluded.origin, written_by = excluded.written_by, updated_at = excluded.updated_at`
	).run(r.statementId, r.lang, r.title, r.text, r.origin, r.writtenBy, now, now);
}

/** Removes a statement's rendering in a language. */
export function deleteRendering(db: Db, statementId: number, lang: string): void {
	db.prepare('DELETE FROM statement_renderings WHERE statement_id = ? AND lang = ?').run(
		statementId,
		lang
	);
}
