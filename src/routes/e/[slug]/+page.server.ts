import type { Actions, PageServerLoad } from './$types';
import { act, formValues } from '$lib/server/http';
import { ownProfile, updateProfile } from '$lib/server/services/access';
import { dependency } from '$lib/live-topics';

export const load: PageServerLoad = ({ locals: { db, actor }, depends }) => {
	// removing a sector clears it from the profiles that named it
	depends(dependency('event'));
	return { profile: ownProfile(db, actor) };
};

export const actions: Actions = {
	/** What a person says about themselves. */
	profile: async ({ locals: { db, actor }, request }) => {
		const values = formValues(
			await request.formData(),
			'displayName',
			'declaredSectorId',
			'actorType'
		);
		return act(values, () => (updateProfile(db, actor, values), { saved: true }));
	}
};
