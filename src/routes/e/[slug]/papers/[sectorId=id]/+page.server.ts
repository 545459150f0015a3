import type { PageServerLoad } from './$types';
import { guard } from '$lib/server/http';
import { dependency } from '$lib/live-topics';
import { MANIFESTO_TOPICS, paperFor } from '$lib/server/services/manifesto-read';

// Facilitators and the sector's rapporteur at any time; everyone once the manifesto is published.
export const load: PageServerLoad = ({ locals: { db, event, actor }, params, depends }) => {
	depends(...MANIFESTO_TOPICS.map(dependency));
	const paper = guard(() => paperFor(db, actor, event, Number(params.sectorId)));
	return {
		paper,
		draft: event.manifestoPublishedAt === null,
		canEdit: actor?.role === 'facilitator',
		generatedAt: new Date().toISOString()
	};
};
