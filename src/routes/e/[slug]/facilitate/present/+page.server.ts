import type { Actions, PageServerLoad } from './$types';
import { dependency } from '$lib/live-topics';
import { act, formValues, guard } from '$lib/server/http';
import { presenterControls, setPresenter } from '$lib/server/services/presenter';

export const load: PageServerLoad = ({ locals: { db, actor }, depends }) => {
	depends(dependency('presenter'), dependency('rounds'));
	return guard(() => presenterControls(db, actor));
};

export const actions: Actions = {
	/** Changes what the presenter screen shows: a view, a round, a page step or the contrast. */
	set: async ({ locals: { db, actor }, request }) => {
		const values = formValues(await request.formData(), 'view', 'round', 'page', 'contrast');
		return act(values, () => ({ shown: setPresenter(db, actor, values).view }));
	}
};
