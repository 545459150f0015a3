/** Reading the themes: which statements sit in which live theme, seen from the board or a sector. */
import type { Db } from '../../db/connection';
import * as repo from '../../db/themes';
import { listStatements } from '../../db/statements';
import { listSectors } from '../../db/events';
import type { Actor } from '$lib/domain/types';
import { crossSectorScore } from '$lib/clustering';
import { sectorThemeGrid } from '$lib/domain/coverage';
import { requireRole } from '../access';
import { ensure } from '../errors';

/**
 * A theme's breadth across sectors from its members as they are now (the engine's score, over the
 * sectors that have statements): derived on every read, so a merge, a move or a split never
 * leaves a theme with the score of what it was.
 */
export function breadthOf(
	memberSectorIds: readonly number[],
	sectorsWithStatements: number
): number {
	const counts: Record<string, number> = {};
	for (const id of memberSectorIds) counts[id] = (counts[id] ?? 0) + 1;
	return Math.round(crossSectorScore(counts, sectorsWithStatements) * 1000) / 1000;
}

/** Which statements sit in which live theme, and which in none. */
export function boardOf(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	const statements = listStatements(db, a.eventId, { status: 'active' });
	const byId = new Map(statements.map((s) => [s.id, s]));
	const themes = repo.listThemes(db, a.eventId);
	const members = repo.listMembers(db, a.eventId);
	const live = new Set(themes.filter((t) => t.status !== 'discarded').map((t) => t.id));
	const placed = new Set(
		members.filter((m) => live.has(m.themeId) && byId.has(m.statementId)).map((m) => m.statementId)
	);
	const inPlay = new Set(statements.map((s) => s.sectorId)).size;
	return {
		sectors: listSectors(db, a.eventId),
		themes: themes.map((t) => {
			const own = members
				.filter((m) => m.themeId === t.id && byId.has(m.statementId))
				.map((m) => ({ ...m, statement: byId.get(m.statementId)! }));
			const crossSector = breadthOf(
				own.map((m) => m.statement.sectorId),
				inPlay
			);
			return { ...t, crossSector, members: own };
		}),
		unassigned: statements.filter((s) => !placed.has(s.id))
	};
}

/** The board as `boardOf` returns it. */
export type Board = ReturnType<typeof boardOf>;

/** For each statement of a sector, the live themes it sits in: a rapporteur sees where their group's voice went. */
export function themesOfSector(
	db: Db,
	actor: Actor | null,
	sectorId: number
): Record<number, string[]> {
	const a = requireRole(actor, 'facilitator', 'rapporteur');
	if (a.role === 'rapporteur') ensure(a.sectorId === sectorId, 'other_sector');
	const live = new Map(
		repo
			.listThemes(db, a.eventId)
			.filter((t) => t.status !== 'discarded')
			.map((t) => [t.id, t.label])
	);
	const sectorStatements = new Set(
		listStatements(db, a.eventId, { sectorId, status: 'active' }).map((s) => s.id)
	);
	const out: Record<number, string[]> = {};
	for (const m of repo.listMembers(db, a.eventId)) {
		const label = live.get(m.themeId);
		if (label && sectorStatements.has(m.statementId)) (out[m.statementId] ??= []).push(label);
	}
	return out;
}

/** The sectors × themes grid of the live themes, and how many statements wait in no theme. */
export function gridOf(db: Db, actor: Actor | null) {
	const board = boardOf(db, actor);
	const live = board.themes.filter((t) => t.status !== 'discarded');
	return {
		grid: sectorThemeGrid(
			board.sectors.map((s) => s.id),
			live.map((t) => ({
				id: t.id,
				label: t.label,
				crossSector: t.crossSector,
				memberSectors: t.members.map((m) => m.statement.sectorId)
			}))
		),
		unassigned: board.unassigned.length
	};
}
