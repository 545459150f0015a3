import type { RequestHandler } from './$types';
import { app } from '$lib/server/context';
import { contextOf, guard } from '$lib/server/http';
import { manifestoFor } from '$lib/server/services/manifesto';
import { manifestoMarkdown } from '$lib/outputs/markdown';
import { download, fileName } from '$lib/server/downloads';

export const GET: RequestHandler = (e) => {
	const { event, actor } = contextOf(e);
	const doc = guard(() => manifestoFor(app().db, actor, event));
	return download(manifestoMarkdown(doc, { generatedAt: new Date().toISOString() }), fileName(event.slug, 'manifesto'), 'md');
};
