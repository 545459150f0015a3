import type { PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { contextOf, guard } from '$lib/server/http';
import { manifestoFor } from '$lib/server/services/manifesto';

// Public once published; before that only facilitators see it (a preview).
export const load: PageServerLoad = (e) => {
	const { event, actor } = contextOf(e);
	const doc = guard(() => manifestoFor(app().db, actor, event));
	return { doc, publishedAt: event.manifestoPublishedAt, canEdit: actor?.role === 'facilitator', generatedAt: new Date().toISOString() };
};
