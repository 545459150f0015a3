import type { PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { contextOf, guard } from '$lib/server/http';
import { boardOf, undoState } from '$lib/server/services/themes';

// The board posts to the same curation actions as the list view.
export { actions } from '../themes/+page.server';

export const load: PageServerLoad = (e) => {
	const { actor } = contextOf(e);
	const { db } = app();
	const board = guard(() => boardOf(db, actor));
	return { board, undo: undoState(db, actor) };
};
