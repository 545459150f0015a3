import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { dependency } from '$lib/live-topics';
import { act, guard, idParam } from '$lib/server/http';
import * as floor from '$lib/server/services/suggestions';

export const load: PageServerLoad = ({ locals: { db, actor }, depends }) => {
	// the themes to pick from, the suggestions and their counts, and the phase that allows them
	depends(dependency('suggestions'), dependency('themes'), dependency('event'));
	return guard(() => floor.floorOf(db, actor));
};

// The suggestion acted on comes from the form's URL (?/support&suggestion=12), never from a hidden field.
const suggestionOf = (e: RequestEvent) => idParam(e.url.searchParams.get('suggestion'));

export const actions: Actions = {
	/** Two ticked themes say the same thing. */
	suggest: async ({ locals: { db, actor }, request }) => {
		const themes = (await request.formData()).getAll('theme').map(String);
		return act({ themes: themes.join(',') }, () => {
			floor.suggestMerge(db, actor, { themes });
			return { suggestion: 'suggested' as const };
		});
	},
	/** "+1 I agree" on a suggestion. */
	support: (e) => {
		const id = suggestionOf(e);
		return act({ suggestionId: String(id) }, () => {
			floor.supportSuggestion(e.locals.db, e.locals.actor, id);
			return { suggestion: 'supported' as const };
		});
	},
	/** Takes one's support back. */
	withdraw: (e) => {
		const id = suggestionOf(e);
		return act({ suggestionId: String(id) }, () => {
			floor.withdrawSupport(e.locals.db, e.locals.actor, id);
			return { suggestion: 'withdrawn' as const };
		});
	}
};
