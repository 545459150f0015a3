import type { Actions, PageServerLoad } from './$types';
import { act, formValues, guard, idParam } from '$lib/server/http';
import { dependency } from '$lib/live-topics';
import { MANIFESTO_TOPICS } from '$lib/server/services/manifesto-read';
import { setChangeNote, setPublished, versionsPage } from '$lib/server/services/manifesto-versions';

// Facilitators only: the versions, a diff between any two (a GET form: ?from=1&to=draft), and
// publishing the draft with its change note.
export const load: PageServerLoad = ({ locals: { db, actor }, url, depends }) => {
	depends(...MANIFESTO_TOPICS.map(dependency));
	return guard(() =>
		versionsPage(db, actor, url.searchParams.get('from'), url.searchParams.get('to'))
	);
};

export const actions: Actions = {
	publish: async ({ locals: { db, actor }, request }) => {
		const v = formValues(await request.formData(), 'note');
		return act({ ...v, form: 'publish' }, () => ({
			done: 'publish' as const,
			version: setPublished(db, actor, true, v.note)
		}));
	},
	// the version whose note is written comes from the form's URL (?/note&number=2)
	note: async ({ locals: { db, actor }, request, url }) => {
		const number = idParam(url.searchParams.get('number'));
		const v = formValues(await request.formData(), 'note');
		return act({ ...v, form: `note-${number}` }, () => {
			setChangeNote(db, actor, number, v.note);
			return { done: `note-${number}` };
		});
	}
};
