import type { Actions, PageServerLoad } from './$types';
import { act, formValues, guard, idParam } from '$lib/server/http';
import { translationQueue } from '$lib/server/services/translation-queue';
import { draftRenderings, machineLanguages, writeRendering } from '$lib/server/services/renderings';
import { dependency } from '$lib/live-topics';
import { languageName } from '$lib/domain/languages';
import { getLocale } from '$lib/paraglide/runtime';

/** The interpreter's list: statements in other languages, grouped by what their rendering needs. */
export const load: PageServerLoad = async ({ locals: { db, actor }, depends }) => {
	depends(dependency('event'), dependency('statements'));
	const queue = guard(() => translationQueue(db, actor));
	const locale = getLocale();
	const items = [...queue.missing, ...queue.machine, ...queue.person];
	return {
		queue,
		working: queue.working
			? { code: queue.working, name: languageName(queue.working, locale, true) }
			: null,
		languageNames: Object.fromEntries(
			[...new Set(items.map((i) => i.lang))].map((l) => [l, languageName(l, locale)])
		),
		// the draft button shows only when an engine here takes a missing language to the working one
		canDraft: queue.missing.length > 0 && (await machineLanguages(db, actor)).length > 0
	};
};

export const actions: Actions = {
	/** Writes or corrects one statement's rendering (an empty text removes it). */
	render: async ({ locals: { db, actor }, request }) => {
		const v = formValues(await request.formData(), 'statementId', 'renderTitle', 'renderText');
		const id = idParam(v.statementId);
		return act(
			v,
			() => (
				writeRendering(db, actor, id, { title: v.renderTitle, text: v.renderText }),
				{ rendered: id }
			)
		);
	},
	/** Drafts by machine translation the renderings still missing, where an engine has the language. */
	draft: ({ locals: { db, actor } }) =>
		act({}, async () => ({ drafted: await draftRenderings(db, actor) }))
};
