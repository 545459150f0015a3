import type { Actions, PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { attempt, contextOf, formValues, guard } from '$lib/server/http';
import { changePhase, setSubmissionsReopened } from '$lib/server/services/events';
import { sectorCounts } from '$lib/server/services/statements';
import { currentLinks } from '$lib/server/services/links';
import { countParticipantsByRole } from '$lib/server/db/access';

export const load: PageServerLoad = (e) => {
	const { event, actor } = contextOf(e);
	const { db, key } = app();
	const counts = guard(() => sectorCounts(db, actor));
	const links = e.url.searchParams.get('created') ? currentLinks(db, key, actor) : null;
	return {
		counts,
		people: countParticipantsByRole(db, event.id),
		facilitatorUrl: links?.facilitator?.path ? e.url.origin + links.facilitator.path : null
	};
};

export const actions: Actions = {
	phase: async (e) => {
		const { actor } = contextOf(e);
		const { phase } = formValues(await e.request.formData(), 'phase');
		const r = attempt({ phase }, () => changePhase(app().db, actor, phase));
		return r.ok ? { phaseChanged: r.value.phase } : r.failure;
	},
	reopen: async (e) => {
		const { actor } = contextOf(e);
		const { reopen } = formValues(await e.request.formData(), 'reopen');
		const r = attempt({}, () => setSubmissionsReopened(app().db, actor, reopen === '1'));
		return r.ok ? { reopened: r.value.submissionsReopened } : r.failure;
	}
};
