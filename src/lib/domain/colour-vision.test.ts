import { describe, expect, it } from 'vitest';
import { contrast, deltaE76, lab, MACHADO, parseColour, simulate } from './colour-vision';

describe('colour arithmetic', () => {
	it('reads hex and computed rgb()', () => {
		expect(parseColour('#0a0B0c')).toEqual([10, 11, 12]);
		expect(parseColour('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
		expect(parseColour('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3]);
		expect(parseColour('red')).toBeNull();
	});

	it('computes contrast as WCAG does', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});

	it('gives CIELAB of white, black and sRGB red', () => {
		const [l, a, b] = lab('#ffffff');
		expect(l).toBeCloseTo(100, 1);
		expect(Math.abs(a) + Math.abs(b)).toBeLessThan(0.05);
		expect(lab('#000000')[0]).toBeCloseTo(0, 5);
		const red = lab('#ff0000');
		expect(red[0]).toBeCloseTo(53.24, 1);
		expect(red[1]).toBeCloseTo(80.09, 0);
		expect(red[2]).toBeCloseTo(67.2, 0);
		expect(deltaE76('#ff0000', '#ff0000')).toBe(0);
	});
});

describe('colour-vision simulation (Machado et al. 2009)', () => {
	it('keeps greys grey: every row of every matrix sums to one', () => {
		for (const m of Object.values(MACHADO))
			for (const row of m) expect(row[0] + row[1] + row[2]).toBeCloseTo(1, 3);
		for (const v of ['protanopia', 'deuteranopia', 'tritanopia'] as const)
			expect(deltaE76(simulate('#808080', v), '#808080')).toBeLessThan(0.5);
	});

	it('confuses the classic pairs of each deficiency and keeps them apart for normal vision', () => {
		// red and green for protans and deuterans; blue and green for tritans
		for (const [a, b, vision] of [
			['#d62728', '#8c8c00', 'protanopia'],
			['#c8503c', '#6e8c00', 'deuteranopia'],
			['#5a78dc', '#46aa82', 'tritanopia']
		] as const) {
			expect(deltaE76(a, b)).toBeGreaterThan(30);
			expect(deltaE76(simulate(a, vision), simulate(b, vision))).toBeLessThan(deltaE76(a, b) / 2);
		}
	});
});
