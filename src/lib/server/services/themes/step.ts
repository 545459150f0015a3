/**
 * One curation step, and what every step needs. Every change to themes records a snapshot of the
 * themes it touched before and after, so that undo can put the "before" back only if the themes
 * are still exactly as the "after" left them.
 */
import type { Db } from '../../db/connection';
import * as repo from '../../db/themes';
import { appendChange } from '../../db/change-log';
import { listStatements } from '../../db/statements';
import type { Actor, Statement } from '$lib/domain/types';
import type { UndoSkip } from '$lib/domain/curation-refusals';
import { ensure, Refusal } from '../errors';
import { now } from '../clock';
import { publish } from '../../live';
import { holdsOf } from './holds';

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

/** The ids of the themes of `b` that `a` has otherwise (changed, gone or come back). */
function changedThemes(a: Snapshot, b: Snapshot): number[] {
	return Object.keys(b)
		.filter((id) => fingerprint(a[id]) !== fingerprint(b[id]))
		.map(Number);
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
	const current = snapshot(db, eventId, ids);
	const changed = changedThemes(current, from);
	if (changed.length)
		return {
			reason: 'changed',
			labels: changed.map((id) => current[id]?.theme.label ?? from[id]?.theme.label ?? '')
		};
	const removed = ids.filter((id) => current[id] && !to[id]);
	const holds = holdsOf(db, eventId, removed);
	if (holds.length) return { reason: 'in_use', holds };
	if (ids.some((id) => !current[id] && to[id] && repo.isThemeIdTaken(db, id)))
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
 * it created; it removes themes with `removeThemes` (holds.ts), which refuses those still in use.
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
