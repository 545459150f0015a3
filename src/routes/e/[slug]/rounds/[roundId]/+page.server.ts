import type { PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { contextOf, guard, idParam } from '$lib/server/http';
import { roundResults } from '$lib/server/services/voting';
import { boardOf } from '$lib/server/services/themes';

export const load: PageServerLoad = (e) => {
	const { actor } = contextOf(e);
	const { db } = app();
	const result = guard(() => roundResults(db, actor, idParam(e.params.roundId)));
	const labels = Object.fromEntries(boardOf(db, actor).themes.map((t) => [t.id, t.label]));
	return { ...result, labels, projector: e.url.searchParams.has('projector') };
};
