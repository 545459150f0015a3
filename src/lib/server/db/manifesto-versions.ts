/** SQL for the published versions of the manifesto. */
import type { Db } from './connection';
import type { ManifestoInput } from '$lib/domain/manifesto';

export interface VersionRow {
	number: number;
	publishedAt: string;
	publishedBy: number | null;
	changeNote: string;
}

interface RawVersion {
	number: number;
	published_at: string;
	published_by: number | null;
	change_note: string;
	input_json?: string;
}

const toVersion = (r: RawVersion): VersionRow => ({
	number: r.number,
	publishedAt: r.published_at,
	publishedBy: r.published_by,
	changeNote: r.change_note
});

/** The versions of an event, newest first, without what they hold. */
export function listVersions(db: Db, eventId: number): VersionRow[] {
	return (
		db
			.prepare(
				'SELECT number, published_at, published_by, change_note FROM manifesto_versions WHERE event_id = ? ORDER BY number DESC'
			)
			.all(eventId) as RawVersion[]
	).map(toVersion);
}

/** One version with what it holds; the latest when `number` is omitted; null when there is none. */
export function findVersion(
	db: Db,
	eventId: number,
	number?: number
): (VersionRow & { input: ManifestoInput }) | null {
	const r = (
		number === undefined
			? db
					.prepare(
						'SELECT * FROM manifesto_versions WHERE event_id = ? ORDER BY number DESC LIMIT 1'
					)
					.get(eventId)
			: db
					.prepare('SELECT * FROM manifesto_versions WHERE event_id = ? AND number = ?')
					.get(eventId, number)
	) as RawVersion | undefined;
	return r ? { ...toVersion(r), input: JSON.parse(r.input_json!) as ManifestoInput } : null;
}

/** Stores the next version of the event; returns its number. */
export function insertVersion(
	db: Db,
	eventId: number,
	input: ManifestoInput,
	publishedBy: number | null,
	now: string
): number {
	const next =
		(
			db
				.prepare('SELECT MAX(number) AS n FROM manifesto_versions WHERE event_id = ?')
				.get(eventId) as { n: number | null }
		).n ?? 0;
	db.prepare(
		'INSERT INTO manifesto_versions (event_id, number, published_at, published_by, input_json) VALUES (?, ?, ?, ?, ?)'
	).run(eventId, next + 1, now, publishedBy, JSON.stringify(input));
	return next + 1;
}

/** Writes a version's change note. */
export function updateChangeNote(db: Db, eventId: number, number: number, note: string): void {
	db.prepare('UPDATE manifesto_versions SET change_note = ? WHERE event_id = ? AND number = ?').run(
		note,
		eventId,
		number
	);
}
