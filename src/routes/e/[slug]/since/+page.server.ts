import type { Actions, PageServerLoad } from './$types';
import { act, formValues, guard, idParam } from '$lib/server/http';
import { dependency, type Topic } from '$lib/live-topics';
import { eventSectors } from '$lib/server/services/events';
import { closeSession, sessionsOf, sinceView } from '$lib/server/services/sessions';
import { sinceText, sinceWho } from '$lib/i18n/since';

// Every kind of change the view lists.
const TOPICS: Topic[] = ['event', 'statements', 'themes', 'rounds', 'ballots', 'manifesto'];

// Facilitators and rapporteurs: the changes since a closed session (?session=2; the latest when
// omitted), each in the reader's words; facilitators close sessions here.
export const load: PageServerLoad = ({ locals: { db, actor, event }, url, depends }) => {
	depends(...TOPICS.map(dependency));
	return guard(() => {
		const param = url.searchParams.get('session');
		const view = sinceView(db, actor, param ? idParam(param) : undefined);
		const sectors = new Map(eventSectors(db, event).map((s) => [s.id, s.name]));
		const sectorName = (id: number | null) => (id === null ? '' : (sectors.get(id) ?? ''));
		return {
			sessions: sessionsOf(db, actor),
			view: view && {
				...view,
				items: view.items.map((i) => ({
					id: i.id,
					at: i.at,
					group: i.group,
					who: sinceWho(i, sectorName),
					text: sinceText(i.fact, sectorName)
				}))
			}
		};
	});
};

export const actions: Actions = {
	close: async ({ locals: { db, actor }, request }) => {
		const v = formValues(await request.formData(), 'name');
		return act(v, () => ({ closed: closeSession(db, actor, v), name: v.name.trim() }));
	}
};
