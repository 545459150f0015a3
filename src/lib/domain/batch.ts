/** Turning pasted text and CSV files into candidate statements, with a report per item. */
import Papa from 'papaparse';
import { BATCH_MAX } from './statement-rules';
import { checkStatement, type StatementInput } from './statement-schema';
import { normaliseText, unifyLineEndings, type FieldErrors } from './text';

/** Where an item's text was seen before: stored in a sector of the event, or an earlier row. */
export type BatchRepeat = { storedIn: string } | { row: number };

/** The live statement of the event an item comes closest to: no repeat, yet perhaps the same point. */
export interface BatchNear {
	id: number;
	sector: string;
	/** whether it was written in the sector the batch is for */
	own: boolean;
	/** cosine similarity in [0, 1] */
	score: number;
}

export interface BatchItem {
	/** 1-based: the item number for a paste, the spreadsheet row (header = 1) for a CSV */
	row: number;
	text: string;
	title: string;
	/** the sector name given in the CSV, if any */
	sector: string;
	errors: FieldErrors;
	/** set when the text is already stored or came earlier in the batch (see markRepeats) */
	repeatOf?: BatchRepeat;
	/** set when the text is near a stored statement (see the similar service) */
	near?: BatchNear;
}

export interface BatchReport {
	items: BatchItem[];
	/** problems with the whole input, as error codes */
	fileErrors: string[];
	validCount: number;
}

// "- ", "* ", "• ", "1. ", "2) " at the start of a pasted line are list markup, not content.
const BULLET = /^\s*(?:[-*•–]|\d{1,3}[.)])\s+/;

/**
 * Splits a paste into statements: by blank lines when there are any (a paragraph each, lines
 * joined), otherwise one per line.
 */
export function splitPaste(input: string): string[] {
	const text = unifyLineEndings(input);
	const byParagraph = /\n[ \t]*\n/.test(text.trim());
	const chunks = byParagraph ? text.split(/\n[ \t]*\n/) : text.split('\n');
	return chunks
		.map((chunk) =>
			chunk
				.split('\n')
				.map((line) => line.replace(BULLET, '').trim())
				.filter(Boolean)
				.join(' ')
		)
		.filter((chunk) => chunk.length > 0);
}

function finish(items: BatchItem[], fileErrors: string[]): BatchReport {
	if (items.length === 0 && fileErrors.length === 0) fileErrors.push('batch_empty');
	if (items.length > BATCH_MAX) fileErrors.push('batch_too_many');
	return {
		items,
		fileErrors,
		validCount: items.filter((i) => Object.keys(i.errors).length === 0).length
	};
}

function itemOf(row: number, raw: { text?: string; title?: string }, sector = ''): BatchItem {
	const checked = checkStatement(raw);
	return checked.ok
		? { row, ...checked.value, sector, errors: {} }
		: {
				row,
				text: (raw.text ?? '').trim(),
				title: (raw.title ?? '').trim(),
				sector,
				errors: checked.errors
			};
}

/** Checks a pasted batch, one item per statement found. */
export function parsePaste(input: string): BatchReport {
	return finish(
		splitPaste(input).map((text, i) => itemOf(i + 1, { text })),
		[]
	);
}

/**
 * Checks a CSV with a header row: `text` required, `title` and `sector` optional (any order,
 * any case). Rows the CSV parser cannot read are reported, never guessed at.
 */
export function parseCsv(input: string): BatchReport {
	const parsed = Papa.parse<Record<string, string>>(input.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: 'greedy',
		transformHeader: (h) => h.trim().toLowerCase()
	});
	const fields = parsed.meta.fields ?? [];
	if (!fields.includes('text')) return finish([], ['csv_no_text_column']);
	const broken = new Map<number, string>();
	for (const e of parsed.errors) {
		if (e.row === undefined || parsed.data.length === 0) continue;
		// an unterminated quote is reported by raw line index (header counted); the others by data row
		const index = e.code === 'MissingQuotes' ? e.row - 1 : e.row;
		broken.set(Math.min(Math.max(index, 0), parsed.data.length - 1), 'csv_malformed_row');
	}
	const items = parsed.data.map((record, i) => {
		const row = i + 2;
		const item = itemOf(
			row,
			{ text: record.text ?? '', title: record.title ?? '' },
			(record.sector ?? '').trim()
		);
		if (broken.has(i)) item.errors = { form: broken.get(i)!, ...item.errors };
		return item;
	});
	return finish(items, []);
}

/**
 * What two statement texts are compared by to call one a repeat of the other: normalised, runs of
 * white space as one space, case folded (a retyped or re-exported line differs in little else).
 */
export function repeatKey(text: string): string {
	return normaliseText(text).replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Marks each valid item whose text is already stored (`stored`: the event's active statements with
 * their sector's name) or came in an earlier item of the batch, which stays unmarked.
 */
export function markRepeats(
	report: BatchReport,
	stored: { text: string; sector: string }[]
): BatchReport {
	const seen = new Map<string, BatchRepeat>();
	for (const s of stored) {
		const key = repeatKey(s.text);
		if (!seen.has(key)) seen.set(key, { storedIn: s.sector });
	}
	const items = report.items.map((item) => {
		if (Object.keys(item.errors).length > 0) return item;
		const key = repeatKey(item.text);
		const earlier = seen.get(key);
		if (earlier) return { ...item, repeatOf: earlier };
		seen.set(key, { row: item.row });
		return item;
	});
	return { ...report, items };
}

/** How many items of a report are repeats. */
export const repeatCount = (report: BatchReport): number =>
	report.items.filter((i) => i.repeatOf).length;

/**
 * The statements of a report, in its order, each saying whether it is a repeat, when every item
 * is valid; a batch is saved whole or not at all.
 */
export function acceptedItems(
	report: BatchReport
): (StatementInput & { sector: string; repeat: boolean })[] | null {
	if (report.fileErrors.length > 0 || report.validCount !== report.items.length) return null;
	return report.items.map(({ text, title, sector, repeatOf }) => ({
		text,
		title,
		sector,
		repeat: Boolean(repeatOf)
	}));
}
