/** The whole event as one JSON file (facilitators only), for a backup or another instance. */
import type { RequestHandler } from './$types';
import { app } from '$lib/server/context';
import { contextOf, guard } from '$lib/server/http';
import { download, fileName } from '$lib/server/downloads';
import { eventFileJson, exportEventFor } from '$lib/server/services/transfer';

export const GET: RequestHandler = (e) => {
	const { event, actor } = contextOf(e);
	return download(guard(() => eventFileJson(exportEventFor(app().db, actor))), fileName(event.slug, 'event'), 'json');
};
