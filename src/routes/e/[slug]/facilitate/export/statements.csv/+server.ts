/** Every statement of the event as CSV for a spreadsheet (facilitators only). */
import type { RequestHandler } from './$types';
import { guard } from '$lib/server/http';
import { download, fileName } from '$lib/server/downloads';
import { statementsCsv } from '$lib/server/services/csv-exports';

export const GET: RequestHandler = ({ locals: { db, actor, event } }) =>
	download(
		guard(() => statementsCsv(db, actor)),
		fileName(event.slug, 'statements'),
		'csv'
	);
