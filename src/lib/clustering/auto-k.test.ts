import { describe, expect, it } from 'vitest';
import {
	chooseAutoClusters,
	effectiveThemes,
	fragmentFloor,
	mixtureStuck,
	STUCK_SPLIT_FACTOR
} from './auto-k.js';

describe('fragmentFloor', () => {
	it.each([
		// 20 equal themes of 50: k_eff = 20, typical 50, a theme needs 1/20 of it
		[new Array(20).fill(50), 2.5],
		// 10 equal themes of 100: k_eff = 10, 1/10 of 100
		[new Array(10).fill(100), 10],
		// 4 equal themes of 10: k_eff = 4, but never more than a tenth of a typical theme
		[[10, 10, 10, 10], 1],
		[[], 0],
		[[0, 0], 0]
	])('%j -> %d', (sizes, floor) => {
		expect(fragmentFloor(sizes)).toBeCloseTo(floor, 10);
	});

	it('uses the entropy of the sizes: uneven themes count as fewer effective themes', () => {
		const sizes = [60, 30, 10];
		const h = -sizes.reduce((a, s) => a + (s / 100) * Math.log(s / 100), 0);
		expect(fragmentFloor(sizes)).toBeCloseTo((100 / Math.exp(h)) * 0.1, 10);
		expect(fragmentFloor([90, 5, 5])).toBeGreaterThan(fragmentFloor([34, 33, 33]));
	});
});

describe('effectiveThemes', () => {
	it('counts equal themes as themselves and uneven ones as fewer', () => {
		expect(effectiveThemes([5, 5, 5])).toBeCloseTo(3, 10);
		expect(effectiveThemes([7])).toBeCloseTo(1, 10);
		expect(effectiveThemes([])).toBe(0);
		const uneven = effectiveThemes([8, 1, 1]);
		expect(uneven).toBeGreaterThan(1);
		expect(uneven).toBeLessThan(2);
	});
});

describe('chooseAutoClusters', () => {
	it('grows with the square root of n up to the ceiling', () => {
		expect(chooseAutoClusters(100)).toBe(30);
		expect(chooseAutoClusters(100_000)).toBe(100);
		expect(chooseAutoClusters(100_000, 40)).toBe(40);
	});
});

describe('mixtureStuck', () => {
	it('holds when split moves more than multiplied the clusters by the factor', () => {
		expect(mixtureStuck(11, 29)).toBe(true);
		expect(mixtureStuck(16, 27)).toBe(true);
		expect(mixtureStuck(36, 52)).toBe(false);
		expect(mixtureStuck(10, 10 * STUCK_SPLIT_FACTOR)).toBe(false);
		expect(mixtureStuck(48, 64)).toBe(false);
		expect(mixtureStuck(0, 5)).toBe(false);
	});
});
