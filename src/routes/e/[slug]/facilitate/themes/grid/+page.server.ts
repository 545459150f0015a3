import type { PageServerLoad } from './$types';
import { dependency } from '$lib/live-topics';
import { guard } from '$lib/server/http';
import { gridOf } from '$lib/server/services/themes';

export const load: PageServerLoad = ({ locals: { db, actor }, depends }) => {
	depends(dependency('themes'), dependency('statements'), dependency('event'));
	return guard(() => gridOf(db, actor));
};
