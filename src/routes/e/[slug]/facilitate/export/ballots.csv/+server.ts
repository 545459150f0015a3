/** Every ballot of every round as CSV for a spreadsheet (facilitators only). */
import type { RequestHandler } from './$types';
import { app } from '$lib/server/context';
import { contextOf, guard } from '$lib/server/http';
import { download, fileName } from '$lib/server/downloads';
import { ballotsCsv } from '$lib/server/services/csv-exports';

export const GET: RequestHandler = (e) => {
	const { event, actor } = contextOf(e);
	return download(guard(() => ballotsCsv(app().db, actor)), fileName(event.slug, 'ballots'), 'csv');
};
