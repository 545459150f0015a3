/**
 * Statements in the working language. A statement in another language can carry a rendering in the
 * event's working language, written by a person (its sector's rapporteur, a facilitator, an
 * interpreter holding a translator link) or drafted by machine translation (Apertium, or a
 * LibreTranslate server) for a person to check. The engine groups on the rendering where one
 * exists and on the original elsewhere, so statements group by topic rather than by language;
 * statements in another language without one are counted, never silently left out.
 */
import type { Db } from '../db/connection';
import * as repo from '../db/renderings';
import { findStatement, listStatements } from '../db/statements';
import { getEvent } from '../db/events';
import { appendChange } from '../db/change-log';
import { checkStatement } from '$lib/domain/statement-schema';
import { TITLE_MAX } from '$lib/domain/statement-rules';
import type { Actor, Statement } from '$lib/domain/types';
import { requireRole } from './access';
import { ensure, Refusal } from './errors';
import { now } from './clock';
import { publish } from '../live';
import { canTranslate, machineTranslate, MachineTranslationError } from '../translate/machine';
import type { EngineName } from '../translate/machine';

export type { Rendering } from '../db/renderings';

/** The renderings in the event's working language, by statement (none while it has none). */
export function workingRenderings(db: Db, eventId: number): Map<number, repo.Rendering> {
	const working = getEvent(db, eventId).workingLanguage;
	if (!working) return new Map();
	return new Map(repo.listRenderings(db, eventId, working).map((r) => [r.statementId, r]));
}

/** What the engine reads of a statement: its rendering in the working language, else the original. */
export function engineText(
	s: Pick<Statement, 'id' | 'title' | 'text' | 'lang'>,
	renderings: Map<number, repo.Rendering>
): { text: string; lang: string | null } {
	const r = renderings.get(s.id);
	return r
		? { text: `${r.title} ${r.text}`.trim(), lang: r.lang }
		: { text: `${s.title} ${s.text}`.trim(), lang: s.lang };
}

/** A statement in a language other than the working one (its language known). */
const needsRendering = (s: Statement, working: string) => s.lang !== null && s.lang !== working;

/**
 * Writes (or, with an empty text, removes) a statement's rendering in the working language: a
 * facilitator, an interpreter (any sector's statement), or the rapporteur of the statement's sector.
 */
export function writeRendering(
	db: Db,
	actor: Actor | null,
	statementId: number,
	raw: { title?: unknown; text?: unknown }
): void {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'translator');
	const s = findStatement(db, a.eventId, statementId);
	ensure(s && !s.withdrawnAt, 'not_found');
	if (a.role === 'rapporteur') ensure(a.sectorId === s.sectorId, 'other_sector');
	const working = getEvent(db, a.eventId).workingLanguage;
	if (!working) throw new Refusal('invalid', { text: 'no_working_language' });
	const empty = typeof raw.text !== 'string' || raw.text.trim() === '';
	const checked = empty ? null : checkStatement(raw);
	if (checked && !checked.ok) throw new Refusal('invalid', checked.errors);
	db.transaction(() => {
		const t = now();
		if (checked?.ok)
			repo.putRendering(
				db,
				{
					statementId,
					lang: working,
					title: checked.value.title,
					text: checked.value.text,
					origin: 'person',
					writtenBy: a.participantId
				},
				t
			);
		else repo.deleteRendering(db, statementId, working);
		appendChange(
			db,
			{
				eventId: a.eventId,
				actorId: a.participantId,
				actorRole: a.role,
				action: 'statement.render',
				entity: 'statement',
				entityId: statementId,
				before: null,
				after: checked?.ok ? { lang: working, ...checked.value } : { lang: working }
			},
			t
		);
	})();
	publish(a.eventId, 'statements');
}

/**
 * Where the event's statements stand in the working language: how many of each other language
 * have no rendering yet, and how many renderings are machine drafts no person has checked.
 */
