/** SQL for the manifesto: sections, pointer edits, action plans and where statements ended up. */
import type { Db } from './connection';
import type { ActionStatus } from '$lib/domain/manifesto';

export interface SectionRow {
	id: number;
	eventId: number;
	title: string;
	position: number;
}

export interface PointerRow {
	id: number;
	eventId: number;
	sectionId: number | null;
	title: string;
	body: string;
	position: number;
	createdAt: string;
	/** the themes behind it, with the round that carried each */
	themes: { themeId: number; roundId: number | null }[];
}

export interface ActionRow {
	id: number;
	pointerId: number;
	description: string;
	organisation: string;
	timeline: string;
	status: ActionStatus;
	position: number;
}

export interface OutcomeRow {
	statementId: number;
	eventId: number;
	outcome: 'paper' | 'parked';
	reason: string;
	decidedBy: number | null;
	decidedAt: string;
}

// ---- sections

export function listSections(db: Db, eventId: number): SectionRow[] {
	return db
		.prepare(
			'SELECT id, event_id AS eventId, title, position FROM manifesto_sections WHERE event_id = ? ORDER BY position, id'
		)
		.all(eventId) as SectionRow[];
}

export function findSection(db: Db, eventId: number, id: number): SectionRow | null {
	return (
		(db
			.prepare(
				'SELECT id, event_id AS eventId, title, position FROM manifesto_sections WHERE event_id = ? AND id = ?'
			)
			.get(eventId, id) as SectionRow | undefined) ?? null
	);
}

/** Inserts or replaces a section (a given id puts back a deleted one on undo). */
export function putSection(db: Db, s: SectionRow, now: string): number {
	const existing = findSection(db, s.eventId, s.id);
	if (existing) {
		db.prepare(
			'UPDATE manifesto_sections SET title = ?, position = ?, updated_at = ? WHERE id = ?'
		).run(s.title, s.position, now, s.id);
		return s.id;
	}
	return Number(
		db
			.prepare(
				'INSERT INTO manifesto_sections (id, event_id, title, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)'
			)
			.run(s.id > 0 ? s.id : null, s.eventId, s.title, s.position, now, now).lastInsertRowid
	);
}

export function deleteSection(db: Db, id: number): void {
	db.prepare('DELETE FROM manifesto_sections WHERE id = ?').run(id);
}

export function nextSectionPosition(db: Db, eventId: number): number {
	return (
		db
			.prepare(
				'SELECT COALESCE(MAX(position), -1) + 1 AS n FROM manifesto_sections WHERE event_id = ?'
			)
			.get(eventId) as { n: number }
	).n;
}

// ---- pointers

const POINTER_COLUMNS =
	'id, event_id AS eventId, section_id AS sectionId, title, body, position, created_at AS createdAt';

function withThemes(db: Db, rows: Omit<PointerRow, 'themes'>[]): PointerRow[] {
	const links = db.prepare(
		'SELECT theme_id AS themeId, round_id AS roundId FROM pointer_themes WHERE pointer_id = ? ORDER BY theme_id'
	);
	return rows.map((r) => ({ ...r, themes: links.all(r.id) as PointerRow['themes'] }));
}

export function listPointerRows(db: Db, eventId: number): PointerRow[] {
	return withThemes(
		db,
		db
			.prepare(`SELECT ${POINTER_COLUMNS} FROM pointers WHERE event_id = ? ORDER BY position, id`)
			.all(eventId) as Omit<PointerRow, 'themes'>[]
	);
}

export function findPointer(db: Db, eventId: number, id: number): PointerRow | null {
	const row = db
		.prepare(`SELECT ${POINTER_COLUMNS} FROM pointers WHERE event_id = ? AND id = ?`)
		.get(eventId, id) as Omit<PointerRow, 'themes'> | undefined;
	return row ? withThemes(db, [row])[0] : null;
}

/** Inserts or replaces a pointer with its theme links (a given id puts back a deleted one on undo). */
export function putPointer(db: Db, p: PointerRow, now: string): number {
	let id = p.id;
	if (id > 0 && findPointer(db, p.eventId, id)) {
		db.prepare(
			'UPDATE pointers SET section_id = ?, title = ?, body = ?, position = ?, updated_at = ? WHERE id = ?'
		).run(p.sectionId, p.title, p.body, p.position, now, id);
		db.prepare('DELETE FROM pointer_themes WHERE pointer_id = ?').run(id);
	} else {
		id = Number(
			db
				.prepare(
					'INSERT INTO pointers (id, event_id, section_id, title, body, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
				)
				.run(
					id > 0 ? id : null,
					p.eventId,
					p.sectionId,
					p.title,
					p.body,
					p.position,
					p.createdAt || now,
					now
				).lastInsertRowid
		);
	}
	const link = db.prepare(
		'INSERT INTO pointer_themes (pointer_id, theme_id, round_id) VALUES (?, ?, ?)'
	);
	for (const t of p.themes) link.run(id, t.themeId, t.roundId);
	return id;
}

