import type { LayoutServerLoad } from './$types';
import { guard } from '$lib/server/http';
import { requireRole } from '$lib/server/services/access';

// Facilitator pages only; every action below checks the role again in its service. They show
// secrets (links, join codes), so no browser or proxy keeps a copy of them.
export const load: LayoutServerLoad = ({ locals, setHeaders }) => {
	guard(() => requireRole(locals.actor, 'facilitator'));
	setHeaders({ 'cache-control': 'private, no-store' });
	return {};
};
