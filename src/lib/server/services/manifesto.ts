/**
 * The manifesto after the vote: facilitators edit pointers, order them in sections, record action
 * plans and decide where each statement behind no pointer goes (its sector's issue paper only, or
 * parked with a reason). Every edit is one transaction logged with before/after snapshots, so each
 * facilitator can undo and redo their own steps; an undo over someone else's later change is
 * refused. Everyone reads the manifesto and the sector papers once it is published.
 */
import type { Db } from '../db/connection';
import * as repo from '../db/manifesto';
import { appendChange } from '../db/change-log';
import { getEvent, listSectors, updateManifestoPublished } from '../db/events';
import { findStatement, listStatements } from '../db/statements';
import { listMembers, listThemes } from '../db/themes';
import { listBallots, listRounds } from '../db/rounds';
import { roundSettings, tally } from '$lib/domain/tally';
import { buildManifesto, buildSectorPaper, coverageOf, outcomesOf, type ManifestoInput, type VoteLine } from '$lib/domain/manifesto';
import { actionInput, check, outcomeInput, pointerInput, POINTER_BODY_MAX, sectionInput } from '$lib/domain/manifesto-rules';
import type { Actor, EventInfo } from '$lib/domain/types';
import { requireRole } from './access';
import { ensure, Refusal } from './errors';
import { now } from './clock';
import { publish } from '../live';
import { replayStep, undoStacks } from './undo';

// ---- reading

/** Every closed round's result as one line per theme. */
function voteLines(db: Db, eventId: number): VoteLine[] {
	const sectorIds = listSectors(db, eventId).map((s) => s.id);
	return listRounds(db, eventId)
		.filter((r) => r.status === 'closed')
		.flatMap((round) => {
			const t = tally(roundSettings(round.method, round.settings), round.themeIds, listBallots(db, round.id), sectorIds);
			return t.themes.map((line) => ({
				roundId: round.id,
				roundTitle: round.title,
				method: round.method,
				themeId: line.themeId,
				rank: line.rank,
				of: t.themes.length,
				tied: line.tied,
				ballots: t.ballots,
				marks: line.marks,
				score: line.score,
				blocks: line.consent?.blocks ?? 0,
				marksBySector: Object.fromEntries(line.bySector.filter((s) => s.sectorId !== null && s.marks > 0).map((s) => [s.sectorId, s.marks]))
			}));
		});
}

/** What the manifesto and the papers are built from, read in one transaction. */
export function manifestoInput(db: Db, eventId: number): ManifestoInput {
	return db.transaction(() => {
		const event = getEvent(db, eventId);
		const pointers = repo.listPointerRows(db, eventId);
		const behind = new Set(pointers.flatMap((p) => p.themes.map((t) => t.themeId)));
		const members = listMembers(db, eventId);
		return {
			event: { name: event.name, slug: event.slug, description: event.description, place: event.place, startsOn: event.startsOn, endsOn: event.endsOn },
			sectors: listSectors(db, eventId).map((s) => ({ id: s.id, name: s.name, colour: s.colour })),
			statements: listStatements(db, eventId, { status: 'active' })
				.sort((a, b) => a.id - b.id)
				.map((s) => ({ id: s.id, sectorId: s.sectorId, title: s.title, text: s.text, actorType: s.actorType })),
			themes: listThemes(db, eventId)
				.filter((t) => t.status !== 'discarded' || behind.has(t.id))
				.map((t) => ({ id: t.id, label: t.label, memberIds: members.filter((m) => m.themeId === t.id).map((m) => m.statementId) })),
			sections: repo.listSections(db, eventId).map(({ id, title, position }) => ({ id, title, position })),
			pointers: pointers.map((p) => ({
				id: p.id,
				sectionId: p.sectionId,
				title: p.title,
				body: p.body,
				position: p.position,
				themeIds: p.themes.map((t) => t.themeId),
				roundIds: [...new Set(p.themes.map((t) => t.roundId).filter((r): r is number => r !== null))]
			})),
			actions: repo.listActions(db, eventId).map(({ id, pointerId, description, organisation, timeline, status, position }) => ({
				id,
				pointerId,
				description,
				organisation,
				timeline,
				status,
				position
			})),
			outcomes: repo.listOutcomes(db, eventId).map(({ statementId, outcome, reason }) => ({ statementId, outcome, reason })),
			votes: voteLines(db, eventId)
		};
	})();
}

