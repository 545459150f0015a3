import type { RequestHandler } from './$types';
import { editionParam, guard, langParam, langSuffix } from '$lib/server/http';
import { manifestoFor } from '$lib/server/services/manifesto-read';
import { manifestoDocx } from '$lib/server/outputs/docx';
import { download, fileName } from '$lib/server/downloads';

export const GET: RequestHandler = async ({ locals: { db, event, actor }, url }) => {
	const doc = guard(() => manifestoFor(db, actor, event, editionParam(url), langParam(url)));
	return download(
		new Uint8Array(
			await manifestoDocx(doc, {
				generatedAt: new Date().toISOString(),
				timeZone: event.timeZone ?? undefined
			})
		),
		fileName(event.slug, 'manifesto', ...langSuffix(doc.reading)),
		'docx'
	);
};
