import type { RequestHandler } from './$types';
import { guard } from '$lib/server/http';
import { paperFor } from '$lib/server/services/manifesto-read';
import { paperMarkdown } from '$lib/outputs/markdown';
import { download, fileName } from '$lib/server/downloads';

export const GET: RequestHandler = ({ locals: { db, event, actor }, params }) => {
	const paper = guard(() => paperFor(db, actor, event, Number(params.sectorId)));
	return download(
		paperMarkdown(paper, { generatedAt: new Date().toISOString() }),
		fileName(event.slug, paper.sector.name, 'issue-paper'),
		'md'
	);
};
