import type { PageServerLoad } from './$types';
import { editionParam, guard, langParam } from '$lib/server/http';
import { dependency } from '$lib/live-topics';
import { MANIFESTO_TOPICS, paperFor } from '$lib/server/services/manifesto-read';

/** The downloads' query: the version asked for (?version=N or draft), in the language read. */
function paperQuery(url: URL, lang: string | undefined): string {
	const q = new URLSearchParams();
	const version = url.searchParams.get('version');
	if (version) q.set('version', version);
	if (lang) q.set('lang', lang);
	const s = q.toString();
	return s ? `?${s}` : '';
}

// Facilitators and the sector's rapporteur at any time; everyone once the manifesto is published.
export const load: PageServerLoad = ({ locals: { db, event, actor }, params, url, depends }) => {
	depends(...MANIFESTO_TOPICS.map(dependency));
	const paper = guard(() =>
		paperFor(db, actor, event, Number(params.sectorId), editionParam(url), langParam(url))
	);
	return {
		paper,
		draft: paper.version === null,
		// the downloads are of the same text: ?version=N or ?version=draft as asked
		query: paperQuery(url, paper.reading?.lang),
		canEdit: actor?.role === 'facilitator',
		generatedAt: new Date().toISOString()
	};
};
