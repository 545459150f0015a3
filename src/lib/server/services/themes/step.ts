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

/** The same themes in the same versions (every change bumps a theme's version). */
export function sameState(a: Snapshot, b: Snapshot): boolean {
	return Object.keys(b).every(
		(id) => (a[id]?.theme.version ?? null) === (b[id]?.theme.version ?? null)
	);
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
			repo.createTheme(db, eventId, state.theme, t, id);
		}
		repo.updateThemeVersion(db, id, state.theme.version);
		// a snapshot from before the column existed reads as untouched
		repo.setEdited(db, id, state.theme.edited === true);
		for (const m of state.members) repo.upsertMember(db, m, t);
	}
}

/**
 * Runs one curation step of a facilitator (whose role the caller checked): checks the versions
 * the person saw (a stale view gets a conflict), applies the change, and logs both snapshots, all
 * in one transaction. `change` returns the ids of the themes it created.
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
			ensure(state, 'conflict');
			const expected = seen[id];
			if (expected !== undefined && expected !== state.theme.version) throw new Refusal('conflict');
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

/** An active statement of the event (one withdrawn or unknown is not found). */
export function activeStatement(db: Db, eventId: number, statementId: number): Statement {
	const s = listStatements(db, eventId, { status: 'active' }).find((x) => x.id === statementId);
	ensure(s, 'not_found');
	return s;
}
