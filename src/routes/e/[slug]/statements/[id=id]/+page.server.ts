import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { attempt, bodyTooLarge, contextOf, formValues, guard, idParam } from '$lib/server/http';
import * as statements from '$lib/server/services/statements';
import { submissionsOpen } from '$lib/domain/phases';

export const load: PageServerLoad = (e) => {
	const { event, actor } = contextOf(e);
	const { statement, sector } = guard(() => statements.statementForEdit(app().db, actor, idParam(e.params.id)));
	return { statement, sector, canWrite: actor?.role === 'facilitator' || submissionsOpen(event), isFacilitator: actor?.role === 'facilitator' };
};

/** Back to where the person came from: the facilitator's list or the sector page. */
function back(slug: string, sectorId: number, from: string | null, flag: string): string {
	if (from === 'all') return `/e/${slug}/facilitate/statements?${flag}=1`;
	return `/e/${slug}/s/${sectorId}?${flag}=1`;
}

export const actions: Actions = {
	edit: async (e) => {
		const tooLarge = bodyTooLarge(e.request);
		if (tooLarge) return tooLarge;
		const { event, actor } = contextOf(e);
		const values = formValues(await e.request.formData(), 'title', 'text');
		const r = attempt(values, () => statements.editStatement(app().db, actor, idParam(e.params.id), values));
		if (!r.ok) return r.failure;
		redirect(303, back(event.slug, r.value.sectorId, e.url.searchParams.get('from'), 'saved'));
	},
	withdraw: (e) => {
		const { event, actor } = contextOf(e);
		const r = attempt({}, () => statements.withdrawStatement(app().db, actor, idParam(e.params.id)));
		if (!r.ok) return r.failure;
		redirect(303, back(event.slug, r.value.sectorId, e.url.searchParams.get('from'), 'withdrawn'));
	},
	restore: (e) => {
		const { event, actor } = contextOf(e);
		const r = attempt({}, () => statements.restoreStatement(app().db, actor, idParam(e.params.id)));
		if (!r.ok) return r.failure;
		redirect(303, back(event.slug, r.value.sectorId, 'all', 'restored'));
	}
};
