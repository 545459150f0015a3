/**
 * Convergence: propose themes with the engine, curate them, and undo or redo any step.
 * Every change records a snapshot of the themes it touched before and after; undo puts the
 * "before" back only if the themes are still exactly as the "after" left them.
 */
import type { Db } from '../db/connection';
import * as repo from '../db/themes';
import { appendChange, listChanges } from '../db/change-log';
import { listStatements } from '../db/statements';
import { findParticipant } from '../db/access';
import { listSectors } from '../db/events';
import type { Actor, Statement } from '$lib/domain/types';
import { normaliseText } from '$lib/domain/statement-rules';
import { proposeOffThread } from '../engine-worker';
import { placeStatements, type ThemeProposal } from '$lib/clustering';
import { requireRole } from './access';
import { ensure, Refusal } from './errors';
import { now } from './clock';
import { publish } from '../live';
import { replayStep, undoStacks, type Step as UndoStep } from './undo';

type ThemeState = { theme: repo.ThemeRow; members: repo.Member[] } | null;
/** Theme id → its state (null: it does not exist). */
type Snapshot = Record<string, ThemeState>;

function snapshot(db: Db, eventId: number, ids: Iterable<number>): Snapshot {
	const out: Snapshot = {};
	for (const id of ids) {
		const theme = repo.findTheme(db, eventId, id);
		out[id] = theme ? { theme, members: repo.listThemeMembers(db, id) } : null;
	}
	return out;
}

/** The same themes in the same versions (every change bumps a theme's version). */
function sameState(a: Snapshot, b: Snapshot): boolean {
	return Object.keys(b).every((id) => (a[id]?.theme.version ?? null) === (b[id]?.theme.version ?? null));
}

function restore(db: Db, eventId: number, target: Snapshot, t: string): void {
	for (const [key, state] of Object.entries(target)) {
		const id = Number(key);
		if (!state) {
			repo.deleteTheme(db, id);
			continue;
		}
		if (repo.findTheme(db, eventId, id)) {
			repo.updateTheme(db, id, state.theme, t);
			repo.deleteMembers(db, id);
		} else {
			repo.createTheme(db, eventId, state.theme, t, id);
		}
		repo.updateThemeVersion(db, id, state.theme.version);
		for (const m of state.members) repo.upsertMember(db, m, t);
	}
}

/**
 * Runs one curation step for a facilitator: checks the versions the person saw (a stale view
 * gets a conflict), applies the change, and logs both snapshots, all in one transaction.
 */
function curate(
	db: Db,
	actor: Actor | null,
	action: string,
	touched: number[],
	seen: Record<number, number | undefined>,
	change: (a: Actor, t: string) => number[] | void
): Snapshot {
	const a = requireRole(actor, 'facilitator');
	const after = db.transaction(() => {
		const t = now();
		const before = snapshot(db, a.eventId, touched);
		for (const id of touched) {
			const state = before[id];
			ensure(state, 'conflict');
			const expected = seen[id];
			if (expected !== undefined && expected !== state.theme.version) throw new Refusal('conflict');
		}
		const created = change(a, t) ?? [];
		for (const id of created) before[id] = null;
		const after = snapshot(db, a.eventId, [...touched, ...created]);
		appendChange(db, { eventId: a.eventId, actorId: a.participantId, actorRole: a.role, action, entity: 'themes', entityId: touched[0] ?? created[0] ?? null, before, after }, t);
		return after;
	})();
	publish(a.eventId, 'themes');
	return after;
}

/** Which statements sit in which live theme, and which in none. */
export function boardOf(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	const statements = listStatements(db, a.eventId, { status: 'active' });
	const byId = new Map(statements.map((s) => [s.id, s]));
	const themes = repo.listThemes(db, a.eventId);
	const members = repo.listMembers(db, a.eventId);
	const live = new Set(themes.filter((t) => t.status !== 'discarded').map((t) => t.id));
	const placed = new Set(members.filter((m) => live.has(m.themeId) && byId.has(m.statementId)).map((m) => m.statementId));
	return {
		sectors: listSectors(db, a.eventId),
		themes: themes.map((t) => ({
			...t,
			members: members.filter((m) => m.themeId === t.id && byId.has(m.statementId)).map((m) => ({ ...m, statement: byId.get(m.statementId)! }))
		})),
		unassigned: statements.filter((s) => !placed.has(s.id))
	};
}

