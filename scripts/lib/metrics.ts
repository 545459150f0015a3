// Clustering quality against known classes: NMI (arithmetic normalisation, scikit-learn's
// default), adjusted Rand index, and accuracy under the best one-to-one matching (Hungarian).

/** Contingency table of two labelings (any comparable labels). */
function contingency(truth: readonly (string | number)[], pred: readonly (string | number)[]) {
	if (truth.length !== pred.length)
		throw new Error(`labelings differ in length: ${truth.length} vs ${pred.length}`);
	const rows = new Map<string | number, number>();
	const cols = new Map<string | number, number>();
	for (const t of truth) if (!rows.has(t)) rows.set(t, rows.size);
	for (const p of pred) if (!cols.has(p)) cols.set(p, cols.size);
	const table = Array.from({ length: rows.size }, () => new Array<number>(cols.size).fill(0));
	for (let i = 0; i < truth.length; i++) table[rows.get(truth[i])!][cols.get(pred[i])!] += 1;
	return table;
}

function entropy(counts: number[], n: number): number {
	let h = 0;
	for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
	return h;
}

/** Normalised mutual information, MI / mean(H(truth), H(pred)); 1 when both are a single cluster. */
export function nmi(
	truth: readonly (string | number)[],
	pred: readonly (string | number)[]
): number {
	const n = truth.length;
	if (n === 0) return 1;
	const table = contingency(truth, pred);
	const rowSums = table.map((r) => r.reduce((a, b) => a + b, 0));
	const colSums = table[0].map((_, j) => table.reduce((a, r) => a + r[j], 0));
	const hT = entropy(rowSums, n);
	const hP = entropy(colSums, n);
	if (hT === 0 && hP === 0) return 1;
	let mi = 0;
	for (let i = 0; i < table.length; i++)
		for (let j = 0; j < table[i].length; j++) {
			const c = table[i][j];
			if (c > 0) mi += (c / n) * Math.log((c * n) / (rowSums[i] * colSums[j]));
		}
	const denom = (hT + hP) / 2;
	return denom === 0 ? 0 : Math.max(0, mi / denom);
}

const pairs = (x: number) => (x * (x - 1)) / 2;

/** Adjusted Rand index (Hubert and Arabie); 1 for identical partitions, about 0 for random ones. */
export function ari(
	truth: readonly (string | number)[],
	pred: readonly (string | number)[]
): number {
	const n = truth.length;
	if (n < 2) return 1;
	const table = contingency(truth, pred);
	let index = 0;
	for (const r of table) for (const c of r) index += pairs(c);
	const a = table.map((r) => pairs(r.reduce((s, v) => s + v, 0))).reduce((s, v) => s + v, 0);
	const b = table[0]
		.map((_, j) => pairs(table.reduce((s, r) => s + r[j], 0)))
		.reduce((s, v) => s + v, 0);
	const expected = (a * b) / pairs(n);
	const max = (a + b) / 2;
	if (max === expected) return 1;
	return (index - expected) / (max - expected);
}

/** Minimum-cost perfect assignment on a square cost matrix (Hungarian algorithm, O(n^3)). Returns column per row. */
export function hungarian(cost: number[][]): number[] {
	const n = cost.length;
	const u = new Float64Array(n + 1);
	const v = new Float64Array(n + 1);
	const p = new Int32Array(n + 1);
	const way = new Int32Array(n + 1);
	for (let i = 1; i <= n; i++) {
		p[0] = i;
		let j0 = 0;
		const minv = new Float64Array(n + 1).fill(Infinity);
		const used = new Uint8Array(n + 1);
		do {
			used[j0] = 1;
			const i0 = p[j0];
			let delta = Infinity;
			let j1 = 0;
			for (let j = 1; j <= n; j++) {
				if (used[j]) continue;
				const cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
				if (cur < minv[j]) {
					minv[j] = cur;
					way[j] = j0;
				}
				if (minv[j] < delta) {
					delta = minv[j];
					j1 = j;
				}
			}
			for (let j = 0; j <= n; j++) {
				if (used[j]) {
					u[p[j]] += delta;
					v[j] -= delta;
				} else minv[j] -= delta;
			}
			j0 = j1;
		} while (p[j0] !== 0);
		do {
			const j1 = way[j0];
			p[j0] = p[j1];
			j0 = j1;
		} while (j0);
	}
	const result = new Array<number>(n).fill(-1);
	for (let j = 1; j <= n; j++) if (p[j] > 0) result[p[j] - 1] = j - 1;
	return result;
}

/** Clustering accuracy: share of items on the diagonal after the best one-to-one cluster-to-class matching. */
export function accuracy(
	truth: readonly (string | number)[],
	pred: readonly (string | number)[]
): number {
	const n = truth.length;
	if (n === 0) return 1;
	const table = contingency(truth, pred);
	const size = Math.max(table.length, table[0].length);
	const max = Math.max(...table.flat());
	const cost = Array.from({ length: size }, (_, i) =>
		Array.from({ length: size }, (_, j) => max - (table[i]?.[j] ?? 0))
	);
	const match = hungarian(cost);
	let hit = 0;
	for (let i = 0; i < table.length; i++) hit += table[i][match[i]] ?? 0;
	return hit / n;
}
