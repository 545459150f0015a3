import type { LayoutServerLoad } from './$types';
import { contextOf } from '$lib/server/http';
import { listSectors } from '$lib/server/db/events';
import { app } from '$lib/server/context';

export const load: LayoutServerLoad = (e) => {
	const { event, actor } = contextOf(e);
	return {
		event,
		sectors: listSectors(app().db, event.id),
		role: actor?.role ?? null,
		mySectorId: actor?.sectorId ?? null
	};
};
