import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { decimal, percent, voteScore } from './words';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

describe('numbers in the reader’s style', () => {
	it.each([
		['en', 'dot', 2.5, 1, '2.5'],
		['es', 'dot', 2.5, 1, '2,5'],
		['en', 'dot', 1200, 0, '1,200'],
		['es', 'dot', 12000, 0, '12.000'],
		['en', 'approval', 0.3, 0, '30%'],
		['es', 'consent', 0.3, 0, '30 %'],
		['en', 'dot', null, 0, '–']
	] as const)('%s: %s %s → %s', (locale, method, value, digits, expected) => {
		overwriteGetLocale(() => locale);
		expect(voteScore(method, value, digits).replace(/\u00a0/g, ' ')).toBe(expected);
	});

	it('keeps the base language when nothing else is set', () => {
		expect(getLocale()).toBe(baseLocale);
		expect(decimal(0.25, 2)).toBe('0.25');
		expect(percent(0.5)).toBe('50%');
	});
});
