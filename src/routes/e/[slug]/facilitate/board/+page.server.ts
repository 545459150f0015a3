import type { PageServerLoad } from './$types';
import { dependency } from '$lib/live-topics';
import { guard } from '$lib/server/http';
import { boardOf, undoState } from '$lib/server/services/themes';

// The board posts to the same curation actions as the list view.
export { actions } from '../themes/+page.server';

export const load: PageServerLoad = ({ locals: { db, actor }, depends }) => {
	depends(dependency('themes'), dependency('statements'), dependency('event'));
	return guard(() => ({ board: boardOf(db, actor), undo: undoState(db, actor) }));
};
