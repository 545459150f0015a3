import type { PageServerLoad } from './$types';
import { guard, langParam } from '$lib/server/http';
import { dependency } from '$lib/live-topics';
import { MANIFESTO_TOPICS, manifestoPage } from '$lib/server/services/manifesto-read';

// One published version at its own address, as it was published.
export const load: PageServerLoad = ({ locals: { db, event, actor }, params, url, depends }) => {
	depends(...MANIFESTO_TOPICS.map(dependency));
	return {
		...guard(() => manifestoPage(db, actor, event, Number(params.number), langParam(url))),
		published: event.manifestoPublishedAt !== null,
		canEdit: actor?.role === 'facilitator',
		generatedAt: new Date().toISOString()
	};
};
