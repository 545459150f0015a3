import type { PageServerLoad } from './$types';
import { editionParam, guard } from '$lib/server/http';
import { dependency } from '$lib/live-topics';
import { MANIFESTO_TOPICS, paperFor } from '$lib/server/services/manifesto-read';

// Facilitators and the sector's rapporteur at any time; everyone once the manifesto is published.
export const load: PageServerLoad = ({ locals: { db, event, actor }, params, url, depends }) => {
	depends(...MANIFESTO_TOPICS.map(dependency));
	const paper = guard(() => paperFor(db, actor, event, Number(params.sectorId), editionParam(url)));
	return {
		paper,
		draft: paper.version === null,
		// the downloads are of the same text: ?version=N or ?version=draft as asked
		query: url.searchParams.has('version') ? `?version=${url.searchParams.get('version')}` : '',
		canEdit: actor?.role === 'facilitator',
		generatedAt: new Date().toISOString()
	};
};
