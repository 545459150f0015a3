import type { LayoutServerLoad } from './$types';
import { dependency } from '$lib/live-topics';
import { eventSectors } from '$lib/server/services/events';

export const load: LayoutServerLoad = ({ locals, depends }) => {
	depends(dependency('event'));
	const { event, actor, db } = locals;
	return {
		event,
		sectors: eventSectors(db, event),
		role: actor?.role ?? null,
		mySectorId: actor?.sectorId ?? null
	};
};
