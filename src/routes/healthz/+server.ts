import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isHealthy } from '$lib/server/services/health';

/**
 * For a process supervisor or a load balancer: 200 when the server answers and its database
 * reads, 503 when the database does not. Says nothing about any event.
 */
export const GET: RequestHandler = ({ locals: { db } }) => {
	const ok = isHealthy(db);
	return json(
		{ status: ok ? 'ok' : 'database unavailable' },
		{ status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } }
	);
};
