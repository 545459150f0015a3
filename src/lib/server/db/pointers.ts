/** SQL for manifesto pointers and the themes behind them. */
import type { Db } from './connection';

export interface Pointer {
	id: number;
	eventId: number;
	sectionId: number | null;
	title: string;
	body: string;
	position: number;
	themeIds: number[];
	roundIds: number[];
}

/** The pointers of an event in their order. */
export function listPointers(db: Db, eventId: number): Pointer[] {
	const rows = db.prepare('SELECT * FROM pointers WHERE event_id = ? ORDER BY position, id').all(eventId) as {
		id: number;
		event_id: number;
		section_id: number | null;
		title: string;
		body: string;
		position: number;
	}[];
	const links = db.prepare('SELECT theme_id, round_id FROM pointer_themes WHERE pointer_id = ? ORDER BY theme_id');
	return rows.map((r) => {
		const l = links.all(r.id) as { theme_id: number; round_id: number | null }[];
		return {
			id: r.id,
			eventId: r.event_id,
			sectionId: r.section_id,
			title: r.title,
			body: r.body,
			position: r.position,
			themeIds: l.map((x) => x.theme_id),
			roundIds: [...new Set(l.map((x) => x.round_id).filter((x): x is number => x !== null))]
		};
	});
}

/** Adds a pointer at the end, traced to the theme and the round that carried it. */
export function createPointer(db: Db, eventId: number, p: { title: string; body: string; themeId: number; roundId: number | null }, now: string): number {
	const { next } = db.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS next FROM pointers WHERE event_id = ?').get(eventId) as { next: number };
	const id = Number(
		db.prepare('INSERT INTO pointers (event_id, title, body, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(eventId, p.title, p.body, next, now, now)
			.lastInsertRowid
	);
	db.prepare('INSERT INTO pointer_themes (pointer_id, theme_id, round_id) VALUES (?, ?, ?)').run(id, p.themeId, p.roundId);
	return id;
}
