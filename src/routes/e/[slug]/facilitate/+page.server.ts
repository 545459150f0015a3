import type { Actions, PageServerLoad } from './$types';
import { act, formValues, guard } from '$lib/server/http';
import { changePhase, setSubmissionsReopened } from '$lib/server/services/events';
import { sectorCounts } from '$lib/server/services/statements';
import { currentLinks } from '$lib/server/services/links';
import { peopleByRole } from '$lib/server/services/access';
import { dependency } from '$lib/live-topics';

export const load: PageServerLoad = ({ locals: { db, key, actor }, url, depends }) => {
	depends(dependency('event'), dependency('statements'));
	const counts = guard(() => sectorCounts(db, actor));
	// just created: the facilitator link is shown once, to keep before going on
	const links = url.searchParams.get('created') ? currentLinks(db, key, actor) : null;
	return {
		counts,
		people: peopleByRole(db, actor),
		facilitatorUrl: links?.facilitator?.path ? url.origin + links.facilitator.path : null
	};
};

export const actions: Actions = {
	phase: async ({ locals: { db, actor }, request }) => {
		const { phase } = formValues(await request.formData(), 'phase');
		return act({ phase }, () => ({ phaseChanged: changePhase(db, actor, phase).phase }));
	},
	reopen: async ({ locals: { db, actor }, request }) => {
		const { reopen } = formValues(await request.formData(), 'reopen');
		return act({}, () => ({
			reopened: setSubmissionsReopened(db, actor, reopen === '1').submissionsReopened
		}));
	}
};
