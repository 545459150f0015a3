/** SQL for statements' sentence vectors, the theme engine's second representation. */
import type { Db } from './connection';

export interface Meaning {
	statementId: number;
	/** Hash of the model and the text the vector was made from (meaning/encoder.ts). */
	key: string;
	vector: Float32Array;
}

interface Row {
	statement_id: number;
	text_key: string;
	vector: Buffer;
}

/** A vector's bytes, copied out (a blob's buffer need not be aligned for 32-bit floats). */
const toVector = (b: Buffer) =>
	new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

/** The kept vectors of an event's statements, by statement id. */
export function listMeaning(db: Db, eventId: number): Map<number, Meaning> {
	const rows = db
		.prepare(
			`SELECT m.* FROM statement_meaning m JOIN statements s ON s.id = m.statement_id
			 WHERE s.event_id = ?`
		)
		.all(eventId) as Row[];
	return new Map(
		rows.map((r) => [
			r.statement_id,
			{ statementId: r.statement_id, key: r.text_key, vector: toVector(r.vector) }
		])
	);
}

/**
 * Keeps vectors, replacing a statement's older one, all in one transaction; a statement deleted
 * while its vector was being made is skipped.
 */
export function saveMeaning(db: Db, rows: readonly Meaning[]): void {
	const put = db.prepare(
		`INSERT INTO statement_meaning (statement_id, text_key, vector)
		 SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM statements WHERE id = ?)
		 ON CONFLICT (statement_id) DO UPDATE SET text_key = excluded.text_key, vector = excluded.vector`
	);
	db.transaction(() => {
		for (const r of rows)
			put.run(
				r.statementId,
				r.key,
				Buffer.from(r.vector.buffer, r.vector.byteOffset, r.vector.byteLength),
				r.statementId
			);
	})();
}
