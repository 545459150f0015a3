import type { PageServerLoad } from './$types';
import { dependency } from '$lib/live-topics';
import { guard } from '$lib/server/http';
import { boardOf } from '$lib/server/services/themes';

// Read-only for every role of the event: the room sees what the facilitators curate.
export const load: PageServerLoad = ({ locals: { db, actor }, depends }) => {
	depends(dependency('themes'), dependency('statements'), dependency('event'));
	return { board: guard(() => boardOf(db, actor)) };
};