// The same statements and seed give the same proposal; a fixed seed keeps re-runs stable.
const PROPOSAL_SEED = 1;

/** A theme a facilitator has made their own: accepted, locked, made by hand or holding a manual placement. */
function isFixed(t: repo.ThemeRow, members: repo.Member[]): boolean {
	return t.status === 'accepted' || t.status === 'locked' || t.origin === 'manual' || members.some((m) => m.themeId === t.id && m.origin === 'manual');
}

interface Computed {
	a: Actor;
	proposal: ThemeProposal;
	replaced: repo.ThemeRow[];
	members: repo.Member[];
}

/** Runs the engine over every active statement that no fixed theme holds. */
async function computeProposal(db: Db, actor: Actor | null): Promise<Computed> {
	const a = requireRole(actor, 'facilitator');
	const themes = repo.listThemes(db, a.eventId);
	const members = repo.listMembers(db, a.eventId);
	const fixed = themes.filter((t) => t.status !== 'discarded' && isFixed(t, members));
	const replaced = themes.filter((t) => t.status === 'proposed' && !isFixed(t, members));
	const held = new Set(members.filter((m) => fixed.some((t) => t.id === m.themeId)).map((m) => m.statementId));
	const statements = listStatements(db, a.eventId, { status: 'active' }).filter((s) => !held.has(s.id));
	const sectorName = new Map(listSectors(db, a.eventId).map((s) => [s.id, s.name]));
	const proposal = await proposeOffThread(
		statements.map((s: Statement) => ({ id: String(s.id), text: `${s.title} ${s.text}`.trim(), sector: sectorName.get(s.sectorId) ?? null, lang: s.lang })),
		{ seed: PROPOSAL_SEED }
	);
	return { a, proposal, replaced, members };
}

const labelOf = (theme: ThemeProposal['themes'][number]) => theme.keyPhrases.slice(0, 3).join(' · ') || theme.label;

export interface ProposalPreview {
	/** themes the proposal would add */
	appear: { label: string; size: number; sectors: number }[];
	/** untouched proposals it would replace */
	disappear: { id: number; label: string }[];
	/** statements that would end up with other companions than now */
	moves: { statementId: number; from: string | null; to: string | null }[];
	/** themes a facilitator fixed, which stay as they are */
	kept: number;
}

/**
 * What proposing again would change, without changing anything. The engine is deterministic, so
 * applying right after gives exactly this.
 */
