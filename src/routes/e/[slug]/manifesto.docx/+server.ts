import type { RequestHandler } from './$types';
import { app } from '$lib/server/context';
import { contextOf, guard } from '$lib/server/http';
import { manifestoFor } from '$lib/server/services/manifesto';
import { manifestoDocx } from '$lib/server/outputs/docx';
import { download, fileName } from '$lib/server/downloads';

export const GET: RequestHandler = async (e) => {
	const { event, actor } = contextOf(e);
	const doc = guard(() => manifestoFor(app().db, actor, event));
	return download(new Uint8Array(await manifestoDocx(doc, { generatedAt: new Date().toISOString() })), fileName(event.slug, 'manifesto'), 'docx');
};
