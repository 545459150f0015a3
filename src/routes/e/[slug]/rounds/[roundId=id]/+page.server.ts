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
		// a threshold is typed as dots, or as a percentage for approval and consent
		const threshold = data.get('minScore');
		const minScore = threshold === null || threshold === '' ? undefined : Number(threshold) / (data.get('percent') ? 100 : 1);
		const choice = themeIds.length ? { themeIds } : minScore !== undefined && Number.isFinite(minScore) ? { minScore } : { top };
		const r = attempt({}, () => promoteThemes(app().db, actor, idParam(e.params.roundId), choice));
		return r.ok ? { promoted: r.value.length } : r.failure;
	}
};