export async function previewProposal(db: Db, actor: Actor | null): Promise<ProposalPreview> {
	const { a, proposal, replaced, members } = await computeProposal(db, actor);
	const oldTheme = new Map<number, repo.ThemeRow>();
	for (const m of members) {
		const t = replaced.find((x) => x.id === m.themeId);
		if (t) oldTheme.set(m.statementId, t);
	}
	const moves: ProposalPreview['moves'] = [];
	const placed = new Map<number, string>();
	for (const theme of proposal.themes) {
		// the old theme most of the new theme's members come from: those who came from elsewhere move
		const tally = new Map<number | null, number>();
		for (const mem of theme.members) {
			const from = oldTheme.get(Number(mem.id))?.id ?? null;
			tally.set(from, (tally.get(from) ?? 0) + 1);
		}
		const main = [...tally.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
		for (const mem of theme.members) {
			const id = Number(mem.id);
			placed.set(id, labelOf(theme));
			const from = oldTheme.get(id) ?? null;
			if ((from?.id ?? null) !== main || (from === null && replaced.length > 0)) moves.push({ statementId: id, from: from?.label ?? null, to: labelOf(theme) });
		}
	}
	for (const [id, t] of oldTheme) if (!placed.has(id)) moves.push({ statementId: id, from: t.label, to: null });
	const all = repo.listThemes(db, a.eventId);
	return {
		appear: proposal.themes.map((t) => ({ label: labelOf(t), size: t.members.length, sectors: Object.keys(t.sectors).length })),
		disappear: replaced.map((t) => ({ id: t.id, label: t.label })),
		moves,
		kept: all.filter((t) => t.status !== 'discarded' && !replaced.some((r) => r.id === t.id)).length
	};
}

/**
 * Proposes themes over every active statement that no fixed theme holds, replacing the earlier
 * untouched proposals; fixed and discarded themes stay as they are.
 */
export async function proposeEventThemes(db: Db, actor: Actor | null): Promise<{ created: number; kReason: string }> {
	const { a, proposal, replaced } = await computeProposal(db, actor);
	// the engine ran off the request thread: refuse to replace themes someone changed meanwhile
	const seen = Object.fromEntries(replaced.map((t) => [t.id, t.version]));
	let created = 0;
	const active = new Set(listStatements(db, a.eventId, { status: 'active' }).map((s) => s.id));
	curate(db, a, 'themes.propose', replaced.map((t) => t.id), seen, (_a, t) => {
		for (const old of replaced) repo.deleteTheme(db, old.id);
		return proposal.themes.map((theme) => {
			const id = repo.createTheme(
				db,
				a.eventId,
				{
					label: labelOf(theme),
					description: '',
					status: 'proposed',
					origin: 'engine',
					keyPhrases: theme.keyPhrases,
					representativeId: Number(theme.representativeId),
					crossSector: theme.crossSector,
					cohesion: theme.cohesion
				},
				t
			);
			// a statement withdrawn while the engine ran stays out
			for (const m of theme.members)
				if (active.has(Number(m.id))) repo.upsertMember(db, { themeId: id, statementId: Number(m.id), similarity: m.similarity, sharedTerms: m.sharedTerms, origin: 'engine' }, t);
			created++;
			return id;
		});
	});
	return { created, kReason: proposal.diagnostics.kReason };
}

// Below this the engine's best theme is more guess than suggestion.
const SUGGESTION_MIN_SCORE = 0.15;

/**
 * For each statement in no theme (written after the proposal, say), the theme it fits best, as a
 * suggestion the facilitator accepts or not: nothing is placed silently.
 */
export function suggestPlacements(db: Db, actor: Actor | null): Map<number, { themeId: number; score: number; sharedTerms: string[] }> {
	const board = boardOf(db, actor);
	const live = board.themes.filter((t) => t.status !== 'discarded' && t.members.length > 0);
	if (board.unassigned.length === 0 || live.length === 0) return new Map();
	const input = (s: Statement) => ({ id: String(s.id), text: `${s.title} ${s.text}`.trim(), lang: s.lang });
	const placements = placeStatements(
		board.unassigned.map(input),
		live.map((t) => ({ id: String(t.id), statements: t.members.map((m) => input(m.statement)) })),
		{ minScore: SUGGESTION_MIN_SCORE }
	);
	return new Map(
		placements.filter((p) => p.themeId !== null).map((p) => [Number(p.id), { themeId: Number(p.themeId), score: p.score, sharedTerms: p.sharedTerms }])
	);
}

/** The latest curation steps of the event, newest first: who (by name, and whether it was me), when, what. */
export function themeHistory(db: Db, actor: Actor | null, limit = 50) {
	const a = requireRole(actor, 'facilitator');
	const names = new Map<number, string>();
	const nameOf = (id: number) => {
		if (!names.has(id)) names.set(id, findParticipant(db, id)?.displayName ?? '');
		return names.get(id)!;
	};
	return listChanges(db, a.eventId, 500)
		.filter((c) => c.entity === 'themes')
		.slice(0, limit)
		.map((c) => ({
			id: c.id,
			at: c.at,
			actorId: c.actorId,
			action: c.action,
			undone: c.action === 'themes.undo' || c.action === 'themes.redo' ? String((c.after as { action?: string })?.action ?? '') : null,
			who: c.actorId === null ? '' : nameOf(c.actorId),
			mine: c.actorId === a.participantId
		}));
}

const LABEL_MAX = 120;
const DESCRIPTION_MAX = 1000;

function checkedLabel(raw: unknown): string {
	const label = typeof raw === 'string' ? raw.normalize('NFC').trim() : '';
	if (!label) throw new Refusal('invalid', { label: 'required' });
	if (label.length > LABEL_MAX || /[\u0000-\u001F\u007F-\u009F]/.test(label)) throw new Refusal('invalid', { label: 'too_long' });
	return label;
}

/** Renames a theme and writes its description. */
export function describeTheme(db: Db, actor: Actor | null, themeId: number, raw: { label?: unknown; description?: unknown }, version?: number) {
	const label = checkedLabel(raw.label);
	const description = typeof raw.description === 'string' ? normaliseText(raw.description) : '';
	if (description.length > DESCRIPTION_MAX) throw new Refusal('invalid', { description: 'too_long' });
	if (/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(description)) throw new Refusal('invalid', { description: 'control_chars' });
	return curate(db, actor, 'themes.describe', [themeId], { [themeId]: version }, (_a, t) => {
		const theme = repo.findTheme(db, actor!.eventId, themeId)!;
		repo.updateTheme(db, themeId, { label, description, status: theme.status }, t);
	});
}

/** Accepts, locks, discards or reopens (back to proposed) a theme. */
export function setThemeStatus(db: Db, actor: Actor | null, themeId: number, status: unknown, version?: number) {
	if (status !== 'proposed' && status !== 'accepted' && status !== 'locked' && status !== 'discarded') throw new Refusal('invalid', { status: 'invalid' });
	return curate(db, actor, `themes.${status}`, [themeId], { [themeId]: version }, (_a, t) => {
		const theme = repo.findTheme(db, actor!.eventId, themeId)!;
		repo.updateTheme(db, themeId, { label: theme.label, description: theme.description, status }, t);
	});
}

function activeStatement(db: Db, eventId: number, statementId: number): Statement {
	const s = listStatements(db, eventId, { status: 'active' }).find((x) => x.id === statementId);
	ensure(s, 'not_found');
	return s;
}

/** Creates a theme by hand, optionally with statements moved into it. */
export function createManualTheme(db: Db, actor: Actor | null, rawLabel: unknown, statementIds: number[] = []) {
	const label = checkedLabel(rawLabel);
	const a = requireRole(actor, 'facilitator');
	for (const id of statementIds) activeStatement(db, a.eventId, id);
	let id = 0;
	curate(db, a, 'themes.create', [], {}, (_a, t) => {
		id = repo.createTheme(db, a.eventId, { label, description: '', status: 'accepted', origin: 'manual', keyPhrases: [], representativeId: statementIds[0] ?? null, crossSector: 0, cohesion: 0 }, t);
		for (const s of statementIds) repo.upsertMember(db, { themeId: id, statementId: s, similarity: null, sharedTerms: [], origin: 'manual' }, t);
		return [id];
	});
	return id;
}

/** Moves a statement from one theme (or from unassigned, with from = null) to another. */
export function moveStatement(db: Db, actor: Actor | null, statementId: number, from: number | null, to: number, versions: Record<number, number | undefined> = {}) {
	const a = requireRole(actor, 'facilitator');
	activeStatement(db, a.eventId, statementId);
	ensure(from !== to, 'invalid');
	const touched = from === null ? [to] : [from, to];
	return curate(db, a, 'themes.move', touched, versions, (_a, t) => {
		if (from !== null) {
			ensure(repo.listThemeMembers(db, from).some((m) => m.statementId === statementId), 'conflict');
			repo.deleteMember(db, from, statementId);
			repo.touchTheme(db, from, t);
		}
		repo.upsertMember(db, { themeId: to, statementId, similarity: null, sharedTerms: [], origin: 'manual' }, t);
		repo.touchTheme(db, to, t);
	});
}

/** Puts a statement in a second theme as well: it is cross-cutting. */
export function linkStatement(db: Db, actor: Actor | null, statementId: number, to: number, version?: number) {
	const a = requireRole(actor, 'facilitator');
	activeStatement(db, a.eventId, statementId);
	return curate(db, a, 'themes.link', [to], { [to]: version }, (_a, t) => {
		repo.upsertMember(db, { themeId: to, statementId, similarity: null, sharedTerms: [], origin: 'manual' }, t);
		repo.touchTheme(db, to, t);
	});
}

/** Takes a statement out of a theme (to the unassigned lane if it is in no other). */
export function unlinkStatement(db: Db, actor: Actor | null, statementId: number, from: number, version?: number) {
	return curate(db, actor, 'themes.unlink', [from], { [from]: version }, (_a, t) => {
		ensure(repo.listThemeMembers(db, from).some((m) => m.statementId === statementId), 'conflict');
		repo.deleteMember(db, from, statementId);
		repo.touchTheme(db, from, t);
	});
}

/** Merges one theme into another: its statements join the target, which may take a new label. */
export function mergeThemes(db: Db, actor: Actor | null, source: number, target: number, rawLabel?: unknown, versions: Record<number, number | undefined> = {}) {
	ensure(source !== target, 'invalid');
	const label = rawLabel === undefined || rawLabel === '' ? null : checkedLabel(rawLabel);
	return curate(db, actor, 'themes.merge', [source, target], versions, (a, t) => {
		const targetTheme = repo.findTheme(db, a.eventId, target)!;
		for (const m of repo.listThemeMembers(db, source)) repo.upsertMember(db, { ...m, themeId: target, origin: 'manual' }, t);
		repo.deleteTheme(db, source);
		repo.updateTheme(db, target, { label: label ?? targetTheme.label, description: targetTheme.description, status: targetTheme.status }, t);
	});
}

/** Splits the chosen statements out of a theme into a new one. */
export function splitTheme(db: Db, actor: Actor | null, themeId: number, statementIds: number[], rawLabel: unknown, version?: number) {
	const label = checkedLabel(rawLabel);
	if (statementIds.length === 0) throw new Refusal('invalid', { statements: 'required' });
	let id = 0;
	curate(db, actor, 'themes.split', [themeId], { [themeId]: version }, (a, t) => {
		const members = repo.listThemeMembers(db, themeId);
		ensure(statementIds.every((s) => members.some((m) => m.statementId === s)), 'conflict');
		id = repo.createTheme(db, a.eventId, { label, description: '', status: 'accepted', origin: 'manual', keyPhrases: [], representativeId: statementIds[0], crossSector: 0, cohesion: 0 }, t);
		for (const s of statementIds) {
			const m = members.find((x) => x.statementId === s)!;
			repo.deleteMember(db, themeId, s);
			repo.upsertMember(db, { ...m, themeId: id, origin: 'manual' }, t);
		}
		repo.touchTheme(db, themeId, t);
		return [id];
	});
	return id;
}

type Step = UndoStep<Snapshot>;

/** The actor's own undo and redo stacks, from the change log. */
const stacks = (db: Db, a: Actor) => undoStacks<Snapshot>(db, a, 'themes');

/** What the actor can undo and redo next (action names), for the buttons. */
export function undoState(db: Db, actor: Actor | null): { undo: string | null; redo: string | null } {
	const a = requireRole(actor, 'facilitator');
	const { done, undone } = stacks(db, a);
	return { undo: done.at(-1)?.action ?? null, redo: undone.at(-1)?.action ?? null };
}

function replay(db: Db, actor: Actor | null, direction: 'undo' | 'redo'): string {
	const a = requireRole(actor, 'facilitator');
	const action = replayStep<Snapshot>(
		db,
		a,
		'themes',
		direction,
		// refuse when someone changed these themes since: nothing is overwritten
		(from, to) => sameState(snapshot(db, a.eventId, Object.keys({ ...from, ...to }).map(Number)), from),
		(to, t) => restore(db, a.eventId, to, t)
	);
	publish(a.eventId, 'themes');
	return action;
}

/** Undoes the actor's last curation step, unless its themes changed since. */
export const undo = (db: Db, actor: Actor | null) => replay(db, actor, 'undo');
/** Redoes the actor's last undone step. */
export const redo = (db: Db, actor: Actor | null) => replay(db, actor, 'redo');

/** For each statement of a sector, the live themes it sits in: a rapporteur sees where their group's voice went. */
export function themesOfSector(db: Db, actor: Actor | null, sectorId: number): Record<number, string[]> {
	const a = requireRole(actor, 'facilitator', 'rapporteur');
	if (a.role === 'rapporteur') ensure(a.sectorId === sectorId, 'other_sector');
	const live = new Map(repo.listThemes(db, a.eventId).filter((t) => t.status !== 'discarded').map((t) => [t.id, t.label]));
	const sectorStatements = new Set(listStatements(db, a.eventId, { sectorId, status: 'active' }).map((s) => s.id));
	const out: Record<number, string[]> = {};
	for (const m of repo.listMembers(db, a.eventId)) {
		const label = live.get(m.themeId);
		if (label && sectorStatements.has(m.statementId)) (out[m.statementId] ??= []).push(label);
	}
	return out;
}
