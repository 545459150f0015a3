/** Breakout submission: rapporteurs write their own sector's statements; facilitators oversee all. */
import type { Db } from '../db/connection';
import * as repo from '../db/statements';
import { appendChange } from '../db/change-log';
import { findSector, findSectorByName, getEvent, listSectors } from '../db/events';
import type { Actor, ActorType, Sector, Statement, StatementSource } from '$lib/domain/types';
import { checkStatement } from '$lib/domain/statement-schema';
import {
	acceptedItems,
	markRepeats,
	parseCsv,
	parsePaste,
	type BatchReport
} from '$lib/domain/batch';
import { submissionsOpen } from '$lib/domain/phases';
import { detectLanguageOf } from '../language';
import { isLanguageCode } from '$lib/domain/languages';
import { requireRole } from './access';
import { ensure, Refusal } from './errors';
import { now } from './clock';
import { publish } from '../live';

/**
 * The sector the actor may write to: a rapporteur only their own and only while submissions are
 * open; a facilitator any sector of the event at any time.
 */
export function writableSector(db: Db, actor: Actor | null, sectorId: number): Sector {
	const a = requireRole(actor, 'facilitator', 'rapporteur');
	const sector = findSector(db, a.eventId, sectorId);
	ensure(sector, 'not_found');
	if (a.role === 'rapporteur') {
		ensure(a.sectorId === sectorId, 'other_sector');
		ensure(submissionsOpen(getEvent(db, a.eventId)), 'phase_closed');
	}
	return sector;
}

/** The sector whose page the actor may read: rapporteurs their own, facilitators all. */
export function readableSector(db: Db, actor: Actor | null, sectorId: number): Sector {
	const a = requireRole(actor, 'facilitator', 'rapporteur');
	const sector = findSector(db, a.eventId, sectorId);
	ensure(sector, 'not_found');
	if (a.role === 'rapporteur') ensure(a.sectorId === sectorId, 'other_sector');
	return sector;
}

function log(db: Db, a: Actor, action: string, id: number, before: unknown, after: unknown) {
	appendChange(
		db,
		{
			eventId: a.eventId,
			actorId: a.participantId,
			actorRole: a.role,
			action,
			entity: 'statement',
			entityId: id,
			before,
			after
		},
		now()
	);
}

/** Tells the event's open pages, once the change is committed. */
function notify(s: Statement): Statement {
	publish(s.eventId, 'statements');
	return s;
}

const snapshot = (s: Statement) => ({
	sectorId: s.sectorId,
	title: s.title,
	text: s.text,
	withdrawnAt: s.withdrawnAt
});

function insert(
	db: Db,
	a: Actor,
	sectorId: number,
	item: {
		title: string;
		text: string;
		actorType?: ActorType | null;
		submitKey?: string | null;
		/** the language its writer gave; detected among the event's languages when absent */
		lang?: string | null;
	},
	source: StatementSource
): Statement {
	const lang =
		item.lang ?? detectLanguageOf(`${item.title} ${item.text}`, getEvent(db, a.eventId).languages);
	const s = repo.createStatement(
		db,
		{
			eventId: a.eventId,
			sectorId,
			title: item.title,
			text: item.text,
			lang,
			authorId: a.participantId,
			source,
			actorType: item.actorType,
			submitKey: item.submitKey
		},
		now()
	);
	log(db, a, 'statement.create', s.id, null, snapshot(s));
	return s;
}

// A form's key is a random UUID from the page's load; anything else posted as one is no key.
const SUBMIT_KEY = /^[A-Za-z0-9-]{8,64}$/;

/**
 * The statement this person already stored with this form key, so that posting the form again
 * (a refresh, a double tap) stores nothing; a key another person's statement holds is refused.
 */
function alreadySubmitted(db: Db, a: Actor, sectorId: number, key: string | null) {
	const earlier = key ? repo.findStatementBySubmitKey(db, a.eventId, key) : null;
	if (earlier)
		ensure(earlier.authorId === a.participantId && earlier.sectorId === sectorId, 'conflict');
	return earlier;
}

/**
 * Adds one statement to a sector; `actorType` says who raised it in the breakout (a sectoral actor
 * or a digital activist), and when left out the writer's own declared type stands. `key` is the
 * form's idempotency key: posted again, it returns the statement it stored the first time.
 */