/** The pointers traced to these themes (in any event: a pointer holds a theme by its id). */
export function listPointersHolding(
	db: Db,
	themeIds: readonly number[]
): { themeId: number; pointerId: number; title: string }[] {
	if (themeIds.length === 0) return [];
	return db
		.prepare(
			`SELECT pt.theme_id AS themeId, p.id AS pointerId, p.title FROM pointer_themes pt JOIN pointers p ON p.id = pt.pointer_id
			 WHERE pt.theme_id IN (${themeIds.map(() => '?').join(', ')}) ORDER BY p.position, p.id`
		)
		.all(...themeIds) as { themeId: number; pointerId: number; title: string }[];
}

/** The event's themes that a pointer is traced to. */
export function listThemeIdsBehindPointers(db: Db, eventId: number): number[] {
	return (
		db
			.prepare(
				'SELECT DISTINCT pt.theme_id AS id FROM pointer_themes pt JOIN pointers p ON p.id = pt.pointer_id WHERE p.event_id = ?'
			)
			.all(eventId) as { id: number }[]
	).map((r) => r.id);
}

/** Whether a row of this kind has this id, in any event (an id another event's row took cannot be given back). */
export function isIdTaken(db: Db, kind: 'section' | 'pointer' | 'action', id: number): boolean {
	const table = { section: 'manifesto_sections', pointer: 'pointers', action: 'pointer_actions' }[
		kind
	];
	return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

export function deletePointer(db: Db, id: number): void {
	db.prepare('DELETE FROM pointers WHERE id = ?').run(id);
}

export function nextPointerPosition(db: Db, eventId: number): number {
	return (
		db
			.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS n FROM pointers WHERE event_id = ?')
			.get(eventId) as { n: number }
	).n;
}

// ---- action plans

const ACTION_COLUMNS =
	'a.id, a.pointer_id AS pointerId, a.description, a.organisation, a.timeline, a.status, a.position';

export function listActions(db: Db, eventId: number): ActionRow[] {
	return db
		.prepare(
			`SELECT ${ACTION_COLUMNS} FROM pointer_actions a JOIN pointers p ON p.id = a.pointer_id WHERE p.event_id = ? ORDER BY a.pointer_id, a.position, a.id`
		)
		.all(eventId) as ActionRow[];
}

export function findAction(db: Db, eventId: number, id: number): ActionRow | null {
	return (
		(db
			.prepare(
				`SELECT ${ACTION_COLUMNS} FROM pointer_actions a JOIN pointers p ON p.id = a.pointer_id WHERE p.event_id = ? AND a.id = ?`
			)
			.get(eventId, id) as ActionRow | undefined) ?? null
	);
}

/** Inserts or replaces an action (a given id puts back a deleted one on undo). */
export function putAction(db: Db, eventId: number, a: ActionRow, now: string): number {
	if (a.id > 0 && findAction(db, eventId, a.id)) {
		db.prepare(
			'UPDATE pointer_actions SET pointer_id = ?, description = ?, organisation = ?, timeline = ?, status = ?, position = ?, updated_at = ? WHERE id = ?'
		).run(a.pointerId, a.description, a.organisation, a.timeline, a.status, a.position, now, a.id);
		return a.id;
	}
	return Number(
		db
			.prepare(
				'INSERT INTO pointer_actions (id, pointer_id, description, organisation, timeline, status, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
			)
			.run(
				a.id > 0 ? a.id : null,
				a.pointerId,
				a.description,
				a.organisation,
				a.timeline,
				a.status,
				a.position,
				now,
				now
			).lastInsertRowid
	);
}

export function deleteAction(db: Db, id: number): void {
	db.prepare('DELETE FROM pointer_actions WHERE id = ?').run(id);
}

export function nextActionPosition(db: Db, pointerId: number): number {
	return (
		db
			.prepare(
				'SELECT COALESCE(MAX(position), -1) + 1 AS n FROM pointer_actions WHERE pointer_id = ?'
			)
			.get(pointerId) as { n: number }
	).n;
}

// ---- where statements ended up

const OUTCOME_COLUMNS =
	'statement_id AS statementId, event_id AS eventId, outcome, reason, decided_by AS decidedBy, decided_at AS decidedAt';

export function listOutcomes(db: Db, eventId: number): OutcomeRow[] {
	return db
		.prepare(
			`SELECT ${OUTCOME_COLUMNS} FROM statement_outcomes WHERE event_id = ? ORDER BY statement_id`
		)
		.all(eventId) as OutcomeRow[];
}

export function findOutcome(db: Db, eventId: number, statementId: number): OutcomeRow | null {
	return (
		(db
			.prepare(
				`SELECT ${OUTCOME_COLUMNS} FROM statement_outcomes WHERE event_id = ? AND statement_id = ?`
			)
			.get(eventId, statementId) as OutcomeRow | undefined) ?? null
	);
}

export function putOutcome(db: Db, o: OutcomeRow): void {
	db.prepare(
		`INSERT INTO statement_outcomes (statement_id, event_id, outcome, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)
		 ON CONFLICT (statement_id) DO UPDATE SET outcome = excluded.outcome, reason = excluded.reason, decided_by = excluded.decided_by, decided_at = excluded.decided_at`
	).run(o.statementId, o.eventId, o.outcome, o.reason, o.decidedBy, o.decidedAt);
}

export function deleteOutcome(db: Db, statementId: number): void {
	db.prepare('DELETE FROM statement_outcomes WHERE statement_id = ?').run(statementId);
}
