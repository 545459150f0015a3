import type { Actions, PageServerLoad } from './$types';
import { act, formValues, guard, idParam, replayed } from '$lib/server/http';
import { manifestoActionName } from '$lib/i18n/manifesto';
import { dependency } from '$lib/live-topics';
import { coverageFor, MANIFESTO_TOPICS } from '$lib/server/services/manifesto-read';
import { decideOutcome, sendRestToPaper } from '$lib/server/services/manifesto-outcomes';
import { undo } from '$lib/server/services/manifesto-history';

export const load: PageServerLoad = ({ locals: { db, actor }, url, depends }) => {
	depends(...MANIFESTO_TOPICS.map(dependency));
	return { ...guard(() => coverageFor(db, actor)), projector: url.searchParams.has('projector') };
};

// The statement or sector acted on comes from the form's URL (?/decide&id=12), and the answer
// names the form it belongs to, so the page shows it beside that form.
export const actions: Actions = {
	/** Sends one statement to its sector's paper, parks it with a reason, or takes the decision back. */
	decide: async ({ locals: { db, actor }, request, url }) => {
		const id = idParam(url.searchParams.get('id'));
		const form = `statement-${id}`;
		const v = formValues(await request.formData(), 'outcome', 'reason');
		return act({ ...v, form }, () => (decideOutcome(db, actor, [id], v), { done: form }));
	},
	/** Sends every undecided statement of a sector to its paper. */
	rest: ({ locals: { db, actor }, url }) => {
		const sectorId = idParam(url.searchParams.get('sector'));
		const form = `sector-${sectorId}`;
		return act({ form }, () => ({ done: form, sent: sendRestToPaper(db, actor, sectorId) }));
	},
	undo: ({ locals: { db, actor } }) =>
		act({ form: 'undo' }, () =>
			replayed(undo(db, actor), 'undo', manifestoActionName, () => ({ done: 'undo' }), {
				form: 'undo'
			})
		)
};
