/** The whole event as one JSON file (facilitators only), for a backup or another instance. */
import type { RequestHandler } from './$types';
import { guard } from '$lib/server/http';
import { download, fileName } from '$lib/server/downloads';
import { eventFileJson, exportEventFor } from '$lib/server/services/transfer';

export const GET: RequestHandler = ({ locals: { db, actor, event } }) =>
	download(
		guard(() => eventFileJson(exportEventFor(db, actor))),
		fileName(event.slug, 'event'),
		'json'
	);
