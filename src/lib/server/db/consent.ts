/** SQL for rapporteurs' answers to curation steps, their flags on themes, and how each was settled. */
import type { Db } from './connection';
import type { Resolution, Verdict } from '$lib/domain/consent-rules';

export interface ConsentRow {
	id: number;
	eventId: number;
	sectorId: number;
	participantId: number | null;
	/** the step answered; null for a flag */
	changeId: number | null;
	/** a flag's theme and statement */
	themeId: number | null;
	statementId: number | null;
	verdict: Verdict;
	reason: string;
	createdAt: string;
	updatedAt: string;
	resolution: Resolution | null;
	resolvedBy: number | null;
	resolvedAt: string | null;
}

interface RawConsent {
	id: number;
	event_id: number;
	sector_id: number;
	participant_id: number | null;
	change_id: number | null;
	theme_id: number | null;
	statement_id: number | null;
	verdict: Verdict;
	reason: string;
	created_at: string;
	updated_at: string;
	resolution: Resolution | null;
	resolved_by: number | null;
	resolved_at: string | null;
}

const toConsent = (r: RawConsent): ConsentRow => ({
	id: r.id,
	eventId: r.event_id,
	sectorId: r.sector_id,
	participantId: r.participant_id,
	changeId: r.change_id,
	themeId: r.theme_id,
	statementId: r.statement_id,
	verdict: r.verdict,
	reason: r.reason,
	createdAt: r.created_at,
	updatedAt: r.updated_at,
	resolution: r.resolution,
	resolvedBy: r.resolved_by,
	resolvedAt: r.resolved_at
});

/** Every answer and flag of an event, oldest first. */
export function listConsents(db: Db, eventId: number): ConsentRow[] {
	return (
		db.prepare('SELECT * FROM consents WHERE event_id = ? ORDER BY id').all(eventId) as RawConsent[]
	).map(toConsent);
}

/** The objections and flags of an event that no facilitator has settled yet, oldest first. */
export function listOpenObjections(db: Db, eventId: number): ConsentRow[] {
	return (
		db
			.prepare(
				`SELECT * FROM consents WHERE event_id = ? AND verdict <> 'agree' AND resolution IS NULL ORDER BY id`
			)
			.all(eventId) as RawConsent[]
	).map(toConsent);
}

/** The answer or flag with this id in this event, or null. */
export function findConsent(db: Db, eventId: number, id: number): ConsentRow | null {
	const r = db.prepare('SELECT * FROM consents WHERE event_id = ? AND id = ?').get(eventId, id) as
		RawConsent | undefined;
	return r ? toConsent(r) : null;
}

/** A sector's answer to a step, or null. */
export function findAnswer(db: Db, changeId: number, sectorId: number): ConsentRow | null {
	const r = db
		.prepare('SELECT * FROM consents WHERE change_id = ? AND sector_id = ?')
		.get(changeId, sectorId) as RawConsent | undefined;
	return r ? toConsent(r) : null;
}

/** A sector's unsettled flag of a statement in a theme, or null. */
export function findOpenFlag(
	db: Db,
	sectorId: number,
	themeId: number,
	statementId: number
): ConsentRow | null {
	const r = db
		.prepare(
			`SELECT * FROM consents WHERE sector_id = ? AND theme_id = ? AND statement_id = ?
			 AND verdict = 'misrepresents' AND resolution IS NULL`
		)
		.get(sectorId, themeId, statementId) as RawConsent | undefined;
	return r ? toConsent(r) : null;
}

/** Inserts an answer to a step (changeId) or a flag (themeId and statementId); returns its id. */
export function createConsent(
	db: Db,
	c: {
		eventId: number;
		sectorId: number;
		participantId: number;
		changeId: number | null;
		themeId: number | null;
		statementId: number | null;
		verdict: Verdict;
		reason: string;
	},
	now: string
): number {
	return Number(
		db
			.prepare(
				`INSERT INTO consents (event_id, sector_id, participant_id, change_id, theme_id, statement_id, verdict, reason, created_at, updated_at)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			)
			.run(
				c.eventId,
				c.sectorId,
				c.participantId,
				c.changeId,
				c.themeId,
				c.statementId,
				c.verdict,
				c.reason,
				now,
				now
			).lastInsertRowid
	);
}

/** Changes an unsettled answer (agree and object replace each other); false when it was settled. */
export function updateAnswer(
	db: Db,
	id: number,
	a: { participantId: number; verdict: Verdict; reason: string },
	now: string
): boolean {
	return (
		db
			.prepare(
				'UPDATE consents SET participant_id = ?, verdict = ?, reason = ?, updated_at = ? WHERE id = ? AND resolution IS NULL'
			)
			.run(a.participantId, a.verdict, a.reason, now, id).changes > 0
	);
}

/** Settles an objection or a flag; false when it was settled already. */
export function updateResolution(
	db: Db,
	id: number,
	resolution: Resolution,
	by: number,
	now: string
): boolean {
	return (
		db
			.prepare(
				`UPDATE consents SET resolution = ?, resolved_by = ?, resolved_at = ?
				 WHERE id = ? AND resolution IS NULL AND verdict <> 'agree'`
			)
			.run(resolution, by, now, id).changes > 0
	);
}

// the curation steps a rapporteur answers are read from the change log, whose SQL lives there
export { findStep, listAnswerableSteps } from './change-log';
