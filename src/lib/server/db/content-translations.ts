/** SQL for the event's own text in its other languages. */
import type { Db } from './connection';
import type { ContentTranslation } from '$lib/domain/content-translation';

export interface StoredTranslation extends ContentTranslation {
	writtenBy: number | null;
	updatedAt: string;
}

interface Row {
	kind: ContentTranslation['kind'];
	ref_id: number;
	field: ContentTranslation['field'];
	lang: string;
	source: string;
	text: string;
	origin: 'person' | 'machine';
	written_by: number | null;
	updated_at: string;
}

const toTranslation = (r: Row): StoredTranslation => ({
	kind: r.kind,
	refId: r.ref_id,
	field: r.field,
	lang: r.lang,
	source: r.source,
	text: r.text,
	origin: r.origin,
	writtenBy: r.written_by,
	updatedAt: r.updated_at
});

/** An event's translations, in one language or all. */
export function listTranslations(db: Db, eventId: number, lang?: string): StoredTranslation[] {
	const rows = (
		lang === undefined
			? db
					.prepare(
						'SELECT * FROM content_translations WHERE event_id = ? ORDER BY lang, kind, ref_id, field'
					)
					.all(eventId)
			: db
					.prepare(
						'SELECT * FROM content_translations WHERE event_id = ? AND lang = ? ORDER BY kind, ref_id, field'
					)
					.all(eventId, lang)
	) as Row[];
	return rows.map(toTranslation);
}

/** Writes one translation (replacing the one the piece had in that language). */
export function putTranslation(
	db: Db,
	eventId: number,
	t: ContentTranslation & { writtenBy: number | null },
	now: string
): void {
	db.prepare(
		`INSERT INTO content_translations (event_id, kind, ref_id, field, lang, source, text, origin, written_by, updated_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		 ON CONFLICT (event_id, kind, ref_id, field, lang) DO UPDATE SET source = excluded.source,
		   text = excluded.text, origin = excluded.origin, written_by = excluded.written_by,
		   updated_at = excluded.updated_at`
	).run(eventId, t.kind, t.refId, t.field, t.lang, t.source, t.text, t.origin, t.writtenBy, now);
}

/** Removes one piece's translation in a language. */
export function deleteTranslation(
	db: Db,
	eventId: number,
	key: Pick<ContentTranslation, 'kind' | 'refId' | 'field' | 'lang'>
): void {
	db.prepare(
		'DELETE FROM content_translations WHERE event_id = ? AND kind = ? AND ref_id = ? AND field = ? AND lang = ?'
	).run(eventId, key.kind, key.refId, key.field, key.lang);
}