/** Facilitators read the outputs at any time; everyone else once the manifesto is published. */
function mayRead(actor: Actor | null, event: EventInfo): boolean {
	return actor?.role === 'facilitator' || event.manifestoPublishedAt !== null;
}

/** The manifesto of the event; refused (as not found) before it is published, except to facilitators. */
export function manifestoFor(db: Db, actor: Actor | null, event: EventInfo) {
	ensure(mayRead(actor, event), 'not_found');
	return buildManifesto(manifestoInput(db, event.id));
}

/** One sector's issue paper: to facilitators, to the sector's rapporteur, and to everyone once published. */
export function paperFor(db: Db, actor: Actor | null, event: EventInfo, sectorId: number) {
	ensure(mayRead(actor, event) || (actor?.role === 'rapporteur' && actor.sectorId === sectorId), 'not_found');
	const paper = buildSectorPaper(manifestoInput(db, event.id), sectorId);
	ensure(paper, 'not_found');
	return paper;
}

/** The coverage check: per sector counts, and every statement behind no pointer with its decision. */
export function coverageFor(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator');
	const input = manifestoInput(db, a.eventId);
	const outcomes = outcomesOf(input);
	return {
		coverage: coverageOf(input),
		pointers: input.pointers.length,
		statements: input.statements
			.filter((s) => outcomes.get(s.id)!.outcome !== 'pointer')
			.map((s) => ({ ...s, ...outcomes.get(s.id)! }))
	};
}

/** The editor's view: the document, the sections its forms list, publication and the undo buttons' state. */
export function editorFor(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator');
	const event = getEvent(db, a.eventId);
	return { doc: buildManifesto(manifestoInput(db, a.eventId)), sections: repo.listSections(db, a.eventId), publishedAt: event.manifestoPublishedAt, undo: undoState(db, a) };
}

// ---- snapshots for undo

/** "kind:id" → the row as it was (null: it did not exist). */
type Snapshot = Record<string, unknown>;
const KINDS = ['section', 'pointer', 'action', 'outcome'] as const;
type Kind = (typeof KINDS)[number];
const key = (kind: Kind, id: number) => `${kind}:${id}`;

function read(db: Db, eventId: number, k: string): unknown {
	const [kind, raw] = k.split(':') as [Kind, string];
	const id = Number(raw);
	if (kind === 'section') return repo.findSection(db, eventId, id);
	if (kind === 'pointer') return repo.findPointer(db, eventId, id);
	if (kind === 'action') return repo.findAction(db, eventId, id);
	return repo.findOutcome(db, eventId, id);
}

function snapshot(db: Db, eventId: number, keys: Iterable<string>): Snapshot {
	return Object.fromEntries([...keys].map((k) => [k, read(db, eventId, k)]));
}

/** Puts rows back as a snapshot had them: deletions children first, insertions parents first. */
function restore(db: Db, eventId: number, target: Snapshot, t: string): void {
	const entries = Object.entries(target).map(([k, v]) => ({ kind: k.split(':')[0] as Kind, id: Number(k.split(':')[1]), v }));
	for (const kind of [...KINDS].reverse())
		for (const e of entries.filter((x) => x.kind === kind && x.v === null)) {
			if (kind === 'section') repo.deleteSection(db, e.id);
			else if (kind === 'pointer') repo.deletePointer(db, e.id);
			else if (kind === 'action') repo.deleteAction(db, e.id);
			else repo.deleteOutcome(db, e.id);
		}
	for (const kind of KINDS)
		for (const e of entries.filter((x) => x.kind === kind && x.v !== null)) {
			if (kind === 'section') repo.putSection(db, e.v as repo.SectionRow, t);
			else if (kind === 'pointer') repo.putPointer(db, e.v as repo.PointerRow, t);
			else if (kind === 'action') repo.putAction(db, eventId, e.v as repo.ActionRow, t);
			else repo.putOutcome(db, e.v as repo.OutcomeRow);
		}
}

const same = (a: Snapshot, b: Snapshot) => Object.keys(b).every((k) => JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null));

/**
 * Runs one manifesto edit for a facilitator in one transaction: snapshots the rows it touches,
 * applies it, and logs before and after. `change` returns the keys of rows it created.
 */
