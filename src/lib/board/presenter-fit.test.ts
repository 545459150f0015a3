import { describe, expect, it } from 'vitest';
import {
	cardGrid,
	fitText,
	pageOf,
	rowPages,
	screenUnit,
	wordWidth,
	wrapWords
} from './presenter-fit';

const CARD = { minWidth: 30, minHeight: 20, gap: 2, aspect: 1.6 };

describe('wrapWords', () => {
	it('breaks between words only, and keeps every word whole', () => {
		const text = 'Data sovereignty for indigenous communities and their lands';
		for (const width of [8, 15, 30, 100]) {
			const lines = wrapWords(text, width, 1);
			expect(lines.join(' ')).toBe(text);
			for (const line of lines)
				if (line.includes(' ')) expect(wordWidth(line)).toBeLessThanOrEqual(width);
		}
	});
});

describe('fitText', () => {
	it('gives the largest size at which the text fits, never cutting a word', () => {
		const box = { width: 40, height: 12 };
		const text = 'Platform workers are workers, with the rights of workers';
		const fit = fitText(text, box, { min: 2, max: 8 });
		expect(fit.fits).toBe(true);
		const lines = wrapWords(text, box.width, fit.size);
		expect(lines.length).toBe(fit.lines);
		expect(fit.lines * fit.size * 1.2).toBeLessThanOrEqual(box.height);
		for (const word of text.split(' '))
			expect(wordWidth(word) * fit.size).toBeLessThanOrEqual(box.width);
		// a little larger would no longer fit
		const larger = fit.size / 0.98;
		if (larger <= 8)
			expect(
				wrapWords(text, box.width, larger).length * larger * 1.2 > box.height ||
					Math.max(...text.split(' ').map(wordWidth)) * larger > box.width
			).toBe(true);
	});

	it('takes the largest size for a short label and the smallest, saying so, when nothing fits', () => {
		expect(fitText('Land', { width: 100, height: 100 }, { min: 2, max: 6 })).toMatchObject({
			size: 6,
			fits: true
		});
		const long = fitText('Incomprehensibilities', { width: 5, height: 100 }, { min: 2, max: 6 });
		expect(long).toMatchObject({ size: 2, fits: false });
	});
});

describe('cardGrid', () => {
	it('puts every card on one page when they fit, as large as they can be', () => {
		const g = cardGrid(6, { width: 160, height: 80 }, CARD);
		expect(g.pages).toBe(1);
		expect(g.columns * g.rows).toBeGreaterThanOrEqual(6);
		expect(g.cardWidth).toBeGreaterThanOrEqual(CARD.minWidth);
		expect(g.cardHeight).toBeGreaterThanOrEqual(CARD.minHeight);
		// the grid fills the box exactly
		expect(g.columns * g.cardWidth + (g.columns - 1) * CARD.gap).toBeCloseTo(160);
		expect(g.rows * g.cardHeight + (g.rows - 1) * CARD.gap).toBeCloseTo(80);
	});

	it('pages cards that do not fit, evenly, keeping each card readable', () => {
		for (const count of [13, 25, 40, 97]) {
			const g = cardGrid(count, { width: 160, height: 80 }, CARD);
			expect(g.perPage * g.pages).toBeGreaterThanOrEqual(count);
			expect(g.perPage * (g.pages - 1)).toBeLessThan(count);
			expect(g.columns * g.rows).toBeGreaterThanOrEqual(g.perPage);
			expect(g.cardWidth).toBeGreaterThanOrEqual(CARD.minWidth);
			expect(g.cardHeight).toBeGreaterThanOrEqual(CARD.minHeight);
		}
	});

	it('shows as many on a wide screen as the screen has room for, and more than on a narrow one', () => {
		const wide = cardGrid(40, { width: 177, height: 80 }, CARD);
		const narrow = cardGrid(40, { width: 100, height: 80 }, CARD);
		expect(wide.pages).toBeLessThan(narrow.pages);
	});
});

describe('rowPages', () => {
	it('fits rows no shorter than asked, on as few pages as that allows', () => {
		for (const count of [1, 5, 11, 30]) {
			const r = rowPages(count, 70, { minHeight: 6, maxHeight: 14, gap: 1 });
			expect(r.rowHeight).toBeGreaterThanOrEqual(6);
			expect(r.rowHeight).toBeLessThanOrEqual(14);
			expect(r.perPage * r.rowHeight + (r.perPage - 1)).toBeLessThanOrEqual(70 + 1e-9);
			expect(r.perPage * r.pages).toBeGreaterThanOrEqual(count);
		}
	});
});

describe('pageOf', () => {
	it.each([
		[0, [1, 2, 3], 0],
		[1, [4, 5, 6], 1],
		[3, [10], 3],
		[4, [1, 2, 3], 0],
		[-1, [10], 3]
	])('page %i shows %j', (page, items, index) => {
		const all = Array.from({ length: 10 }, (_, i) => i + 1);
		expect(pageOf(all, 3, page)).toEqual({ items, index, pages: 4 });
	});

	it('has one empty page when there is nothing to show', () => {
		expect(pageOf([], 5, 2)).toEqual({ items: [], index: 0, pages: 1 });
	});
});

describe('screenUnit', () => {
	it('is a hundredth of the height of the largest 16:9 box in the window', () => {
		expect(screenUnit(1920, 1080)).toBeCloseTo(10.8);
		expect(screenUnit(1280, 720)).toBeCloseTo(7.2);
		// a 4:3 projector is limited by its width
		expect(screenUnit(1024, 768)).toBeCloseTo(5.76);
	});
});

describe('a no-break space', () => {
	it('keeps the words it joins on one line', () => {
		const lines = wrapWords('digital ID\u00a0· excluded', wordWidth('digital ID\u00a0·') + 0.1, 1);
		expect(lines).toEqual(['digital ID\u00a0·', 'excluded']);
	});
});
