import type { LayoutServerLoad } from './$types';
import { guard } from '$lib/server/http';
import { requireRole } from '$lib/server/services/access';

// Facilitator pages only; every action below checks the role again in its service.
export const load: LayoutServerLoad = ({ locals }) => {
	guard(() => requireRole(locals.actor, 'facilitator'));
	return {};
};
