/**
 * One curation step, and what every step needs. Every change to themes records a snapshot of the
 * themes it touched before and after, so that undo can put the "before" back only if the themes
 * are still exactly as the "after" left them.
 */
import type { Db } from '../../db/connection';
import * as repo from '../../db/themes';
import { appendChange } from '../../db/change-log';
import { listStatements } from '../../db/statements';
import { listBallotCounts, listRoundsHolding, listThemeIdsInRounds } from '../../db/rounds';
import { listPointersHolding, listThemeIdsBehindPointers } from '../../db/manifesto';
import type { Actor, Statement } from '$lib/domain/types';
import {
	isHeld,
	type RemovingStep,
	type ThemeHold,
	type UndoSkip
} from '$lib/domain/curation-refusals';
import { ensure, Refusal } from '../errors';
import { now } from '../clock';
import { publish } from '../../live';

/** The engine's proposal: the one step that leaves themes untouched by a person. */
export const PROPOSE = 'themes.propose';

type ThemeState = { theme: repo.ThemeRow; members: repo.Member[] } | null;
/** Theme id → its state (null: it does not exist). */
export type Snapshot = Record<string, ThemeState>;

/** The themes with these ids as they are now. */
export function snapshot(db: Db, eventId: number, ids: Iterable<number>): Snapshot {
	const out: Snapshot = {};
	for (const id of ids) {
		const theme = repo.findTheme(db, eventId, id);
		out[id] = theme ? { theme, members: repo.listThemeMembers(db, id) } : null;
	}
	return out;
}

/**
 * What a theme is, for telling whether it is still the one a step or a view saw: its version (every
 * change bumps it) and what it says and holds. A theme that merely has the same id and version (ids
 * were reused before migration 0016) differs in what it says or holds, so it is not taken for the old one.
 */
function fingerprint(state: ThemeState | undefined): string | null {
	if (!state) return null;
	const { theme, members } = state;
	return JSON.stringify([
		theme.version,
		theme.label,
		theme.description,
		theme.status,
		members.map((m) => [m.statementId, m.origin]).sort((x, y) => Number(x[0]) - Number(y[0]))
	]);
}

/** The themes of `b` are, in `a`, exactly as `b` has them (or absent in both). */
export function sameState(a: Snapshot, b: Snapshot): boolean {
	return changedThemes(a, b).length === 0;
}

/** The ids of the themes of `b` that `a` has otherwise (changed, gone or come back). */
function changedThemes(a: Snapshot, b: Snapshot): number[] {
	return Object.keys(b)
		.filter((id) => fingerprint(a[id]) !== fingerprint(b[id]))
		.map(Number);
}

/** The event's themes that a vote round, a ballot or a manifesto pointer names. */
export function themesInUse(db: Db, eventId: number): Set<number> {
	return new Set([
		...listThemeIdsInRounds(db, eventId),
		...listThemeIdsBehindPointers(db, eventId)
	]);
}

/** What holds each of these themes (rounds, ballots, pointers); themes nothing holds are left out. */
export function holdsOf(db: Db, eventId: number, ids: readonly number[]): ThemeHold[] {
	const rounds = listRoundsHolding(db, ids);
	const ballots = new Map(listBallotCounts(db, ids).map((b) => [b.themeId, b.ballots]));
	const pointers = listPointersHolding(db, ids);
	return ids
		.map((id) => ({
			themeId: id,
			label: repo.findTheme(db, eventId, id)?.label ?? '',
			rounds: rounds.filter((r) => r.themeId === id).map((r) => r.title),
			ballots: ballots.get(id) ?? 0,
			pointers: pointers.filter((p) => p.themeId === id).map((p) => p.title)
		}))
		.filter(isHeld);
}

/**
 * Deletes themes a step removes, after checking, before deleting any, that no round, ballot or
 * pointer holds them: one that is held is refused with what holds it (the database would refuse
 * the delete anyway, as a foreign key failure). `into` is the theme a merge keeps.
 */
export function removeThemes(
	db: Db,
	eventId: number,
	ids: readonly number[],
	step: RemovingStep,
	into?: number
): void {
	const holds = holdsOf(db, eventId, ids);
	if (holds.length) {
		const kept = into === undefined ? null : repo.findTheme(db, eventId, into);
		throw new Refusal(
			'theme_in_use',
			{},
			{
				kind: 'theme_in_use',
				step,
				holds,
				...(kept
					? { into: { label: kept.label, held: holdsOf(db, eventId, [kept.id]).length > 0 } }
					: {})
			}
		);
	}
	for (const id of ids) repo.deleteTheme(db, id);
}

