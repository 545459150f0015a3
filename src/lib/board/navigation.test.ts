import { describe, expect, it } from 'vitest';
import { arrowDirection, nearestInDirection } from './navigation';

// a 3×2 grid with a slightly lower middle on the top row
const items: { id: string; x: number; y: number }[] = [
	{ id: 'a', x: 0, y: 0 },
	{ id: 'b', x: 100, y: 10 },
	{ id: 'c', x: 200, y: 0 },
	{ id: 'd', x: 0, y: 100 },
	{ id: 'e', x: 100, y: 100 },
	{ id: 'f', x: 200, y: 100 }
];

describe('nearestInDirection', () => {
	it.each([
		['a', 'right', 'b'],
		['b', 'right', 'c'],
		['c', 'right', null],
		['a', 'down', 'd'],
		['b', 'down', 'e'],
		['f', 'up', 'c'],
		['e', 'left', 'd'],
		['d', 'left', null]
	] as const)('from %s going %s reaches %s', (from, dir, expected) => {
		const start = items.find((i) => i.id === from)!;
		expect(nearestInDirection(items, start, dir, from as string)).toBe(expected);
	});

	it('reads the arrow keys and ignores the others', () => {
		expect(arrowDirection('ArrowUp')).toBe('up');
		expect(arrowDirection('Enter')).toBeNull();
	});
});

import { fitTransform } from './viewport';

describe('fitTransform', () => {
	it('centres the board and fits its longer side', () => {
		const t = fitTransform({ x: -100, y: -50, width: 200, height: 100 }, 1000, 1000, 0);
		expect(t.k).toBe(3); // capped: a small board is not blown up
		const wide = fitTransform({ x: 0, y: 0, width: 2000, height: 500 }, 1000, 800, 0);
		expect(wide.k).toBeCloseTo(0.5);
		expect(wide.x + 1000 * wide.k).toBeCloseTo(500);
		expect(wide.y + 250 * wide.k).toBeCloseTo(400);
	});
});
