import type { PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { contextOf, guard } from '$lib/server/http';
import { boardOf } from '$lib/server/services/themes';
import { sectorThemeGrid } from '$lib/domain/coverage';

export const load: PageServerLoad = (e) => {
	const { actor } = contextOf(e);
	const board = guard(() => boardOf(app().db, actor));
	const live = board.themes.filter((t) => t.status !== 'discarded');
	return {
		grid: sectorThemeGrid(
			board.sectors.map((s) => s.id),
			live.map((t) => ({ id: t.id, label: t.label, crossSector: t.crossSector, memberSectors: t.members.map((m) => m.statement.sectorId) }))
		),
		unassigned: board.unassigned.length
	};
};
