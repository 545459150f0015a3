import type { Actions, PageServerLoad } from './$types';
import { act, guard } from '$lib/server/http';
import * as voting from '$lib/server/services/voting';
import { ballotFromForm } from '$lib/domain/ballot-form';
import { dependency } from '$lib/live-topics';

export const load: PageServerLoad = ({ locals: { db, actor }, url, depends }) => {
	// a phone follows the rounds and the words of their themes; someone else's ballot changes nothing here
	depends(dependency('rounds'), dependency('themes'));
	return {
		...guard(() => voting.ballotPaper(db, actor)),
		// a facilitator records the ballot of someone without a phone
		proxy: actor?.role === 'facilitator' && url.searchParams.has('proxy')
	};
};

export const actions: Actions = {
	default: async ({ locals: { db, actor }, request, url }) => {
		const data = await request.formData();
		const round = guard(() => voting.openRound(db, actor));
		const entries = round ? ballotFromForm(data, round.method, round.themeIds) : [];
		// a ballot for a round that is no longer the open one is refused as for a closed round
		const id = round && round.id === Number(data.get('round')) ? round.id : -1;
		const values = Object.fromEntries(
			[...data].filter((field): field is [string, string] => typeof field[1] === 'string')
		);
		if (url.searchParams.has('proxy')) {
			const person = {
				displayName: values.displayName ?? '',
				declaredSectorId: values.declaredSectorId ?? ''
			};
			return act(
				values,
				() => (voting.castProxyBallot(db, actor, id, entries, person), { savedProxy: true })
			);
		}
		return act(values, () => (voting.castBallot(db, actor, id, entries), { saved: true }));
	}
};
