/**
 * Near-duplicates at the source: the event's live statements closest to a text a rapporteur is
 * typing or pasting, so that the room is not asked to sort the same point twice. Read-only.
 */
import type { Db } from '../db/connection';
import { listStatements } from '../db/statements';
import { listSectors } from '../db/events';
import { findSimilar, type StatementInput } from '$lib/clustering';
import type { Actor, SimilarStatement, Statement } from '$lib/domain/types';
import type { BatchItem, BatchReport } from '$lib/domain/batch';
import { SIMILAR_MIN, TEXT_MAX } from '$lib/domain/statement-rules';
import { normaliseText } from '$lib/domain/text';
import { previewCsv, previewPaste, readableSector } from './statements';

/** Hints shown under the text box: enough to spot a repeat, few enough to read on a phone. */
export const SIMILAR_SHOWN = 3;
/**
 * A hint asks a rapporteur to stop and read, so it must mean the same point: below this cosine the
 * overlap is a rare word or two (a place, a number) in otherwise unrelated statements.
 */
const HINT_MIN_SCORE = 0.3;

/** The event's live statements, as the engine reads them (title and text together). */
function corpusOf(
	db: Db,
	eventId: number
): { live: Map<string, Statement>; input: StatementInput[] } {
	const statements = listStatements(db, eventId, { status: 'active' });
	return {
		live: new Map(statements.map((s) => [String(s.id), s])),
		input: statements.map((s) => ({
			id: String(s.id),
			text: s.title ? `${s.title}. ${s.text}` : s.text,
			lang: s.lang
		}))
	};
}

/** A text to compare: normalised, cut to a statement's length; null when too short to say anything. */
function queryOf(raw: unknown): string | null {
	const text = normaliseText(typeof raw === 'string' ? raw : '').slice(0, TEXT_MAX);
	return text.length < SIMILAR_MIN ? null : text;
}

/**
 * The live statements of the event closest to `text`, best first: for a rapporteur of `sectorId`
 * or a facilitator. The engine keeps the indexed statements between calls (keyed on their
 * content), so each keystroke costs one query vector and a pass over the vectors.
 */
export function similarStatements(
	db: Db,
	actor: Actor | null,
	{ text, sectorId }: { text: unknown; sectorId: number }
): SimilarStatement[] {
	const sector = readableSector(db, actor, sectorId);
	const query = queryOf(text);
	if (query === null) return [];
	const { live, input } = corpusOf(db, sector.eventId);
	const sectors = new Map(listSectors(db, sector.eventId).map((s) => [s.id, s]));
	return findSimilar(query, input, { limit: SIMILAR_SHOWN, minScore: HINT_MIN_SCORE }).map(
		(match) => {
			const s = live.get(match.id)!;
			const of = sectors.get(s.sectorId);
			return {
				id: s.id,
				title: s.title,
				text: s.text,
				sector: of?.name ?? '',
				colour: of?.colour ?? '',
				own: s.sectorId === sectorId,
				score: match.score
			};
		}
	);
}

/**
 * Marks each valid item of a checked batch that is not a repeat but comes near a live statement of
 * the event with its closest one. The caller has checked the role.
 */
function markNear(
	db: Db,
	eventId: number,
	sectorId: number | null,
	report: BatchReport
): BatchReport {
	const { live, input } = corpusOf(db, eventId);
	if (input.length === 0) return report;
	const sectors = new Map(listSectors(db, eventId).map((s) => [s.id, s.name]));
	const items = report.items.map((item): BatchItem => {
		if (item.repeatOf || Object.keys(item.errors).length > 0) return item;
		const query = queryOf(item.title ? `${item.title}. ${item.text}` : item.text);
		const [best] =
			query === null ? [] : findSimilar(query, input, { limit: 1, minScore: HINT_MIN_SCORE });
		if (!best) return item;
		const s = live.get(best.id)!;
		const near = {
			id: s.id,
			sector: sectors.get(s.sectorId) ?? '',
			own: s.sectorId === sectorId,
			score: best.score
		};
		return { ...item, near };
	});
	return { ...report, items };
}

/** A pasted batch checked as `previewPaste` does, each new item with its nearest live statement. */
export function previewPasteNear(
	db: Db,
	actor: Actor | null,
	sectorId: number,
	text: string
): BatchReport {
	return markNear(db, actor!.eventId, sectorId, previewPaste(db, actor, sectorId, text));
}

/** A CSV checked as `previewCsv` does, each new row with its nearest live statement. */
export function previewCsvNear(
	db: Db,
	actor: Actor | null,
	sectorId: number | null,
	csv: string
): BatchReport {
	return markNear(db, actor!.eventId, sectorId, previewCsv(db, actor, sectorId, csv));
}
