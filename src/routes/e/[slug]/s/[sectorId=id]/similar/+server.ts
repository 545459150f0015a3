// The statements of the event closest to what a rapporteur is typing: ?text=…, as JSON.
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { guard } from '$lib/server/http';
import { similarStatements } from '$lib/server/services/similar';

export const GET: RequestHandler = ({ locals: { db, actor }, params, url }) => {
	const matches = guard(() =>
		similarStatements(db, actor, {
			text: url.searchParams.get('text'),
			sectorId: Number(params.sectorId)
		})
	);
	// other sectors' statements, for this person only
	return json(matches, { headers: { 'cache-control': 'private, no-store' } });
};
