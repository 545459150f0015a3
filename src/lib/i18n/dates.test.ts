import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { formatDateRange, formatDay, formatMoment, formatTime, isoInZone } from './dates';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

// 23:30 on 3 December in London is already 4 December in Bangkok, and still the 3rd in Los Angeles
const LATE = '2026-12-03T23:30:00Z';

describe('moments in the reader’s language and the event’s zone', () => {
	it.each([
		['fr', 'Asia/Bangkok', '4 décembre 2026'],
		['fr', 'America/Los_Angeles', '3 décembre 2026'],
		['en', 'Asia/Bangkok', 'December 4, 2026'],
		['es', 'Asia/Bangkok', '4 de diciembre de 2026'],
		['pt', 'UTC', '3 de dezembro de 2026']
	] as const)('%s in %s: the day is %s', (locale, zone, day) => {
		overwriteGetLocale(() => locale);
		expect(formatDay(LATE, zone)).toBe(day);
	});

	it('tells the time of day by the event’s clock, in the reader’s style', () => {
		overwriteGetLocale(() => 'fr');
		expect(formatTime(LATE, 'Asia/Bangkok')).toBe('06:30');
		overwriteGetLocale(() => 'en');
		expect(formatTime(LATE, 'Asia/Bangkok')).toMatch(/^6:30\sAM$/);
	});

	it('writes a moment with both its day and its time in the zone', () => {
		overwriteGetLocale(() => 'fr');
		const shown = formatMoment(LATE, 'Europe/Paris');
		expect(shown).toContain('4 déc. 2026');
		expect(shown).toContain('00:30');
	});

	it('keeps calendar dates as written, whatever the zone of the machine', () => {
		overwriteGetLocale(() => 'fr');
		expect(formatDateRange('2026-12-03', null)).toBe('3 décembre 2026');
	});
});

describe('isoInZone', () => {
	it.each([
		['UTC', '2026-12-03T23:30:00+00:00'],
		['Asia/Bangkok', '2026-12-04T06:30:00+07:00'],
		['Asia/Kolkata', '2026-12-04T05:00:00+05:30'],
		['America/St_Johns', '2026-12-03T20:00:00-03:30']
	])('in %s: %s', (zone, expected) => {
		expect(isoInZone(LATE, zone)).toBe(expected);
	});

	it('is the same instant, to the second', () => {
		const at = '2026-07-14T08:05:09.750Z';
		expect(new Date(isoInZone(at, 'Europe/Paris')).toISOString()).toBe('2026-07-14T08:05:09.000Z');
	});
});
