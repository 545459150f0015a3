import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { app } from '$lib/server/context';
import { attempt, contextOf, formValues, guard, idParam } from '$lib/server/http';
import * as manifesto from '$lib/server/services/manifesto';

export const load: PageServerLoad = (e) => {
	const { actor } = contextOf(e);
	return { ...guard(() => manifesto.coverageFor(app().db, actor)), projector: e.url.searchParams.has('projector') };
};

const idOf = (e: RequestEvent, name: string) => idParam(e.url.searchParams.get(name) ?? undefined);

export const actions: Actions = {
	/** Sends one statement to its sector's paper, parks it with a reason, or takes the decision back. */
	decide: async (e) => {
		const { actor } = contextOf(e);
		const id = idOf(e, 'id');
		const values: Record<string, string> = { ...formValues(await e.request.formData(), 'outcome', 'reason'), form: `statement-${id}` };
		const r = attempt(values, () => manifesto.decideOutcome(app().db, actor, [id], { outcome: values.outcome, reason: values.reason }));
		return r.ok ? { done: values.form } : r.failure;
	},
	/** Sends every undecided statement of a sector to its paper. */
	rest: (e) => {
		const { actor } = contextOf(e);
		const sectorId = idOf(e, 'sector');
		const r = attempt({ form: `sector-${sectorId}` }, () => manifesto.sendRestToPaper(app().db, actor, sectorId));
		return r.ok ? { done: `sector-${sectorId}`, sent: r.value } : r.failure;
	},
	undo: (e) => {
		const r = attempt({ form: 'undo' }, () => manifesto.undo(app().db, contextOf(e).actor));
		return r.ok ? { done: 'undo' } : r.failure;
	}
};
