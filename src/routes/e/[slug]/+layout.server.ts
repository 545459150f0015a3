import type { LayoutServerLoad } from './$types';
import { dependency } from '$lib/live-topics';
import { eventSectors } from '$lib/server/services/events';
import { eventNav } from '$lib/i18n/event-nav';
import { eventNameIn } from '$lib/server/services/content-translations';
import { getLocale } from '$lib/paraglide/runtime';

export const load: LayoutServerLoad = ({ locals, depends }) => {
	depends(dependency('event'));
	const { event, actor, db } = locals;
	const sectors = eventSectors(db, event);
	const mySector = sectors.find((s) => s.id === actor?.sectorId);
	return {
		event,
		// the event's name in the reader's language where it is translated
		eventTitle: eventNameIn(db, event, getLocale()),
		sectors,
		// the menu in the reader's language, for the role of the person looking
		nav: actor
			? eventNav({
					slug: event.slug,
					role: actor.role,
					phase: event.phase,
					published: event.manifestoPublishedAt !== null,
					mySector
				})
			: null,
		role: actor?.role ?? null,
		mySectorId: actor?.sectorId ?? null,
		// every time of the event in its own zone; without one, the server's (from the root layout)
		...(event.timeZone ? { timeZone: event.timeZone } : {})
	};
};
