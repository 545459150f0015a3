import type { RequestHandler } from './$types';
import { app } from '$lib/server/context';
import { contextOf, guard, idParam } from '$lib/server/http';
import { paperFor } from '$lib/server/services/manifesto';
import { paperDocx } from '$lib/server/outputs/docx';
import { download, fileName } from '$lib/server/downloads';

export const GET: RequestHandler = async (e) => {
	const { event, actor } = contextOf(e);
	const paper = guard(() => paperFor(app().db, actor, event, idParam(e.params.sectorId)));
	return download(new Uint8Array(await paperDocx(paper, { generatedAt: new Date().toISOString() })), fileName(event.slug, paper.sector.name, 'issue-paper'), 'docx');
};
