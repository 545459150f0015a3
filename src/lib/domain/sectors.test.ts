import { describe, expect, it } from 'vitest';
import { contrast, seenDifference, VISIONS } from './colour-vision';
import {
	DEFAULT_SECTOR_KEYS,
	displayColour,
	MIN_SEEN_DIFFERENCE,
	SECTOR_BACKGROUNDS,
	SECTOR_PALETTE,
	SECTOR_SHAPES,
	sectorColour,
	sectorShape,
	shapePath,
	templateSectors
} from './sectors';

describe('sector templates for a new event', () => {
	it.each([
		['none', 0],
		['workshop', DEFAULT_SECTOR_KEYS.length],
		['', 0],
		['everything', 0],
		[undefined, 0]
	])('%j gives %i sectors', (template, count) => {
		expect(templateSectors(template)).toHaveLength(count);
	});
});

describe('the sector palette', () => {
	const pairs = SECTOR_PALETTE.flatMap((a, i) => SECTOR_PALETTE.slice(i + 1).map((b) => [a, b]));

	it('is at least 3:1 against the page and cards', () => {
		for (const colour of SECTOR_PALETTE)
			for (const background of SECTOR_BACKGROUNDS)
				expect(contrast(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(
					3
				);
	});

	it.each(VISIONS)('keeps every two colours apart under %s', (vision) => {
		for (const [a, b] of pairs)
			expect(seenDifference(a, b, vision), `${a} ${b}`).toBeGreaterThanOrEqual(MIN_SEEN_DIFFERENCE);
	});

	it('would have caught the former palette: Labour and Education alike under protanopia, two colours under 3:1', () => {
		const labour = displayColour('#0072B2');
		expect(labour).toBe(SECTOR_PALETTE[0]);
		expect(seenDifference('#0072B2', '#7B5EA7', 'protanopia')).toBeLessThan(MIN_SEEN_DIFFERENCE);
		expect(['#E69F00', '#56B4E9'].map((c) => contrast(c, '#ffffff') < 3)).toEqual([true, true]);
	});

	it('shows former colours as their successors and keeps chosen colours', () => {
		expect(displayColour('#cc79a7')).toBe(SECTOR_PALETTE[3]);
		expect(displayColour('#123456')).toBe('#123456');
		expect(sectorColour(SECTOR_PALETTE.length + 2)).toBe(SECTOR_PALETTE[2]);
	});

	it('gives every palette position its own shape, and a chosen colour a stable one', () => {
		expect(new Set(SECTOR_PALETTE.map(sectorShape)).size).toBe(SECTOR_PALETTE.length);
		expect(sectorShape('#123456')).toBe(sectorShape('#123456'));
		for (const shape of SECTOR_SHAPES) expect(shapePath(shape, 5)).toMatch(/^M[-\d.,MLHVAZ ]+$/);
	});
});
