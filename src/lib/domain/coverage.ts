/** Which sectors each theme draws on, and which sectors no theme reached: pure counting for the grid. */

export interface GridTheme {
	id: number;
	label: string;
	crossSector: number;
	/** the sector of each member statement */
	memberSectors: number[];
}

export interface SectorThemeGrid {
	/** themes, broadest first */
	themes: {
		id: number;
		label: string;
		crossSector: number;
		total: number;
		sectorsReached: number;
	}[];
	/** counts[sectorIndex][themeIndex] */
	counts: number[][];
	/** per sector: statements in any theme (a statement in two themes counts once per theme) */
	rowTotals: number[];
	/** sectors whose statements reached no theme */
	silent: number[];
	max: number;
}

/** Counts statements per sector and theme, ordered by breadth then size. */
export function sectorThemeGrid(sectorIds: number[], themes: GridTheme[]): SectorThemeGrid {
	const ordered = [...themes].sort(
		(a, b) =>
			b.crossSector - a.crossSector ||
			b.memberSectors.length - a.memberSectors.length ||
			a.id - b.id
	);
	const row = new Map(sectorIds.map((id, i) => [id, i]));
	const counts = sectorIds.map(() => ordered.map(() => 0));
	ordered.forEach((t, j) => {
		for (const s of t.memberSectors) {
			const i = row.get(s);
			if (i !== undefined) counts[i][j]++;
		}
	});
	const rowTotals = counts.map((r) => r.reduce((a, b) => a + b, 0));
	return {
		themes: ordered.map((t, j) => ({
			id: t.id,
			label: t.label,
			crossSector: t.crossSector,
			total: t.memberSectors.length,
			sectorsReached: counts.filter((r) => r[j] > 0).length
		})),
		counts,
		rowTotals,
		silent: sectorIds.filter((_, i) => rowTotals[i] === 0),
		max: Math.max(0, ...counts.flat())
	};
}
