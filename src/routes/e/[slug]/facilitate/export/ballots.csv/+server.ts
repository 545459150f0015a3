/** Every ballot of every round as CSV for a spreadsheet (facilitators only). */
import type { RequestHandler } from './$types';
import { guard } from '$lib/server/http';
import { download, fileName } from '$lib/server/downloads';
import { ballotsCsv } from '$lib/server/services/csv-exports';

export const GET: RequestHandler = ({ locals: { db, actor, event } }) =>
	download(
		guard(() => ballotsCsv(db, actor)),
		fileName(event.slug, 'ballots'),
		'csv'
	);
