import type { Actions, PageServerLoad } from './$types';
import { guard } from '$lib/server/http';
import { checkBatch, csvSteps, saveBatch } from '$lib/server/batch-forms';
import * as statements from '$lib/server/services/statements';
import { dependency } from '$lib/live-topics';

const STATUSES = ['active', 'withdrawn', 'all'] as const;

export const load: PageServerLoad = ({ locals: { db, actor }, url, depends }) => {
	depends(dependency('statements'), dependency('event'));
	const q = url.searchParams;
	const status = STATUSES.find((s) => s === q.get('status')) ?? 'active';
	const sectorId = Number(q.get('sector')) || null;
	const query = (q.get('q') ?? '').slice(0, 200);
	return {
		filter: { status, sectorId, query },
		statements: guard(() => statements.listEventStatements(db, actor, { status, sectorId, query }))
	};
};

// The CSV form of the whole event: each row names its sector.
export const actions: Actions = {
	csvPreview: ({ locals, request }) => checkBatch(request, csvSteps(locals, null)),
	csvImport: ({ locals, request }) => saveBatch(request, csvSteps(locals, null))
};
