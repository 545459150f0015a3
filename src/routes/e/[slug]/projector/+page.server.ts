import type { PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { contextOf, guard } from '$lib/server/http';
import { boardOf } from '$lib/server/services/themes';

// Read-only for every role of the event: the room sees what the facilitators curate.
export const load: PageServerLoad = (e) => {
	const { actor } = contextOf(e);
	return { board: guard(() => boardOf(app().db, actor)) };
};