/**
 * Why an undo or a redo that would take the themes from `from` to `to` cannot apply, or null when
 * it can: someone changed them since; it would remove a theme a round, ballot or pointer holds; or
 * it would bring a theme back under an id another event's theme took (ids given out before 0016).
 */
export function replayBlocked(
	db: Db,
	eventId: number,
	from: Snapshot,
	to: Snapshot
): UndoSkip | null {
	const ids = [...new Set([...Object.keys(from), ...Object.keys(to)])].map(Number);
	const now = snapshot(db, eventId, ids);
	const changed = changedThemes(now, from);
	if (changed.length)
		return {
			reason: 'changed',
			labels: changed.map((id) => now[id]?.theme.label ?? from[id]?.theme.label ?? '')
		};
	const removed = ids.filter((id) => now[id] && !to[id]);
	const holds = holdsOf(db, eventId, removed);
	if (holds.length) return { reason: 'in_use', holds };
	if (ids.some((id) => !now[id] && to[id] && repo.isThemeIdTaken(db, id)))
		return { reason: 'taken' };
	return null;
}

/** Writes a snapshot back: themes it lacks are deleted, the others take its rows and versions. */
export function restore(db: Db, eventId: number, target: Snapshot, t: string): void {
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
			// back under its own id, version and creation time (a snapshot always has them)
			repo.createTheme(
				db,
				eventId,
				state.theme,
				t,
				id,
				state.theme.version,
				state.theme.createdAt ?? t
			);
		}
		repo.updateThemeVersion(db, id, state.theme.version);
		// a snapshot from before the column existed reads as untouched
		repo.setEdited(db, id, state.theme.edited === true);
		for (const m of state.members) repo.upsertMember(db, m, t);
	}
}

/**
 * Runs one curation step of a facilitator (whose role the caller checked): checks the versions
 * the person saw (a stale view gets a conflict naming the theme, or saying it is gone), applies the
 * change, and logs both snapshots, all in one transaction. `change` returns the ids of the themes
 * it created; it removes themes with `removeThemes`, which refuses those still in use.
 */
export function curate(
	db: Db,
	a: Actor,
	action: string,
	touched: number[],
	seen: Record<number, number | undefined>,
	change: (t: string) => number[] | void
): Snapshot {
	const after = db.transaction(() => {
		const t = now();
		const before = snapshot(db, a.eventId, touched);
		for (const id of touched) {
			const state = before[id];
			// ids are never given out twice: a theme merged away or replaced by a new proposal is gone
			if (!state) throw new Refusal('conflict', {}, { kind: 'theme_gone' });
			const expected = seen[id];
			if (expected !== undefined && expected !== state.theme.version)
				throw new Refusal('conflict', {}, { kind: 'theme_changed', label: state.theme.label });
		}
		const created = change(t) ?? [];
		for (const id of created) before[id] = null;
		// every step of a person marks the themes it touched; the engine's own proposal does not
		if (action !== PROPOSE)
			for (const id of [...touched, ...created])
				if (repo.findTheme(db, a.eventId, id)) repo.setEdited(db, id, true);
		const after = snapshot(db, a.eventId, [...touched, ...created]);
		appendChange(
			db,
			{
				eventId: a.eventId,
				actorId: a.participantId,
				actorRole: a.role,
				action,
				entity: 'themes',
				entityId: touched[0] ?? created[0] ?? null,
				before,
				after
			},
			t
		);
		return after;
	})();
	publish(a.eventId, 'themes');
	return after;
}

/** The conflict of a step whose theme no longer holds what the person saw in it (or is gone). */
export function staleTheme(db: Db, eventId: number, id: number): Refusal {
	const theme = repo.findTheme(db, eventId, id);
	return theme
		? new Refusal('conflict', {}, { kind: 'theme_changed', label: theme.label })
		: new Refusal('conflict', {}, { kind: 'theme_gone' });
}

/** An active statement of the event (one withdrawn or unknown is not found). */
export function activeStatement(db: Db, eventId: number, statementId: number): Statement {
	const s = listStatements(db, eventId, { status: 'active' }).find((x) => x.id === statementId);
	ensure(s, 'not_found');
	return s;
}