function edit(db: Db, actor: Actor | null, action: string, touched: (a: Actor) => string[], change: (a: Actor, t: string) => string[] | void): void {
	const a = requireRole(actor, 'facilitator');
	db.transaction(() => {
		const t = now();
		const keys = touched(a);
		const before = snapshot(db, a.eventId, keys);
		const created = change(a, t) ?? [];
		for (const k of created) before[k] = null;
		const after = snapshot(db, a.eventId, [...keys, ...created]);
		appendChange(db, { eventId: a.eventId, actorId: a.participantId, actorRole: a.role, action, entity: 'manifesto', entityId: null, before, after }, t);
	})();
	publish(a.eventId, 'event');
}

/** What the actor can undo and redo next (action names), for the buttons. */
export function undoState(db: Db, a: Actor): { undo: string | null; redo: string | null } {
	const { done, undone } = undoStacks<Snapshot>(db, a, 'manifesto');
	return { undo: done.at(-1)?.action ?? null, redo: undone.at(-1)?.action ?? null };
}

function replay(db: Db, actor: Actor | null, direction: 'undo' | 'redo'): string {
	const a = requireRole(actor, 'facilitator');
	const action = replayStep<Snapshot>(
		db,
		a,
		'manifesto',
		direction,
		// someone changed these rows since: refuse rather than overwrite their work
		(from) => same(snapshot(db, a.eventId, Object.keys(from)), from),
		(to, t) => restore(db, a.eventId, to, t)
	);
	publish(a.eventId, 'event');
	return action;
}

/** Undoes the actor's last manifesto edit, unless its rows changed since. */
export const undo = (db: Db, actor: Actor | null) => replay(db, actor, 'undo');
/** Redoes the actor's last undone manifesto edit. */
export const redo = (db: Db, actor: Actor | null) => replay(db, actor, 'redo');

// ---- editing

function valid<T>(r: { ok: true; value: T } | { ok: false; errors: Record<string, string> }): T {
	if (!r.ok) throw new Refusal('invalid', r.errors);
	return r.value;
}

function pointerOf(db: Db, a: Actor, id: number): repo.PointerRow {
	const p = repo.findPointer(db, a.eventId, id);
	ensure(p, 'not_found');
	return p;
}

function sectionOf(db: Db, a: Actor, id: number | null): number | null {
	if (id === null) return null;
	ensure(repo.findSection(db, a.eventId, id), 'invalid', { sectionId: 'invalid' });
	return id;
}

/** The pointers of one section (null: unsorted) in reading order. */
function pointersIn(db: Db, eventId: number, sectionId: number | null): repo.PointerRow[] {
	return repo.listPointerRows(db, eventId).filter((p) => p.sectionId === sectionId);
}

/** Rewrites a pointer's title and text, and the section it sits in (moving it to the end of that section). */
export function editPointer(db: Db, actor: Actor | null, pointerId: number, raw: { title?: unknown; body?: unknown; sectionId?: number | null }): void {
	const input = valid(check(pointerInput, raw));
	edit(
		db,
		actor,
		'manifesto.pointer.edit',
		() => [key('pointer', pointerId)],
		(a, t) => {
			const p = pointerOf(db, a, pointerId);
			const sectionId = raw.sectionId === undefined ? p.sectionId : sectionOf(db, a, raw.sectionId);
			const position = sectionId === p.sectionId ? p.position : repo.nextPointerPosition(db, a.eventId);
			repo.putPointer(db, { ...p, ...input, sectionId, position }, t);
		}
	);
}

/** A pointer written by hand, traced to no theme. */
export function addPointer(db: Db, actor: Actor | null, raw: { title?: unknown; body?: unknown; sectionId?: number | null }): number {
	const input = valid(check(pointerInput, raw));
	let id = 0;
	edit(
		db,
		actor,
		'manifesto.pointer.add',
		() => [],
		(a, t) => {
			const sectionId = sectionOf(db, a, raw.sectionId ?? null);
			id = repo.putPointer(db, { id: 0, eventId: a.eventId, sectionId, ...input, position: repo.nextPointerPosition(db, a.eventId), createdAt: t, themes: [] }, t);
			return [key('pointer', id)];
		}
	);
	return id;
}

/** Removes a pointer with its actions; its themes can be promoted again. Undo puts it all back. */
export function removePointer(db: Db, actor: Actor | null, pointerId: number): void {
	edit(
		db,
		actor,
		'manifesto.pointer.remove',
		(a) => [key('pointer', pointerId), ...repo.listActions(db, a.eventId).filter((x) => x.pointerId === pointerId).map((x) => key('action', x.id))],
		(a) => {
			pointerOf(db, a, pointerId);
			repo.deletePointer(db, pointerId);
		}
	);
}