export function submitStatement(
	db: Db,
	actor: Actor | null,
	sectorId: number,
	raw: { text?: unknown; title?: unknown; actorType?: unknown; key?: unknown; lang?: unknown }
): Statement {
	writableSector(db, actor, sectorId);
	// the writer's choice of language, or (empty) "detect it"
	const lang = typeof raw.lang === 'string' && raw.lang !== '' ? raw.lang : null;
	const submitKey = typeof raw.key === 'string' && SUBMIT_KEY.test(raw.key) ? raw.key : null;
	const checked = checkStatement(raw);
	const actorType =
		raw.actorType === 'sectoral' || raw.actorType === 'digital' ? raw.actorType : null;
	const errors = {
		...(checked.ok ? {} : checked.errors),
		...(raw.actorType && !actorType ? { actorType: 'invalid' } : {}),
		...(lang !== null && !isLanguageCode(lang) ? { lang: 'bad_language' } : {})
	};
	if (!checked.ok || Object.keys(errors).length) throw new Refusal('invalid', errors);
	const { statement, stored } = db.transaction(() => {
		const earlier = alreadySubmitted(db, actor!, sectorId, submitKey);
		if (earlier) return { statement: earlier, stored: false };
		const s = insert(
			db,
			actor!,
			sectorId,
			{ ...checked.value, actorType, submitKey, lang },
			'form'
		);
		return { statement: s, stored: true };
	})();
	if (stored) publish(statement.eventId, 'statements');
	return statement;
}

/** A statement the actor may change: in a sector they may write to, and not withdrawn unless they restore it. */
function changeable(db: Db, actor: Actor | null, statementId: number): Statement {
	const a = requireRole(actor, 'facilitator', 'rapporteur');
	const s = repo.findStatement(db, a.eventId, statementId);
	ensure(s, 'not_found');
	writableSector(db, a, s.sectorId);
	return s;
}

/**
 * The statement with its sector, for its page: `own` when the actor may edit it (a facilitator,
 * the rapporteur of its sector). A rapporteur of another sector may read it while it is live,
 * having opened it from a near-duplicate hint.
 */
export function statementForEdit(
	db: Db,
	actor: Actor | null,
	statementId: number
): { statement: Statement; sector: Sector; own: boolean } {
	const a = requireRole(actor, 'facilitator', 'rapporteur');
	const s = repo.findStatement(db, a.eventId, statementId);
	ensure(s, 'not_found');
	if (a.role === 'facilitator' || a.sectorId === s.sectorId)
		return { statement: s, sector: readableSector(db, a, s.sectorId), own: true };
	ensure(!s.withdrawnAt, 'not_found');
	const sector = findSector(db, a.eventId, s.sectorId);
	ensure(sector, 'not_found');
	return { statement: s, sector, own: false };
}

/** Rewords a statement. */
export function editStatement(
	db: Db,
	actor: Actor | null,
	statementId: number,
	raw: { text?: unknown; title?: unknown }
): Statement {
	const s = changeable(db, actor, statementId);
	ensure(!s.withdrawnAt, 'conflict');
	const checked = checkStatement(raw);
	if (!checked.ok) throw new Refusal('invalid', checked.errors);
	return notify(
		db.transaction(() => {
			const { title, text } = checked.value;
			// reworded, it may read as another language; an uncertain guess keeps the one it had
			const lang =
				detectLanguageOf(`${title} ${text}`, getEvent(db, s.eventId).languages) ?? s.lang;
			repo.updateStatementText(db, s.id, title, text, lang, now());
			const after = repo.getStatement(db, s.eventId, s.id);
			log(db, actor!, 'statement.edit', s.id, snapshot(s), snapshot(after));
			return after;
		})()
	);
}

/** Withdraws a statement: it leaves the lists and the clustering, and stays restorable. */
export function withdrawStatement(db: Db, actor: Actor | null, statementId: number): Statement {
	const s = changeable(db, actor, statementId);
	if (s.withdrawnAt) return s;
	return notify(
		db.transaction(() => {
			repo.updateWithdrawn(db, s.id, now(), actor!.participantId, now());
			const after = repo.getStatement(db, s.eventId, s.id);
			log(db, actor!, 'statement.withdraw', s.id, snapshot(s), snapshot(after));
			return after;
		})()
	);
}

/** Brings a withdrawn statement back (facilitators only). */
export function restoreStatement(db: Db, actor: Actor | null, statementId: number): Statement {
	const a = requireRole(actor, 'facilitator');
	const s = repo.findStatement(db, a.eventId, statementId);
	ensure(s, 'not_found');
	if (!s.withdrawnAt) return s;
	return notify(
		db.transaction(() => {
			repo.updateWithdrawn(db, s.id, null, null, now());
			const after = repo.getStatement(db, s.eventId, s.id);
			log(db, a, 'statement.restore', s.id, snapshot(s), snapshot(after));
			return after;
		})()
	);
}

/** The event's active statements with their sector's name, for telling repeats in a batch. */
function storedTexts(db: Db, eventId: number): { text: string; sector: string }[] {
	const names = new Map(listSectors(db, eventId).map((s) => [s.id, s.name]));
	return repo
		.listStatements(db, eventId, { status: 'active' })
		.map((s) => ({ text: s.text, sector: names.get(s.sectorId) ?? '' }));
}

