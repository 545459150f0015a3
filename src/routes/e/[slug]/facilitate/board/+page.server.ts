import { isActionFailure, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { dependency } from '$lib/live-topics';
import { act, guard, idParam } from '$lib/server/http';
import { boardOf, undoState } from '$lib/server/services/themes';
import {
	applySuggestion,
	dismissSuggestion,
	suggestionsOf
} from '$lib/server/services/suggestions';
import { newOnBoard, sessionsOf } from '$lib/server/services/sessions';
import { openObjections } from '$lib/server/services/consent';
import { actions as curation } from '../themes/+page.server';

export const load: PageServerLoad = ({ locals: { db, actor }, url, depends }) => {
	depends(
		dependency('themes'),
		dependency('statements'),
		dependency('event'),
		dependency('suggestions')
	);
	// ?since=2 outlines what is new since closed session 2
	const since = url.searchParams.get('since');
	return guard(() => ({
		board: boardOf(db, actor),
		undo: undoState(db, actor),
		suggestions: suggestionsOf(db, actor),
		objections: openObjections(db, actor),
		sessions: sessionsOf(db, actor),
		fresh: since ? newOnBoard(db, actor, idParam(since)) : null
	}));
};

// The suggestion acted on comes from the form's URL (?/applySuggestion&suggestion=12).
const suggestionOf = (e: RequestEvent) => idParam(e.url.searchParams.get('suggestion'));

/** A step settled from the presenter screen (`&from=present`) goes back to that screen. */
function settled<T>(e: RequestEvent, result: T) {
	if (e.url.searchParams.get('from') === 'present' && !isActionFailure(result))
		redirect(303, `/e/${e.params.slug}/present`);
	return result;
}

// The board posts to the same curation actions as the list view, and settles the floor's
// suggestions (the presenter screen posts here too).
export const actions: Actions = {
	...curation,
	applySuggestion: (e) => {
		const id = suggestionOf(e);
		return act({ suggestionId: String(id) }, () => {
			applySuggestion(e.locals.db, e.locals.actor, id);
			return { suggestion: 'applied' as const };
		}).then((r) => settled(e, r));
	},
	dismissSuggestion: (e) => {
		const id = suggestionOf(e);
		return act({ suggestionId: String(id) }, () => {
			dismissSuggestion(e.locals.db, e.locals.actor, id);
			return { suggestion: 'dismissed' as const };
		}).then((r) => settled(e, r));
	}
};
