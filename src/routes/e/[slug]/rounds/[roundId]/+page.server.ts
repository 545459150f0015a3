import type { Actions, PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { attempt, contextOf, guard, idParam } from '$lib/server/http';
import { promoteThemes, promotedThemeIds, roundResults } from '$lib/server/services/voting';
import { boardOf } from '$lib/server/services/themes';

export const load: PageServerLoad = (e) => {
	const { actor } = contextOf(e);
	const { db } = app();
	const result = guard(() => roundResults(db, actor, idParam(e.params.roundId)));
	const labels = Object.fromEntries(boardOf(db, actor).themes.map((t) => [t.id, t.label]));
	return { ...result, labels, projector: e.url.searchParams.has('projector'), promoted: promotedThemeIds(db, actor), canPromote: actor?.role === 'facilitator' };
};

export const actions: Actions = {
	/** Promotes the chosen themes, or the top N, to manifesto pointers. */
	promote: async (e) => {
		const { actor } = contextOf(e);
		const data = await e.request.formData();
		const themeIds = data.getAll('themeId').map(Number).filter((x) => Number.isInteger(x) && x > 0);
		const top = Number(data.get('top') ?? 0);
		const r = attempt({}, () => promoteThemes(app().db, actor, idParam(e.params.roundId), themeIds.length ? { themeIds } : { top }));
		return r.ok ? { promoted: r.value.length } : r.failure;
	}
};
