import type { Actions, PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { attempt, contextOf, formValues } from '$lib/server/http';
import { profileOf, updateProfile } from '$lib/server/services/access';

export const load: PageServerLoad = (e) => {
	const { actor } = contextOf(e);
	if (!actor) return { profile: null };
	const p = profileOf(app().db, actor);
	return { profile: { displayName: p.displayName, declaredSectorId: p.declaredSectorId, actorType: p.actorType } };
};

export const actions: Actions = {
	profile: async (e) => {
		const { actor } = contextOf(e);
		const values = formValues(await e.request.formData(), 'displayName', 'declaredSectorId', 'actorType');
		const r = attempt(values, () => updateProfile(app().db, actor, values));
		if (!r.ok) return r.failure;
		return { saved: true };
	}
};
