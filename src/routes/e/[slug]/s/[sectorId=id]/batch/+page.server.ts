import type { Actions, PageServerLoad } from './$types';
import { guard } from '$lib/server/http';
import { checkBatch, csvSteps, pasteSteps, saveBatch } from '$lib/server/batch-forms';
import * as statements from '$lib/server/services/statements';
import { submissionsOpen } from '$lib/domain/phases';
import { dependency } from '$lib/live-topics';

// Several statements at once, on their own page so that the sector page a rapporteur keeps open
// on a phone loads no code for them. Each batch is checked, then saved (see batch-forms).
export const load: PageServerLoad = ({ locals: { db, actor, event }, params, depends }) => {
	depends(dependency('event'), dependency('statements'));
	const sectorId = Number(params.sectorId);
	const sector = guard(() => statements.readableSector(db, actor, sectorId));
	return {
		sector,
		count: statements.listSectorStatements(db, actor, sectorId).length,
		canWrite: actor?.role === 'facilitator' || submissionsOpen(event)
	};
};

export const actions: Actions = {
	pastePreview: ({ locals, params, request }) =>
		checkBatch(request, pasteSteps(locals, Number(params.sectorId))),
	pasteSave: ({ locals, params, request }) =>
		saveBatch(request, pasteSteps(locals, Number(params.sectorId))),
	csvPreview: ({ locals, params, request }) =>
		checkBatch(request, csvSteps(locals, Number(params.sectorId))),
	csvImport: ({ locals, params, request }) =>
		saveBatch(request, csvSteps(locals, Number(params.sectorId)))
};
