import type { LayoutServerLoad } from './$types';
import { contextOf, guard } from '$lib/server/http';
import { requireRole } from '$lib/server/services/access';

// Facilitator pages only; every action below checks the role again in its service.
export const load: LayoutServerLoad = (e) => {
	const { actor } = contextOf(e);
	guard(() => requireRole(actor, 'facilitator'));
	return {};
};
