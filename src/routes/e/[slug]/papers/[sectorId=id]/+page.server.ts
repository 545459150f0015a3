import type { PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { contextOf, guard, idParam } from '$lib/server/http';
import { paperFor } from '$lib/server/services/manifesto';

// Facilitators and the sector's rapporteur at any time; everyone once the manifesto is published.
export const load: PageServerLoad = (e) => {
	const { event, actor } = contextOf(e);
	const paper = guard(() => paperFor(app().db, actor, event, idParam(e.params.sectorId)));
	return { paper, draft: event.manifestoPublishedAt === null, canEdit: actor?.role === 'facilitator', generatedAt: new Date().toISOString() };
};
