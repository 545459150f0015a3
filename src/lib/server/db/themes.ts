/** SQL for themes and their members. */
import type { Db } from './connection';

export type ThemeStatus = 'proposed' | 'accepted' | 'locked' | 'discarded';

export interface ThemeRow {
	id: number;
	eventId: number;
	label: string;
	description: string;
	status: ThemeStatus;
	origin: 'engine' | 'manual';
	keyPhrases: string[];
	representativeId: number | null;
	crossSector: number;
	cohesion: number;
	/** a person has touched it: re-proposing keeps it as they left it */
	edited: boolean;
	version: number;
	createdAt: string;
	updatedAt: string;
}

export interface Member {
	themeId: number;
	statementId: number;
	similarity: number | null;
	sharedTerms: string[];
	origin: 'engine' | 'manual';
}

interface RawTheme {
	id: number;
	event_id: number;
	label: string;
	description: string;
	status: ThemeStatus;
	origin: 'engine' | 'manual';
	key_phrases: string;
	representative_id: number | null;
	cross_sector: number;
	cohesion: number;
	edited: number;
	version: number;
	created_at: string;
	updated_at: string;
}

const toTheme = (r: RawTheme): ThemeRow => ({
	id: r.id,
	eventId: r.event_id,
	label: r.label,
	description: r.description,
	status: r.status,
	origin: r.origin,
	keyPhrases: JSON.parse(r.key_phrases) as string[],
	representativeId: r.representative_id,
	crossSector: r.cross_sector,
	cohesion: r.cohesion,
	edited: r.edited === 1,
	version: r.version,
	createdAt: r.created_at,
	updatedAt: r.updated_at
});

interface RawMember {
	theme_id: number;
	statement_id: number;
	similarity: number | null;
	shared_terms: string;
	origin: 'engine' | 'manual';
}

const toMember = (r: RawMember): Member => ({
	themeId: r.theme_id,
	statementId: r.statement_id,
	similarity: r.similarity,
	sharedTerms: JSON.parse(r.shared_terms) as string[],
	origin: r.origin
});

/** The themes of an event, oldest first. */
export function listThemes(db: Db, eventId: number): ThemeRow[] {
	return (
		db.prepare('SELECT * FROM themes WHERE event_id = ? ORDER BY id').all(eventId) as RawTheme[]
	).map(toTheme);
}

/** The theme with this id in this event, or null. */
export function findTheme(db: Db, eventId: number, id: number): ThemeRow | null {
	const r = db.prepare('SELECT * FROM themes WHERE event_id = ? AND id = ?').get(eventId, id) as
		RawTheme | undefined;
	return r ? toTheme(r) : null;
}

/** Every membership of an event's themes. */
export function listMembers(db: Db, eventId: number): Member[] {
	return (
		db
			.prepare(
				'SELECT m.* FROM theme_members m JOIN themes t ON t.id = m.theme_id WHERE t.event_id = ? ORDER BY m.theme_id, m.similarity DESC, m.statement_id'
			)
			.all(eventId) as RawMember[]
	).map(toMember);
}

/** The members of one theme. */
export function listThemeMembers(db: Db, themeId: number): Member[] {
	return (
		db
			.prepare(
				'SELECT * FROM theme_members WHERE theme_id = ? ORDER BY similarity DESC, statement_id'
			)
			.all(themeId) as RawMember[]
	).map(toMember);
}

/** What a new theme is made of: a theme row without its id, event, version and times. */
export type NewTheme = Omit<ThemeRow, 'id' | 'eventId' | 'version' | 'createdAt' | 'updatedAt'>;

/**
 * Inserts a theme; with `id` it brings back one that was deleted (undo), with the version and the
 * creation time it had. A new theme's id is one never given out before (AUTOINCREMENT).
 */
export function createTheme(
	db: Db,
	eventId: number,
	t: NewTheme,
	now: string,
	id?: number,
	version = 1,
	createdAt = now
): number {
	return Number(
		db
			.prepare(
				`INSERT INTO themes (id, event_id, label, description, status, origin, key_phrases, representative_id, cross_sector, cohesion, edited, version, created_at, updated_at)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			)
			.run(
				id ?? null,
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
				version,
				createdAt,
				now
			).lastInsertRowid
	);
}

/** Whether a theme has this id, in any event (undo cannot bring a theme back under an id another row took). */
export function isThemeIdTaken(db: Db, id: number): boolean {
	return db.prepare('SELECT 1 FROM themes WHERE id = ?').get(id) !== undefined;
}

/** Writes a theme's own fields and bumps its version. */
export function updateTheme(
	db: Db,
	id: number,
	t: Pick<ThemeRow, 'label' | 'description' | 'status'>,
	now: string
): void {
	db.prepare(
		'UPDATE themes SET label = ?, description = ?, status = ?, version = version + 1, updated_at = ? WHERE id = ?'
	).run(t.label, t.description, t.status, now, id);
}

/** Sets a theme's version (undo puts back the version it had). */
export function updateThemeVersion(db: Db, id: number, version: number): void {
	db.prepare('UPDATE themes SET version = ? WHERE id = ?').run(version, id);
}

/** Marks a theme as touched by a person, or not (undo), leaving its version alone. */
export function setEdited(db: Db, id: number, edited: boolean): void {
	db.prepare('UPDATE themes SET edited = ? WHERE id = ?').run(edited ? 1 : 0, id);
}

/** Bumps a theme's version after its members changed. */
export function touchTheme(db: Db, id: number, now: string): void {
	db.prepare('UPDATE themes SET version = version + 1, updated_at = ? WHERE id = ?').run(now, id);
}

/** Deletes a theme and its memberships. */
export function deleteTheme(db: Db, id: number): void {
	db.prepare('DELETE FROM themes WHERE id = ?').run(id);
}

/** Puts a statement in a theme (or updates how it sits there). */
export function upsertMember(db: Db, m: Member, now: string): void {
	db.prepare(
		`INSERT INTO theme_members (theme_id, statement_id, similarity, shared_terms, origin, created_at) VALUES (?, ?, ?, ?, ?, ?)
		 ON CONFLICT (theme_id, statement_id) DO UPDATE SET similarity = excluded.similarity, shared_terms = excluded.shared_terms, origin = excluded.origin`
	).run(m.themeId, m.statementId, m.similarity, JSON.stringify(m.sharedTerms), m.origin, now);
}

/** Takes a statement out of a theme. */
export function deleteMember(db: Db, themeId: number, statementId: number): void {
	db.prepare('DELETE FROM theme_members WHERE theme_id = ? AND statement_id = ?').run(
		themeId,
		statementId
	);
}

/** Empties a theme. */
export function deleteMembers(db: Db, themeId: number): void {
	db.prepare('DELETE FROM theme_members WHERE theme_id = ?').run(themeId);
}
