// Reading statement files for the CLI: JSONL ({"id","text","sector"?,"lang"?} per line) or CSV
// (header id,text[,sector][,lang]). Errors name the file and line so a person can fix the input.
import Papa from 'papaparse';
import type { StatementInput } from '../../src/lib/clustering/index.js';

export class InputError extends Error {}

function check(row: Record<string, unknown>, where: string): StatementInput {
	const id = row.id;
	const text = row.text;
	if (id === undefined || id === null || String(id).trim() === '')
		throw new InputError(`${where}: missing "id"`);
	if (typeof text !== 'string')
		throw new InputError(`${where}: missing "text" (expected a string)`);
	const out: StatementInput = { id: String(id), text };
	if (row.sector !== undefined && row.sector !== null && row.sector !== '')
		out.sector = String(row.sector);
	if (typeof row.lang === 'string' && row.lang !== '') out.lang = row.lang;
	return out;
}

/** Pol.is exports carry a moderation flag; only comments the moderator accepted (moderated == 1) are kept. */
function accepted(row: Record<string, unknown>): boolean {
	return !('moderated' in row) || Number(row.moderated) === 1;
}

/** Parses JSONL text; blank lines are skipped, anything else must be an object with id and text. */
export function parseJsonl(content: string, file: string): StatementInput[] {
	const out: StatementInput[] = [];
	const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
	lines.forEach((line, i) => {
		if (line.trim() === '') return;
		const where = `${file} line ${i + 1}`;
		let row: unknown;
		try {
			row = JSON.parse(line);
		} catch {
			throw new InputError(`${where}: not valid JSON`);
		}
		if (row === null || typeof row !== 'object' || Array.isArray(row))
			throw new InputError(`${where}: expected a JSON object`);
		if (accepted(row as Record<string, unknown>))
			out.push(check(row as Record<string, unknown>, where));
	});
	return out;
}

/** Parses CSV text with a header row (id,text[,sector][,lang][,moderated]). */
export function parseCsv(content: string, file: string): StatementInput[] {
	const parsed = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: true
	});
	const fields = parsed.meta.fields ?? [];
	if (!fields.includes('id') || !fields.includes('text'))
		throw new InputError(`${file} line 1: the header must name the columns "id" and "text"`);
	const bad = parsed.errors.find((e) => e.type !== 'Delimiter');
	if (bad) throw new InputError(`${file} line ${(bad.row ?? 0) + 2}: ${bad.message}`);
	const out: StatementInput[] = [];
	parsed.data.forEach((row, i) => {
		if (accepted(row)) out.push(check(row, `${file} line ${i + 2}`));
	});
	return out;
}

/** Picks the parser by extension (.csv, otherwise JSONL). */
export function parseStatements(content: string, file: string): StatementInput[] {
	return file.toLowerCase().endsWith('.csv') ? parseCsv(content, file) : parseJsonl(content, file);
}
