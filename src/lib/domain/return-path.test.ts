import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
	it.each([
		['/', '/'],
		['/e/bangkok-2019/vote', '/e/bangkok-2019/vote'],
		['/e/x/facilitate/themes?since=2#t12', '/e/x/facilitate/themes?since=2#t12'],
		['/e/x/../y', '/e/y'],
		['/%2F%2Fevil.example', '/%2F%2Fevil.example']
	])('keeps the same-site path %j', (to, expected) => {
		expect(safeReturnPath(to)).toBe(expected);
	});

	it.each([
		'//evil.example/',
		'/\\evil.example/',
		'\\/evil.example/',
		'/\t/evil.example/',
		'/\n/evil.example/',
		'/\r\n/evil.example',
		'https://evil.example/',
		'http:evil.example',
		'javascript:alert(1)',
		' /e/x',
		'evil.example',
		'',
		'/\u0000/evil.example'
	])('sends %j home instead', (to) => {
		expect(safeReturnPath(to)).toBe('/');
	});

	it('takes a fallback, and refuses what is not text', () => {
		expect(safeReturnPath('//evil.example', '/e/x')).toBe('/e/x');
		expect(safeReturnPath(undefined)).toBe('/');
		expect(safeReturnPath(['/e/x'])).toBe('/');
	});
});
