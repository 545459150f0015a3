import { describe, expect, it } from 'vitest';
import { rankChanges } from './rank-changes';

describe('changes of place in a ranking', () => {
	it('names what moved, up before down, by the place reached', () => {
		const before = new Map([
			[1, 1],
			[2, 2],
			[3, 3],
			[4, 4]
		]);
		const after = [
			{ id: 3, rank: 1 },
			{ id: 1, rank: 2 },
			{ id: 2, rank: 3 },
			{ id: 4, rank: 4 }
		];
		expect(rankChanges(before, after)).toEqual([
			{ id: 3, rank: 1, direction: 'up' },
			{ id: 1, rank: 2, direction: 'down' },
			{ id: 2, rank: 3, direction: 'down' }
		]);
	});

	it('is quiet when nothing moved, and ignores items new to the ranking', () => {
		const before = new Map([[1, 1]]);
		expect(rankChanges(before, [{ id: 1, rank: 1 }])).toEqual([]);
		expect(
			rankChanges(before, [
				{ id: 1, rank: 1 },
				{ id: 9, rank: 2 }
			])
		).toEqual([]);
	});
});
