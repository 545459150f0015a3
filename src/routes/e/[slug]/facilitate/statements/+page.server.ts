import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { attempt, bodyTooLarge, contextOf, guard } from '$lib/server/http';
import * as statements from '$lib/server/services/statements';
import { batchView } from '$lib/i18n/batch-view';
import { describeFieldError } from '$lib/i18n/errors';
import { csvFrom } from '$lib/server/uploads';

const STATUSES = ['active', 'withdrawn', 'all'] as const;

export const load: PageServerLoad = (e) => {
	const { actor } = contextOf(e);
	const q = e.url.searchParams;
	const status = STATUSES.find((s) => s === q.get('status')) ?? 'active';
	const sectorId = Number(q.get('sector')) || null;
	const query = (q.get('q') ?? '').slice(0, 200);
	return {
		filter: { status, sectorId, query },
		statements: guard(() => statements.listEventStatements(app().db, actor, { status, sectorId, query }))
	};
};

export const actions: Actions = {
	csvPreview: async (e) => {
		const tooLarge = bodyTooLarge(e.request);
		if (tooLarge) return tooLarge;
		const { actor } = contextOf(e);
		const { content, error } = await csvFrom(await e.request.formData());
		if (error) return fail(400, { csv: '', csvReport: null, message: describeFieldError(error) });
		const r = attempt({ csv: content }, () => statements.previewCsv(app().db, actor, null, content));
		return r.ok ? { csv: content, csvReport: batchView(r.value) } : r.failure;
	},
	csvImport: async (e) => {
		const tooLarge = bodyTooLarge(e.request);
		if (tooLarge) return tooLarge;
		const { actor } = contextOf(e);
		const { content, error } = await csvFrom(await e.request.formData());
		if (error) return fail(400, { csv: '', csvReport: null, message: describeFieldError(error) });
		const { db } = app();
		const r = attempt({ csv: content }, () => statements.importCsv(db, actor, null, content));
		if (r.ok) return { imported: r.value };
		const report = attempt({ csv: content }, () => statements.previewCsv(db, actor, null, content));
		return report.ok ? fail(400, { csv: content, csvReport: batchView(report.value), message: describeFieldError('batch_has_errors') }) : r.failure;
	}
};
