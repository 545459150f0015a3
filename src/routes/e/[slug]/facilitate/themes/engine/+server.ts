// Where this event's theme-engine run stands, as JSON, for the themes page to follow while it waits.
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { guard } from '$lib/server/http';
import { engineState } from '$lib/server/services/themes';

export const GET: RequestHandler = ({ locals: { db, actor } }) => {
	const { run } = guard(() => engineState(db, actor, { take: false }));
	return json({ run }, { headers: { 'cache-control': 'private, no-store' } });
};
