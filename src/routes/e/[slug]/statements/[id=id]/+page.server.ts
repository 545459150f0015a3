import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { act, formValues, guard } from '$lib/server/http';
import * as statements from '$lib/server/services/statements';
import { submissionsOpen } from '$lib/domain/phases';
import { dependency } from '$lib/live-topics';
import { workingRenderings, writeRendering } from '$lib/server/services/renderings';
import { languageName } from '$lib/domain/languages';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = ({ locals: { db, actor, event }, params, depends }) => {
	depends(dependency('event'), dependency('statements'));
	const { statement, sector, own } = guard(() =>
		statements.statementForEdit(db, actor, Number(params.id))
	);
	return {
		statement,
		sector,
		own,
		// where "back" leads: the sector page of the statement, or of the rapporteur reading it
		backSectorId: own ? sector.id : (actor?.sectorId ?? sector.id),
		canWrite: actor?.role === 'facilitator' || submissionsOpen(event),
		isFacilitator: actor?.role === 'facilitator',
		// the statement in the working language, when it is written in another one
		rendering:
			own && event.workingLanguage && statement.lang !== event.workingLanguage
				? {
						code: event.workingLanguage,
						language: languageName(event.workingLanguage, getLocale(), true),
						current: workingRenderings(db, event.id).get(statement.id) ?? null
					}
				: null
	};
};

/** Back to where the person came from: the facilitator's list or the sector page. */
function back(slug: string, sectorId: number, from: string | null, flag: string): string {
	if (from === 'all') return `/e/${slug}/facilitate/statements?${flag}=1`;
	return `/e/${slug}/s/${sectorId}?${flag}=1`;
}

// A redirect thrown inside `act` passes through it: only refusals become form failures.
export const actions: Actions = {
	edit: async ({ locals: { db, actor, event }, params, request, url }) => {
		const values = formValues(await request.formData(), 'title', 'text');
		return act(values, () => {
			const edited = statements.editStatement(db, actor, Number(params.id), values);
			redirect(303, back(event.slug, edited.sectorId, url.searchParams.get('from'), 'saved'));
		});
	},
	render: async ({ locals: { db, actor }, params, request }) => {
		const v = formValues(await request.formData(), 'renderTitle', 'renderText');
		return act(
			v,
			() => (
				writeRendering(db, actor, Number(params.id), { title: v.renderTitle, text: v.renderText }),
				{ rendered: true }
			)
		);
	},
	withdraw: ({ locals: { db, actor, event }, params, url }) =>
		act({}, () => {
			const withdrawn = statements.withdrawStatement(db, actor, Number(params.id));
			redirect(
				303,
				back(event.slug, withdrawn.sectorId, url.searchParams.get('from'), 'withdrawn')
			);
		}),
	restore: ({ locals: { db, actor, event }, params }) =>
		act({}, () => {
			const restored = statements.restoreStatement(db, actor, Number(params.id));
			redirect(303, back(event.slug, restored.sectorId, 'all', 'restored'));
		})
};
