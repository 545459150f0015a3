import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, locales, overwriteGetLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { decimal, percent } from './numbers';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

// narrow no-break space, French's thousands separator; no-break space before its percent sign
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('numbers in the reader’s style', () => {
	it.each([
		['en', 1234, '1,234'],
		['fr', 1234, `1${NNBSP}234`],
		['pt', 12345, '12.345'],
		['es', 12345, '12.345']
	] as const)('%s groups %d as %s', (locale, value, expected) => {
		overwriteGetLocale(() => locale);
		expect(decimal(value)).toBe(expected);
	});

	it.each([
		['en', '64%'],
		['fr', `64${NBSP}%`],
		['th', '64%']
	] as const)('%s writes a share as %s', (locale, expected) => {
		overwriteGetLocale(() => locale);
		expect(percent(0.64)).toBe(expected);
	});
});

describe('counts inside messages', () => {
	it.each(locales)('%s: a message groups the counts it prints', (locale) => {
		const grouped = new Intl.NumberFormat(locale).format(12345);
		expect(grouped).not.toBe('12345');
		const lines = [
			m.out_vote_dot({ dots: 12345, marks: 12345, ballots: 12345 }, { locale }),
			m.out_equity_lead({ behind: 12345, total: 12345 }, { locale }),
			m.out_vote_rank({ rank: 12345, of: 12345 }, { locale }),
			m.rounds_turnout({ ballots: 12345, present: 12345 }, { locale }),
			m.sector_count({ count: 12345 }, { locale })
		];
		for (const line of lines) {
			expect(line).toContain(grouped);
			expect(line).not.toContain('12345');
		}
	});

	it('still chooses the singular for one', () => {
		expect(m.sector_count({ count: 1 }, { locale: 'en' })).toBe('1 statement');
		expect(m.sector_count({ count: 1234 }, { locale: 'fr' })).toBe(`1${NNBSP}234 contributions`);
	});
});
