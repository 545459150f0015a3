import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
	carriedDeep,
	carriedText,
	hasBlockControl,
	hasLineControl,
	normaliseText,
	textError,
	unifyLineEndings
} from './text';
import { block, check, line } from './text-schema';

describe('control characters', () => {
	it.each([
		['NUL', 'a\u0000b'],
		['a bell', 'a\u0007b'],
		['ESC', 'a\u001Bb'],
		['a form feed', 'a\u000Cb'],
		['a lone CR', 'a\rb'],
		['DEL', 'a\u007Fb'],
		['a C1 control (NEL)', 'a\u0085b'],
		['the last C1 control', 'a\u009Fb'],
		['the noncharacter U+FFFE', 'a\uFFFEb'],
		['the noncharacter U+FFFF', 'a\uFFFFb'],
		['a lone high surrogate', 'a\uD83Db'],
		['a lone high surrogate at the end', 'ab\uD83D'],
		['a lone low surrogate', 'a\uDE00b'],
		['surrogates in the wrong order', 'a\uDE00\uD83Db']
	])('refuses %s in a line and in a block', (_name, value) => {
		expect(hasLineControl(value)).toBe(true);
		expect(hasBlockControl(value)).toBe(true);
	});

	it.each([
		['a tab', 'a\tb'],
		['a line feed', 'a\nb']
	])('allows %s in a block, not in a line', (_name, value) => {
		expect(hasBlockControl(value)).toBe(false);
		expect(hasLineControl(value)).toBe(true);
	});

	it.each([
		['plain text', 'Data extraction by platforms'],
		['an emoji (a surrogate pair)', 'rights ✊🏽 for 👩🏾‍🌾'],
		['right-to-left text', 'العمال الرقميون'],
		['accents, composed and combining', 'Café Cafe\u0301'],
		['a no-break space and U+FFFD', 'a\u00A0b\uFFFD'],
		['markup, kept as typed', '<script>alert(1)</script>']
	])('allows %s anywhere', (_name, value) => {
		expect(hasLineControl(value)).toBe(false);
		expect(hasBlockControl(value)).toBe(false);
	});
});

describe('normaliseText', () => {
	it.each([
		['CRLF', 'one\r\ntwo', 'one\ntwo'],
		['a lone CR', 'one\rtwo', 'one\ntwo'],
		['CR CR LF', 'one\r\r\ntwo', 'one\n\ntwo'],
		['combining marks (NFC)', 'Cafe\u0301', 'Café'],
		['surrounding space and blank lines', ' \n\t one two \r\n ', 'one two'],
		['inner tabs and spaces, kept', 'one\t two', 'one\t two']
	])('%s', (_name, value, expected) => {
		expect(normaliseText(value)).toBe(expected);
	});
});

it('unifyLineEndings changes the line endings only', () => {
	expect(unifyLineEndings(' a\r\nb\rc\n\r\nCafe\u0301 ')).toBe(' a\nb\nc\n\nCafe\u0301 ');
});

describe('textError', () => {
	it.each([
		['an empty required line', '', { kind: 'line', max: 5, min: 1 }, 'required'],
		['an empty optional line', '', { kind: 'line', max: 5 }, null],
		['below the minimum', 'abc', { kind: 'block', max: 10, min: 4 }, 'too_short'],
		['at the minimum', 'abcd', { kind: 'block', max: 10, min: 4 }, null],
		['at the maximum', 'abcde', { kind: 'line', max: 5 }, null],
		['over the maximum', 'abcdef', { kind: 'line', max: 5 }, 'too_long'],
		[
			'a control character before the length',
			'a\u0000'.repeat(9),
			{ kind: 'block', max: 5 },
			'control_chars'
		],
		['a line break in a line', 'a\nb', { kind: 'line', max: 5 }, 'control_chars'],
		['a line break in a block', 'a\nb', { kind: 'block', max: 5 }, null]
	] as const)('%s', (_name, value, rule, expected) => {
		expect(textError(value, rule)).toBe(expected);
	});
});

describe('line and block fields', () => {
	const form = z.object({
		name: line(10, true),
		place: line(10),
		notes: block(20),
		title: line(5, false, { too_long: 'title_too_long', control_chars: 'title_control_chars' })
	});

	it('normalise the values and read anything but a string as empty', () => {
		expect(check(form, { name: ' Cafe\u0301 ', place: 42, notes: 'one\r\ntwo\tthree ' })).toEqual({
			ok: true,
			value: { name: 'Café', place: '', notes: 'one\ntwo\tthree', title: '' }
		});
	});

	it.each([
		[{ name: '   ' }, 'name', 'required'],
		[{ name: 'x'.repeat(11) }, 'name', 'too_long'],
		[{ name: 'a\tb' }, 'name', 'control_chars'],
		[{ name: 'a\u001Bb' }, 'name', 'control_chars'],
		[{ name: 'ok', notes: 'a\u0000b' }, 'notes', 'control_chars'],
		[{ name: 'ok', notes: 'x'.repeat(21) }, 'notes', 'too_long'],
		[{ name: 'ok', title: 'x'.repeat(6) }, 'title', 'title_too_long'],
		[{ name: 'ok', title: 'a\nb' }, 'title', 'title_control_chars']
	])('refuse %j', (raw, field, code) => {
		expect(check(form, raw)).toEqual({ ok: false, errors: { [field]: code } });
	});

	it('count characters after normalising', () => {
		// six code units as typed, five letters once the accent is composed
		expect(check(form, { name: 'ok', title: 'Cafe\u0301s' })).toMatchObject({
			ok: true,
			value: { title: 'Cafés' }
		});
		expect(check(form, { name: 'ok', title: ' Cafés \r\n' })).toMatchObject({
			ok: true,
			value: { title: 'Cafés' }
		});
	});

	it('report the first problem of each field', () => {
		expect(check(form, { name: '', notes: 'a\u0000b', title: 'x'.repeat(6) })).toEqual({
			ok: false,
			errors: { name: 'required', notes: 'control_chars', title: 'title_too_long' }
		});
	});
});

describe('text an export can carry', () => {
	it('takes out what XML forbids and the rules refuse, keeping tabs and line breaks', () => {
		expect(carriedText('a\u0000b\u0007c\u001Bd\u000Ce\u007Ff\u0085g\uFFFEh\uFFFFi')).toBe(
			'abcdefghi'
		);
		expect(carriedText('tab\there\nline\r\nend')).toBe('tab\there\nline\r\nend');
	});

	it('shows a lone surrogate as the replacement character, and keeps pairs whole', () => {
		expect(carriedText('a\uD83Db \uDE00c')).toBe('a\uFFFDb \uFFFDc');
		expect(carriedText('👩🏽‍🌾 🇹🇭')).toBe('👩🏽‍🌾 🇹🇭');
	});

	it('walks arrays and plain objects, leaving other values as they are', () => {
		expect(carriedDeep({ a: ['x\u0000', 1, null], b: { c: 'y\uFFFF' } })).toEqual({
			a: ['x', 1, null],
			b: { c: 'y' }
		});
	});
});