/**
 * Merges one pointer into another when the room finds they say one thing: the target keeps its
 * words and gains the source's themes (so its provenance covers both), text and actions; the
 * source goes. Undo puts both back as they were.
 */
export function mergePointers(db: Db, actor: Actor | null, sourceId: number, targetId: number): void {
	edit(
		db,
		actor,
		'manifesto.pointer.merge',
		(a) => [key('pointer', sourceId), key('pointer', targetId), ...repo.listActions(db, a.eventId).filter((x) => x.pointerId === sourceId).map((x) => key('action', x.id))],
		(a, t) => {
			const source = pointerOf(db, a, sourceId);
			const target = pointerOf(db, a, targetId);
			ensure(source.id !== target.id, 'invalid', { targetId: 'invalid' });
			const themes = [...target.themes, ...source.themes.filter((x) => !target.themes.some((y) => y.themeId === x.themeId))];
			const body = [target.body, source.body].filter(Boolean).join('\n\n');
			ensure(body.length <= POINTER_BODY_MAX, 'invalid', { body: 'too_long' });
			repo.putPointer(db, { ...target, body, themes }, t);
			let position = repo.nextActionPosition(db, targetId);
			for (const x of repo.listActions(db, a.eventId).filter((y) => y.pointerId === sourceId)) repo.putAction(db, a.eventId, { ...x, pointerId: targetId, position: position++ }, t);
			repo.deletePointer(db, sourceId);
		}
	);
}

/** Swaps a pointer with its neighbour in its section (up: earlier, down: later). */
export function movePointer(db: Db, actor: Actor | null, pointerId: number, direction: 'up' | 'down'): void {
	edit(
		db,
		actor,
		'manifesto.pointer.move',
		(a) => pointersIn(db, a.eventId, pointerOf(db, a, pointerId).sectionId).map((p) => key('pointer', p.id)),
		(a, t) => {
			const list = pointersIn(db, a.eventId, pointerOf(db, a, pointerId).sectionId);
			const i = list.findIndex((p) => p.id === pointerId);
			const j = direction === 'up' ? i - 1 : i + 1;
			ensure(j >= 0 && j < list.length, 'invalid');
			[list[i], list[j]] = [list[j], list[i]];
			const positions = list.map((p) => p.position).sort((x, y) => x - y);
			// equal positions (never expected) would make the swap invisible: renumber from the first
			const distinct = new Set(positions).size === positions.length ? positions : positions.map((_, k) => positions[0] + k);
			list.forEach((p, k) => repo.putPointer(db, { ...p, position: distinct[k] }, t));
		}
	);
}

export function addSection(db: Db, actor: Actor | null, raw: { title?: unknown }): number {
	const { title } = valid(check(sectionInput, raw));
	let id = 0;
	edit(
		db,
		actor,
		'manifesto.section.add',
		() => [],
		(a, t) => {
			id = repo.putSection(db, { id: 0, eventId: a.eventId, title, position: repo.nextSectionPosition(db, a.eventId) }, t);
			return [key('section', id)];
		}
	);
	return id;
}

export function renameSection(db: Db, actor: Actor | null, sectionId: number, raw: { title?: unknown }): void {
	const { title } = valid(check(sectionInput, raw));
	edit(
		db,
		actor,
		'manifesto.section.rename',
		() => [key('section', sectionId)],
		(a, t) => {
			const s = repo.findSection(db, a.eventId, sectionId);
			ensure(s, 'not_found');
			repo.putSection(db, { ...s, title }, t);
		}
	);
}

/** Moves a section one place earlier or later. */
export function moveSection(db: Db, actor: Actor | null, sectionId: number, direction: 'up' | 'down'): void {
	edit(
		db,
		actor,
		'manifesto.section.move',
		(a) => repo.listSections(db, a.eventId).map((s) => key('section', s.id)),
		(a, t) => {
			const list = repo.listSections(db, a.eventId);
			const i = list.findIndex((s) => s.id === sectionId);
			ensure(i >= 0, 'not_found');
			const j = direction === 'up' ? i - 1 : i + 1;
			ensure(j >= 0 && j < list.length, 'invalid');
			[list[i], list[j]] = [list[j], list[i]];
			list.forEach((s, k) => repo.putSection(db, { ...s, position: k }, t));
		}
	);
}

