import { describe, expect, it } from 'vitest';
import { isTimeZone, slugify, timeZoneChoices } from './event-rules';
import { eventDetailsInput, sectorNameInput } from './event-schema';
import { check } from './text-schema';

describe('event details', () => {
	it('needs a name and keeps the rest optional', () => {
		expect(check(eventDetailsInput, { name: '  ' })).toEqual({
			ok: false,
			errors: { name: 'required' }
		});
		expect(check(eventDetailsInput, { name: 'Bangkok' })).toEqual({
			ok: true,
			value: {
				name: 'Bangkok',
				place: '',
				description: '',
				startsOn: null,
				endsOn: null,
				timeZone: null
			}
		});
	});

	it.each([
		[{ name: 'x', startsOn: '25/03/2019' }, 'startsOn', 'bad_date'],
		[{ name: 'x', startsOn: '2019-02-31x' }, 'startsOn', 'bad_date'],
		[{ name: 'x', startsOn: '2019-03-27', endsOn: '2019-03-25' }, 'endsOn', 'ends_before_start'],
		[{ name: 'x'.repeat(121) }, 'name', 'too_long'],
		[{ name: 'a\u0000b' }, 'name', 'control_chars'],
		[{ name: 'x', timeZone: 'Mars/Olympus_Mons' }, 'timeZone', 'bad_time_zone'],
		[{ name: 'x', timeZone: '../../etc' }, 'timeZone', 'bad_time_zone']
	])('refuses %j', (raw, field, code) => {
		const r = check(eventDetailsInput, raw);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[field]).toBe(code);
	});

	it('takes an IANA time zone, and offers UTC first among the choices', () => {
		expect(check(eventDetailsInput, { name: 'x', timeZone: 'Asia/Bangkok' })).toMatchObject({
			ok: true,
			value: { timeZone: 'Asia/Bangkok' }
		});
		expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
		expect(isTimeZone('Asia/Nowhere')).toBe(false);
		expect(timeZoneChoices()[0]).toBe('UTC');
		expect(timeZoneChoices()).toContain('Africa/Nairobi');
	});

	it('checks sector names', () => {
		expect(check(sectorNameInput, { name: '' }).ok).toBe(false);
		expect(check(sectorNameInput, { name: ' Peace ' })).toEqual({
			ok: true,
			value: { name: 'Peace' }
		});
	});
});

describe('slugify', () => {
	it.each([
		['Equity & Justice: Bangkok 2019', 'abc', 'equity-justice-bangkok-2019-abc'],
		['Justicia digital en São Paulo', 'x1', 'justicia-digital-en-sao-paulo-x1'],
		['العدالة الرقمية', 'f00', 'event-f00'],
		['', 'f00', 'event-f00']
	])('%s', (name, suffix, slug) => {
		expect(slugify(name, suffix)).toBe(slug);
	});
});
