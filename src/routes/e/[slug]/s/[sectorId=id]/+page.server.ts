import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { attempt, bodyTooLarge, contextOf, formValues, guard, idParam } from '$lib/server/http';
import * as statements from '$lib/server/services/statements';
import { themesOfSector } from '$lib/server/services/themes';
import { submissionsOpen } from '$lib/domain/phases';
import { batchView } from '$lib/i18n/batch-view';
import { describeFieldError } from '$lib/i18n/errors';
import { csvFrom } from '$lib/server/uploads';

export const load: PageServerLoad = (e) => {
	const { event, actor } = contextOf(e);
	const sectorId = idParam(e.params.sectorId);
	const { db } = app();
	const sector = guard(() => statements.readableSector(db, actor, sectorId));
	return {
		sector,
		statements: statements.listSectorStatements(db, actor, sectorId),
		themesOf: themesOfSector(db, actor, sectorId),
		canWrite: actor?.role === 'facilitator' || submissionsOpen(event)
	};
};

export const actions: Actions = {
	add: async (e) => {
		const tooLarge = bodyTooLarge(e.request);
		if (tooLarge) return tooLarge;
		const { actor } = contextOf(e);
		const values = formValues(await e.request.formData(), 'title', 'text', 'actorType');
		const r = attempt(values, () => statements.submitStatement(app().db, actor, idParam(e.params.sectorId), values));
		if (!r.ok) return r.failure;
		return { added: r.value.id };
	},

	pastePreview: async (e) => {
		const tooLarge = bodyTooLarge(e.request);
		if (tooLarge) return tooLarge;
		const { actor } = contextOf(e);
		const { paste } = formValues(await e.request.formData(), 'paste');
		const r = attempt({ paste }, () => statements.previewPaste(app().db, actor, idParam(e.params.sectorId), paste));
		if (!r.ok) return r.failure;
		return { paste, pasteReport: batchView(r.value) };
	},

	pasteSave: async (e) => {
		const tooLarge = bodyTooLarge(e.request);
		if (tooLarge) return tooLarge;
		const { actor } = contextOf(e);
		const { paste } = formValues(await e.request.formData(), 'paste');
		const { db } = app();
		const sectorId = idParam(e.params.sectorId);
		const r = attempt({ paste }, () => statements.savePaste(db, actor, sectorId, paste));
		if (r.ok) return { pasted: r.value };
		const report = attempt({ paste }, () => statements.previewPaste(db, actor, sectorId, paste));
		return report.ok ? fail(400, { paste, pasteReport: batchView(report.value), message: describeFieldError('batch_has_errors') }) : r.failure;
	},

	csvPreview: async (e) => {
		const tooLarge = bodyTooLarge(e.request);
		if (tooLarge) return tooLarge;
		const { actor } = contextOf(e);
		const { content, error } = await csvFrom(await e.request.formData());
		if (error) return fail(400, { csv: '', csvReport: null, message: describeFieldError(error) });
		const r = attempt({ csv: content }, () => statements.previewCsv(app().db, actor, idParam(e.params.sectorId), content));
		if (!r.ok) return r.failure;
		return { csv: content, csvReport: batchView(r.value) };
	},

	csvImport: async (e) => {
		const tooLarge = bodyTooLarge(e.request);
		if (tooLarge) return tooLarge;
		const { actor } = contextOf(e);
		const { content, error } = await csvFrom(await e.request.formData());
		if (error) return fail(400, { csv: '', csvReport: null, message: describeFieldError(error) });
		const { db } = app();
		const sectorId = idParam(e.params.sectorId);
		const r = attempt({ csv: content }, () => statements.importCsv(db, actor, sectorId, content));
		if (r.ok) return { imported: r.value };
		const report = attempt({ csv: content }, () => statements.previewCsv(db, actor, sectorId, content));
		return report.ok ? fail(400, { csv: content, csvReport: batchView(report.value), message: describeFieldError('batch_has_errors') }) : r.failure;
	}
};
