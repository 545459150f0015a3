/**
 * Placing statements by hand: move one from a theme (or from the unassigned lane) to another,
 * put it in a second theme as well, or take it out. Each is one step that undo can take back.
 */
import type { Db } from '../../db/connection';
import * as repo from '../../db/themes';
import type { Actor } from '$lib/domain/types';
import { requireRole } from '../access';
import { ensure } from '../errors';
import { activeStatement, curate, staleTheme } from './step';

/** Moves a statement from one theme (or from unassigned, with from = null) to another. */
export function moveStatement(
	db: Db,
	actor: Actor | null,
	statementId: number,
	from: number | null,
	to: number,
	versions: Record<number, number | undefined> = {}
) {
	const a = requireRole(actor, 'facilitator');
	activeStatement(db, a.eventId, statementId);
	ensure(from !== to, 'invalid');
	const touched = from === null ? [to] : [from, to];
	return curate(db, a, 'themes.move', touched, versions, (t) => {
		if (from !== null) {
			if (!repo.listThemeMembers(db, from).some((m) => m.statementId === statementId))
				throw staleTheme(db, a.eventId, from);
			repo.deleteMember(db, from, statementId);
			repo.touchTheme(db, from, t);
		}
		repo.upsertMember(
			db,
			{ themeId: to, statementId, similarity: null, sharedTerms: [], origin: 'manual' },
			t
		);
		repo.touchTheme(db, to, t);
	});
}

/** Puts a statement in a second theme as well: it is cross-cutting. */
export function linkStatement(
	db: Db,
	actor: Actor | null,
	statementId: number,
	to: number,
	version?: number
) {
	const a = requireRole(actor, 'facilitator');
	activeStatement(db, a.eventId, statementId);
	return curate(db, a, 'themes.link', [to], { [to]: version }, (t) => {
		repo.upsertMember(
			db,
			{ themeId: to, statementId, similarity: null, sharedTerms: [], origin: 'manual' },
			t
		);
		repo.touchTheme(db, to, t);
	});
}

/** Takes a statement out of a theme (to the unassigned lane if it is in no other). */
export function unlinkStatement(
	db: Db,
	actor: Actor | null,
	statementId: number,
	from: number,
	version?: number
) {
	const a = requireRole(actor, 'facilitator');
	return curate(db, a, 'themes.unlink', [from], { [from]: version }, (t) => {
		if (!repo.listThemeMembers(db, from).some((m) => m.statementId === statementId))
			throw staleTheme(db, a.eventId, from);
		repo.deleteMember(db, from, statementId);
		repo.touchTheme(db, from, t);
	});
}