/** Removes a section; its pointers become unsorted (and come back into it on undo). */
export function removeSection(db: Db, actor: Actor | null, sectionId: number): void {
	edit(
		db,
		actor,
		'manifesto.section.remove',
		(a) => [key('section', sectionId), ...pointersIn(db, a.eventId, sectionId).map((p) => key('pointer', p.id))],
		(a) => {
			ensure(repo.findSection(db, a.eventId, sectionId), 'not_found');
			repo.deleteSection(db, sectionId);
		}
	);
}

/** Adds an action to a pointer's plan. */
export function addAction(db: Db, actor: Actor | null, pointerId: number, raw: Record<string, unknown>): number {
	const input = valid(check(actionInput, { status: 'planned', ...raw }));
	let id = 0;
	edit(
		db,
		actor,
		'manifesto.action.add',
		() => [],
		(a, t) => {
			pointerOf(db, a, pointerId);
			id = repo.putAction(db, a.eventId, { id: 0, pointerId, ...input, position: repo.nextActionPosition(db, pointerId) }, t);
			return [key('action', id)];
		}
	);
	return id;
}

export function editAction(db: Db, actor: Actor | null, actionId: number, raw: Record<string, unknown>): void {
	const input = valid(check(actionInput, raw));
	edit(
		db,
		actor,
		'manifesto.action.edit',
		() => [key('action', actionId)],
		(a, t) => {
			const x = repo.findAction(db, a.eventId, actionId);
			ensure(x, 'not_found');
			repo.putAction(db, a.eventId, { ...x, ...input }, t);
		}
	);
}

export function removeAction(db: Db, actor: Actor | null, actionId: number): void {
	edit(
		db,
		actor,
		'manifesto.action.remove',
		() => [key('action', actionId)],
		(a) => {
			ensure(repo.findAction(db, a.eventId, actionId), 'not_found');
			repo.deleteAction(db, actionId);
		}
	);
}

/**
 * Decides where statements behind no pointer go: their sector's paper only, parked with a reason,
 * or back to undecided. A statement already behind a pointer is refused: it is in the manifesto.
 */
export function decideOutcome(db: Db, actor: Actor | null, statementIds: number[], raw: { outcome?: unknown; reason?: unknown }): void {
	const input = valid(check(outcomeInput, raw));
	ensure(statementIds.length > 0, 'invalid', { statementId: 'required' });
	edit(
		db,
		actor,
		`manifesto.outcome.${input.outcome}`,
		() => statementIds.map((id) => key('outcome', id)),
		(a, t) => {
			const reached = outcomesOf(manifestoInput(db, a.eventId));
			for (const id of statementIds) {
				const s = findStatement(db, a.eventId, id);
				ensure(s && s.withdrawnAt === null, 'not_found');
				if (reached.get(id)?.outcome === 'pointer') throw new Refusal('invalid', { statementId: 'in_pointer' });
				if (input.outcome === 'undecided') repo.deleteOutcome(db, id);
				else repo.putOutcome(db, { statementId: id, eventId: a.eventId, outcome: input.outcome, reason: input.reason, decidedBy: a.participantId, decidedAt: t });
			}
		}
	);
}

/** Sends every undecided statement of a sector to its issue paper. */
export function sendRestToPaper(db: Db, actor: Actor | null, sectorId: number): number {
	const a = requireRole(actor, 'facilitator');
	const input = manifestoInput(db, a.eventId);
	const outcomes = outcomesOf(input);
	const ids = input.statements.filter((s) => s.sectorId === sectorId && outcomes.get(s.id)!.outcome === 'undecided').map((s) => s.id);
	if (ids.length) decideOutcome(db, a, ids, { outcome: 'paper' });
	return ids.length;
}

/** Publishes the manifesto and the sector papers to everyone with the event's address, or takes them back. */
export function setPublished(db: Db, actor: Actor | null, published: boolean): void {
	const a = requireRole(actor, 'facilitator');
	db.transaction(() => {
		const t = now();
		const before = getEvent(db, a.eventId).manifestoPublishedAt;
		const after = published ? (before ?? t) : null;
		updateManifestoPublished(db, a.eventId, after, t);
		appendChange(db, { eventId: a.eventId, actorId: a.participantId, actorRole: a.role, action: published ? 'manifesto.publish' : 'manifesto.unpublish', entity: 'event', entityId: a.eventId, before: { publishedAt: before }, after: { publishedAt: after } }, t);
	})();
	publish(a.eventId, 'event');
}
