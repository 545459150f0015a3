/**
 * The two batch forms, a CSV file and a paste of a breakout's output, as form actions: check the
 * batch (every row with what is wrong with it, and which ones are repeats), then save it whole,
 * skipping repeats unless the "store repeats anyway" box is ticked. Both pages that take a CSV
 * (a sector's, the facilitator's list) and the paste form share these steps and one result shape.
 */
import { fail, type ActionFailure } from '@sveltejs/kit';
import type { FormFailure } from '$lib/forms';
import type { BatchReport } from '$lib/domain/batch';
import { batchView, type BatchView } from '$lib/i18n/batch-view';
import { describeFieldError } from '$lib/i18n/errors';
import { act, bodyTooLarge, failure, formValues } from './http';
import { csvFrom } from './uploads';
import { ENCODING_NAMES, type TextEncodingName } from '$lib/domain/text-encoding';
import * as statements from './services/statements';
import { previewCsvNear, previewPasteNear } from './services/similar';
import type { BatchOptions, BatchSaved } from './services/statements';
import { Refusal } from './services/errors';

/** Which batch form posted: `form` in a failure's values, `batch` in a result. */
export type BatchKind = 'csv' | 'paste';

/** What one batch form does with the posted text, for one page. */
interface BatchSteps {
	kind: BatchKind;
	/** checks without saving */
	check: (content: string) => BatchReport;
	/** saves the whole batch and says how many statements it added and skipped, or refuses it whole */
	save: (content: string, options: BatchOptions) => BatchSaved;
}

/** What a batch form posted. */
interface Posted {
	/** the chosen CSV file (or its text carried from the check), or the paste */
	content: string;
	/** the "store repeats anyway" box */
	storeRepeats: boolean;
	/** what a chosen file was read as (absent for a paste or a checked file's text carried on) */
	encoding?: TextEncodingName;
}

/** The posted text and choice, or the refusal of a request too large or a file unreadable. */
async function posted(
	request: Request,
	kind: BatchKind
): Promise<Posted | { refused: ActionFailure<FormFailure> }> {
	// the refusal names its form, so the page shows it there, with that form open
	if (bodyTooLarge(request))
		return { refused: failure(413, echo(kind, ''), describeFieldError('body_too_large')) };
	const data = await request.formData();
	const storeRepeats = formValues(data, 'storeRepeats').storeRepeats === 'on';
	if (kind === 'paste') return { content: formValues(data, 'paste').paste, storeRepeats };
	const { content, encoding, error } = await csvFrom(data);
	if (error) return { refused: failure(400, echo(kind, ''), describeFieldError(error)) };
	return { content, storeRepeats, encoding };
}

/** What a batch form's failure echoes: which form it was, the text it sent and the repeats box. */
const echo = (kind: BatchKind, content: string, storeRepeats = false): Record<string, string> => ({
	form: kind,
	content,
	storeRepeats: storeRepeats ? 'on' : ''
});

/** The check step: the batch's report, with the text to send on to the save step. */
export async function checkBatch(request: Request, steps: BatchSteps) {
	const p = await posted(request, steps.kind);
	if ('refused' in p) return p.refused;
	return act(echo(steps.kind, p.content, p.storeRepeats), () => ({
		batch: steps.kind,
		content: p.content,
		storeRepeats: p.storeRepeats,
		encoding: p.encoding ? ENCODING_NAMES[p.encoding] : null,
		report: batchView(steps.check(p.content))
	}));
}

/** The save step: how many were saved and skipped, or the report again with what stopped the batch. */
export async function saveBatch(request: Request, steps: BatchSteps) {
	const p = await posted(request, steps.kind);
	if ('refused' in p) return p.refused;
	const values = echo(steps.kind, p.content, p.storeRepeats);
	return act(values, () => {
		try {
			return { batch: steps.kind, ...steps.save(p.content, { storeRepeats: p.storeRepeats }) };
		} catch (err) {
			// a batch is refused whole for its rows: show them again, with what to fix
			if (!(err instanceof Refusal) || err.fields.batch !== 'batch_has_errors') throw err;
			const refused: FormFailure & { report: BatchView } = {
				values,
				errors: {},
				message: describeFieldError('batch_has_errors'),
				report: batchView(steps.check(p.content))
			};
			return fail(400, refused);
		}
	});
}

/** The CSV form of a sector's page, or with `sectorId` null the facilitator's, where each row names its sector. */
export function csvSteps({ db, actor }: App.Locals, sectorId: number | null): BatchSteps {
	return {
		kind: 'csv',
		check: (csv) => previewCsvNear(db, actor, sectorId, csv),
		save: (csv, options) => statements.importCsv(db, actor, sectorId, csv, options)
	};
}

/** The paste form of a sector's page. */
export function pasteSteps({ db, actor }: App.Locals, sectorId: number): BatchSteps {
	return {
		kind: 'paste',
		check: (text) => previewPasteNear(db, actor, sectorId, text),
		save: (text, options) => statements.savePaste(db, actor, sectorId, text, options)
	};
}
