import type { PageServerLoad } from './$types';
import { dependency } from '$lib/live-topics';
import { guard } from '$lib/server/http';
import { boardOf } from '$lib/server/services/themes';
import { sectorThemeGrid } from '$lib/domain/coverage';

export const load: PageServerLoad = ({ locals: { db, actor }, depends }) => {
	depends(dependency('themes'), dependency('statements'), dependency('event'));
	const board = guard(() => boardOf(db, actor));
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
};
