import type { PageServerLoad } from './$types';
import { guard } from '$lib/server/http';
import { dependency } from '$lib/live-topics';
import { MANIFESTO_TOPICS, manifestoFor } from '$lib/server/services/manifesto-read';

// Public once published; before that only facilitators see it (a preview).
export const load: PageServerLoad = ({ locals: { db, event, actor }, depends }) => {
	depends(...MANIFESTO_TOPICS.map(dependency));
	const doc = guard(() => manifestoFor(db, actor, event));
	return {
		doc,
		publishedAt: event.manifestoPublishedAt,
		canEdit: actor?.role === 'facilitator',
		generatedAt: new Date().toISOString()
	};
};
