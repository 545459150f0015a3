// Fixed-seed sampling for the benchmark: repeats texts when the set is smaller.
import { createRandom, shuffle } from '../../src/lib/clustering/random.js';

export interface LabelledRow {
	id: string;
	text: string;
	label: string;
}

/** n rows drawn without replacement, cycling through fresh shuffles (ids made unique) when n exceeds the set. */
export function sampleRows<T extends { id: string }>(rows: T[], n: number, seed: number): T[] {
	const random = createRandom(seed);
	const out: T[] = [];
	for (let round = 0; out.length < n && rows.length > 0; round++) {
		const order = shuffle(
			rows.map((_, i) => i),
			random
		);
		for (const i of order) {
			if (out.length >= n) break;
			const r = rows[i];
			out.push(round === 0 ? r : { ...r, id: `${r.id}#${round}` });
		}
	}
	return out;
}
