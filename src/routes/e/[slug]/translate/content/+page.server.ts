import type { Actions, PageServerLoad } from './$types';
import { act, formValues, guard } from '$lib/server/http';
import { dependency } from '$lib/live-topics';
import { languageName } from '$lib/domain/languages';
import { getLocale } from '$lib/paraglide/runtime';
import {
	draftTranslations,
	translationSheet,
	writeTranslation
} from '$lib/server/services/content-translations';

// The event's own text in each of its languages, for facilitators and translators.
export const load: PageServerLoad = ({ locals: { db, actor }, url, depends }) => {
	depends(dependency('manifesto'), dependency('event'), dependency('themes'));
	const sheet = guard(() => translationSheet(db, actor, url.searchParams.get('lang')));
	const name = (code: string) => languageName(code, getLocale());
	return {
		sheet,
		statuses: sheet.statuses.map((s) => ({ ...s, name: name(s.lang) })),
		names: Object.fromEntries(
			[...sheet.targets, ...(sheet.working ? [sheet.working] : [])].map((l) => [l, name(l)])
		)
	};
};

export const actions: Actions = {
	save: async ({ locals: { db, actor }, request }) => {
		const v = formValues(
			await request.formData(),
			'kind',
			'refId',
			'field',
			'lang',
			'source',
			'text'
		);
		const key = `${v.kind}:${v.refId}:${v.field}`;
		return act({ ...v, key }, () => (writeTranslation(db, actor, v), { saved: key }));
	},
	draft: async ({ locals: { db, actor }, request }) => {
		const { lang } = formValues(await request.formData(), 'lang');
		return act({ lang }, async () => {
			const drafted = await draftTranslations(db, actor, lang);
			return drafted === null ? { noEngine: languageName(lang, getLocale(), true) } : { drafted };
		});
	}
};
