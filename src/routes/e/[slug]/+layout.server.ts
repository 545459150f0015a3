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
		mySectorId: actor?.sectorId ?? null,
		// every time of the event in its own zone; without one, the server's (from the root layout)
		...(event.timeZone ? { timeZone: event.timeZone } : {})
	};
};
