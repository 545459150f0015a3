import type { PageServerLoad } from './$types';
import { guard, langParam } from '$lib/server/http';
import { dependency } from '$lib/live-topics';
import { MANIFESTO_TOPICS, manifestoPage } from '$lib/server/services/manifesto-read';

// The latest published version; before publication only facilitators see it (the draft).
export const load: PageServerLoad = ({ locals: { db, event, actor }, url, depends }) => {
	depends(...MANIFESTO_TOPICS.map(dependency));
	return {
		...guard(() => manifestoPage(db, actor, event, undefined, langParam(url))),
		published: event.manifestoPublishedAt !== null,
		canEdit: actor?.role === 'facilitator',
		generatedAt: new Date().toISOString()
	};
};
