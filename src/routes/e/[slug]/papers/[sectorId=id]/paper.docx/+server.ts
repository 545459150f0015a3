import type { RequestHandler } from './$types';
import { editionParam, guard, langParam, langSuffix } from '$lib/server/http';
import { paperFor } from '$lib/server/services/manifesto-read';
import { paperDocx } from '$lib/server/outputs/docx';
import { download, fileName } from '$lib/server/downloads';

export const GET: RequestHandler = async ({ locals: { db, event, actor }, params, url }) => {
	const paper = guard(() =>
		paperFor(db, actor, event, Number(params.sectorId), editionParam(url), langParam(url))
	);
	return download(
		new Uint8Array(
			await paperDocx(paper, {
				generatedAt: new Date().toISOString(),
				timeZone: event.timeZone ?? undefined
			})
		),
		fileName(event.slug, paper.sector.name, 'issue-paper', ...langSuffix(paper.reading)),
		'docx'
	);
};
