import { describe, expect, it } from 'vitest';
import { sectorThemeGrid } from './coverage';

describe('sectorThemeGrid', () => {
	const grid = sectorThemeGrid(
		[10, 20, 30],
		[
			{ id: 1, label: 'Narrow', crossSector: 0, memberSectors: [10, 10, 10] },
			{ id: 2, label: 'Broad', crossSector: 0.9, memberSectors: [10, 20] },
			{ id: 3, label: 'Ignores unknown sectors', crossSector: 0.5, memberSectors: [20, 99] }
		]
	);

	it('orders themes by breadth', () => {
		expect(grid.themes.map((t) => t.label)).toEqual(['Broad', 'Ignores unknown sectors', 'Narrow']);
	});

	it('counts statements per sector and theme', () => {
		expect(grid.counts).toEqual([
			[1, 0, 3],
			[1, 1, 0],
			[0, 0, 0]
		]);
		expect(grid.rowTotals).toEqual([4, 2, 0]);
		expect(grid.themes.map((t) => t.sectorsReached)).toEqual([2, 1, 1]);
		expect(grid.max).toBe(3);
	});

	it('names the sectors whose voice reached no theme', () => {
		expect(grid.silent).toEqual([30]);
		expect(sectorThemeGrid([1], []).silent).toEqual([1]);
		expect(sectorThemeGrid([], []).max).toBe(0);
	});
});
