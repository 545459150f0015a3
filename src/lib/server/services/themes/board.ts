/** Reading the themes: which statements sit in which live theme, seen from the board or a sector. */
import type { Db } from '../../db/connection';
import * as repo from '../../db/themes';
import { listStatements } from '../../db/statements';
import { listSectors } from '../../db/events';
import type { Actor } from '$lib/domain/types';
import { requireRole } from '../access';
import { ensure } from '../errors';

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
	return {
		sectors: listSectors(db, a.eventId),
		themes: themes.map((t) => ({
			...t,
			members: members
				.filter((m) => m.themeId === t.id && byId.has(m.statementId))
				.map((m) => ({ ...m, statement: byId.get(m.statementId)! }))
		})),
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