/**
 * Checks a pasted batch for a sector without saving anything; items already stored in the event,
 * or repeated in the batch, are marked.
 */
export function previewPaste(
	db: Db,
	actor: Actor | null,
	sectorId: number,
	text: string
): BatchReport {
	const a = requireRole(actor, 'facilitator', 'rapporteur');
	writableSector(db, a, sectorId);
	return markRepeats(parsePaste(text), storedTexts(db, a.eventId));
}

/**
 * Checks a CSV without saving, marking repeats as a paste does. On a sector page every row goes
 * to that sector, and a `sector` column, when filled, must name it; on the facilitator's page
 * (sectorId null) each row names its sector.
 */
export function previewCsv(
	db: Db,
	actor: Actor | null,
	sectorId: number | null,
	csv: string
): BatchReport & { sectorIds: number[] } {
	const a = requireRole(actor, 'facilitator', 'rapporteur');
	const page = sectorId === null ? null : writableSector(db, a, sectorId);
	if (page === null) requireRole(a, 'facilitator');
	const report = parseCsv(csv);
	const sectorIds = report.items.map((item) => {
		if (!item.sector) {
			if (page) return page.id;
			item.errors.sector ??= 'csv_sector_missing';
			return 0;
		}
		const named = findSectorByName(db, a.eventId, item.sector);
		if (!named) item.errors.sector ??= 'csv_sector_unknown';
		else if (page && named.id !== page.id) item.errors.sector ??= 'csv_sector_other';
		return named?.id ?? 0;
	});
	report.validCount = report.items.filter((i) => Object.keys(i.errors).length === 0).length;
	return { ...markRepeats(report, storedTexts(db, a.eventId)), sectorIds };
}

/** What saving a batch did: statements added, and repeats left out. */
export interface BatchSaved {
	saved: number;
	skipped: number;
}

/** Whether a batch's repeats are stored too; by default they are skipped. */
export interface BatchOptions {
	storeRepeats?: boolean;
}

/** Saves a checked batch whole (but for repeats, unless told to store them), or refuses it whole. */
function saveBatch(
	db: Db,
	actor: Actor,
	report: BatchReport,
	sectorIds: number[],
	source: StatementSource,
	{ storeRepeats = false }: BatchOptions
): BatchSaved {
	const items = acceptedItems(report);
	if (!items) throw new Refusal('invalid', { batch: 'batch_has_errors' });
	const kept = items
		.map((item, i) => ({ item, sectorId: sectorIds[i] }))
		.filter(({ item }) => storeRepeats || !item.repeat);
	if (kept.length === 0) return { saved: 0, skipped: items.length };
	db.transaction(() => {
		for (const { item, sectorId } of kept) insert(db, actor, sectorId, item, source);
	})();
	publish(actor.eventId, 'statements');
	return { saved: kept.length, skipped: items.length - kept.length };
}

/** Saves a pasted batch into a sector. */
export function savePaste(
	db: Db,
	actor: Actor | null,
	sectorId: number,
	text: string,
	options: BatchOptions = {}
): BatchSaved {
	const report = previewPaste(db, actor, sectorId, text);
	return saveBatch(
		db,
		actor!,
		report,
		report.items.map(() => sectorId),
		'paste',
		options
	);
}

/** Imports a CSV (see previewCsv for where rows go). */
export function importCsv(
	db: Db,
	actor: Actor | null,
	sectorId: number | null,
	csv: string,
	options: BatchOptions = {}
): BatchSaved {
	const report = previewCsv(db, actor, sectorId, csv);
	return saveBatch(db, actor!, report, report.sectorIds, 'csv', options);
}

/** A sector's statements, newest first (withdrawn ones too, for the facilitator). */
export function listSectorStatements(db: Db, actor: Actor | null, sectorId: number): Statement[] {
	const a = requireRole(actor, 'facilitator', 'rapporteur');
	readableSector(db, a, sectorId);
	return repo.listStatements(db, a.eventId, { sectorId, status: 'active' });
}

/** All statements of the event, filtered (facilitators only). */
export function listEventStatements(
	db: Db,
	actor: Actor | null,
	filter: repo.StatementFilter
): Statement[] {
	const a = requireRole(actor, 'facilitator');
	return repo.listStatements(db, a.eventId, filter);
}

/** Counts per sector, for dashboards. */
export function sectorCounts(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator');
	const counts = repo.countStatementsBySector(db, a.eventId);
	return listSectors(db, a.eventId).map((s) => ({
		sector: s,
		...(counts.get(s.id) ?? { active: 0, withdrawn: 0 })
	}));
}
