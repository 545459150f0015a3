import type { Actions, PageServerLoad } from './$types';
import { act, guard } from '$lib/server/http';
import { promoteThemes, resultsPage } from '$lib/server/services/voting';
import { dependency } from '$lib/live-topics';

export const load: PageServerLoad = ({ locals: { db, actor }, params, url, depends }) => {
	// turnout and tallies follow the ballots; the round's status and promotions follow the rounds
	depends(dependency('rounds'), dependency('ballots'), dependency('themes'));
	return {
		...guard(() => resultsPage(db, actor, Number(params.roundId))),
		projector: url.searchParams.has('projector'),
		canPromote: actor?.role === 'facilitator'
	};
};

export const actions: Actions = {
	/** Promotes the chosen themes, or the top N, to manifesto pointers. */
	promote: async ({ locals: { db, actor }, params, request }) => {
		const data = await request.formData();
		const themeIds = data
			.getAll('themeId')
			.map(Number)
			.filter((x) => Number.isInteger(x) && x > 0);
		const top = Number(data.get('top') ?? 0);
		// a threshold is typed as dots, or as a percentage for approval and consent
		const threshold = data.get('minScore');
		const minScore =
			threshold === null || threshold === ''
				? undefined
				: Number(threshold) / (data.get('percent') ? 100 : 1);
		const choice = themeIds.length
			? { themeIds }
			: minScore !== undefined && Number.isFinite(minScore)
				? { minScore }
				: { top };
		return act({}, () => ({
			promoted: promoteThemes(db, actor, Number(params.roundId), choice).length
		}));
	}
};
