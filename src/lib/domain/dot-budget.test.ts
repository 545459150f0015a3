import { describe, expect, it } from 'vitest';
import {
	canGiveDot,
	canTakeDot,
	dotCount,
	dotsLeft,
	dotsOver,
	dotsPlaced,
	stepDots
} from './dot-budget';

const budget = { dotsPerPerson: 5, maxDotsPerTheme: 3 };

describe('dotCount', () => {
	it.each([
		[2, 2],
		['3', 3],
		['', 0],
		[null, 0],
		[undefined, 0],
		[-1, 0],
		['-2', 0],
		[1.5, 0],
		['abc', 0]
	])('reads %j as %i', (raw, count) => {
		expect(dotCount(raw)).toBe(count);
	});
});

describe('the dots left', () => {
	it.each([
		['nothing placed', [0, 0, 0], 5, 0],
		['some placed', [2, 1, ''], 2, 0],
		['all placed', [3, 2], 0, 0],
		['one too many: 0 left, 1 over', [3, 3], 0, 1],
		['typed nonsense counts for nothing', ['-4', 'x', 2], 3, 0]
	])('%s', (_, counts, left, over) => {
		const placed = dotsPlaced(counts);
		expect(dotsLeft(budget, placed)).toBe(left);
		expect(dotsOver(budget, placed)).toBe(over);
	});

	it('is never negative, however many are placed', () => {
		for (let placed = 0; placed <= 20; placed++) {
			expect(dotsLeft(budget, placed)).toBeGreaterThanOrEqual(0);
			expect(dotsLeft(budget, placed) - dotsOver(budget, placed)).toBe(5 - placed);
		}
	});
});

describe('giving and taking a dot', () => {
	it.each([
		['a dot left, theme below its cap', 1, 3, true],
		['no dot left', 1, 5, false],
		['theme at its cap', 3, 3, false],
		['over budget', 0, 6, false]
	])('+ when %s', (_, count, placed, allowed) => {
		expect(canGiveDot(budget, count, placed)).toBe(allowed);
		expect(stepDots(budget, count, placed, 1)).toBe(allowed ? count + 1 : count);
	});

	it.each([
		[0, false, 0],
		[2, true, 1],
		[7, true, 3]
	])('− on %i', (count, allowed, after) => {
		expect(canTakeDot(count)).toBe(allowed);
		expect(stepDots(budget, count, 9, -1)).toBe(after);
	});

	it('taps on + alone never spend more than the budget', () => {
		const counts = [0, 0, 0];
		for (let tap = 0; tap < 20; tap++) {
			const i = tap % counts.length;
			counts[i] = stepDots(budget, counts[i], dotsPlaced(counts), 1);
		}
		expect(dotsPlaced(counts)).toBe(5);
		expect(Math.max(...counts)).toBeLessThanOrEqual(3);
	});
});