export function renderingStatus(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'translator');
	const working = getEvent(db, a.eventId).workingLanguage;
	if (!working) return { working: null, missing: [], machine: 0 };
	const renderings = workingRenderings(db, a.eventId);
	const missing = new Map<string, number>();
	for (const s of listStatements(db, a.eventId))
		if (needsRendering(s, working) && !renderings.has(s.id))
			missing.set(s.lang!, (missing.get(s.lang!) ?? 0) + 1);
	return {
		working,
		missing: [...missing].map(([lang, count]) => ({ lang, count })),
		machine: [...renderings.values()].filter((r) => r.origin === 'machine').length
	};
}

/** The languages still missing renderings that machine translation here takes to the working one. */
export async function machineLanguages(db: Db, actor: Actor | null): Promise<string[]> {
	const status = renderingStatus(db, actor);
	if (!status.working) return [];
	const langs = status.missing.map((m) => m.lang);
	const able = await Promise.all(langs.map((l) => canTranslate(l, status.working!)));
	return langs.filter((_, i) => able[i]);
}

/** Drafts texts, turning an engine's failure into a refusal a person can act on (nothing is written). */
async function draft(texts: string[], from: string, to: string) {
	try {
		return await machineTranslate(texts, from, to);
	} catch (e) {
		if (!(e instanceof MachineTranslationError)) throw e;
		// the operator reads the cause in the server's log; the person is told nothing was drafted
		console.warn(`[machine translation] ${e.message}`);
		throw new Refusal('translation_failed');
	}
}

/**
 * Drafts, by machine translation, a rendering for every statement in another language that has
 * none (a person's rendering is never replaced): a facilitator or an interpreter. Returns how many
 * were drafted, and how many statements of each language no engine here can bridge. When an engine
 * fails, nothing is written and the refusal says so.
 */
export async function draftRenderings(
	db: Db,
	actor: Actor | null
): Promise<{ drafted: number; unbridged: { lang: string; count: number }[] }> {
	const a = requireRole(actor, 'facilitator', 'translator');
	const working = getEvent(db, a.eventId).workingLanguage;
	if (!working) throw new Refusal('invalid', { workingLanguage: 'no_working_language' });
	const renderings = workingRenderings(db, a.eventId);
	const byLang = new Map<string, Statement[]>();
	for (const s of listStatements(db, a.eventId))
		if (needsRendering(s, working) && !renderings.has(s.id))
			byLang.set(s.lang!, [...(byLang.get(s.lang!) ?? []), s]);
	const drafts: { s: Statement; title: string; text: string }[] = [];
	const unbridged: { lang: string; count: number }[] = [];
	const engines: Record<string, EngineName> = {};
	for (const [lang, statements] of byLang) {
		// titles and texts in one run, empty titles left out
		const parts = statements.flatMap((s) => (s.title ? [s.title, s.text] : [s.text]));
		const drafted = await draft(parts, lang, working);
		if (!drafted) {
			unbridged.push({ lang, count: statements.length });
			continue;
		}
		engines[lang] = drafted.engine;
		const out = drafted.texts;
		let at = 0;
		for (const s of statements) {
			const title = s.title ? out[at++] : '';
			drafts.push({ s, title, text: out[at++] });
		}
	}
	const drafted = db.transaction(() => {
		const t = now();
		// written while the drafts were made: a person's rendering stays
		const current = workingRenderings(db, a.eventId);
		let n = 0;
		for (const d of drafts) {
			if (current.has(d.s.id) || !d.text) continue;
			repo.putRendering(
				db,
				{
					statementId: d.s.id,
					lang: working,
					title: d.title.slice(0, TITLE_MAX),
					text: d.text,
					origin: 'machine',
					writtenBy: null
				},
				t
			);
			n++;
		}
		appendChange(
			db,
			{
				eventId: a.eventId,
				actorId: a.participantId,
				actorRole: a.role,
				action: 'statements.draft_renderings',
				entity: 'statement',
				entityId: null,
				before: null,
				// the rendering records only that a machine drafted it; the log names which engine
				after: { lang: working, drafted: n, engines }
			},
			t
		);
		return n;
	})();
	publish(a.eventId, 'statements');
	return { drafted, unbridged };
}
