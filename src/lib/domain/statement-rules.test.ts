import { describe, expect, it } from 'vitest';
import { TEXT_MAX, TITLE_MAX } from './statement-rules';
import { checkStatement } from './statement-schema';

describe('checkStatement', () => {
	it.each([
		['empty', { text: '' }, 'text', 'required'],
		['whitespace only', { text: '   \n\t  ' }, 'text', 'required'],
		['missing', {}, 'text', 'required'],
		['not a string', { text: 42 }, 'text', 'required'],
		['too short', { text: 'short' }, 'text', 'text_too_short'],
		['too long', { text: 'a'.repeat(TEXT_MAX + 1) }, 'text', 'text_too_long'],
		['control characters', { text: 'Data extraction\u0007 by platforms' }, 'text', 'control_chars'],
		['a NUL byte', { text: 'Data extraction \u0000 by platforms' }, 'text', 'control_chars'],
		[
			'a long title',
			{ text: 'Platforms extract farm data', title: 'x'.repeat(TITLE_MAX + 1) },
			'title',
			'title_too_long'
		],
		[
			'a title over two lines',
			{ text: 'Platforms extract farm data', title: 'one\ntwo' },
			'title',
			'control_chars'
		]
	])('refuses %s', (_name, raw, field, code) => {
		const r = checkStatement(raw as Record<string, unknown>);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[field]).toBe(code);
	});

	it('accepts the limits exactly', () => {
		expect(checkStatement({ text: 'a'.repeat(10) }).ok).toBe(true);
		expect(checkStatement({ text: 'a'.repeat(TEXT_MAX), title: 't'.repeat(TITLE_MAX) }).ok).toBe(
			true
		);
	});

	it('normalises line endings, composition and surrounding space, and keeps markup as typed', () => {
		const r = checkStatement({
			text: '  <script>alert(1)</script>\r\nCafe\u0301 workers  ',
			title: ' <b>Title</b> '
		});
		expect(r).toEqual({
			ok: true,
			value: { text: '<script>alert(1)</script>\nCafé workers', title: '<b>Title</b>' }
		});
	});

	it('keeps tabs, newlines, emoji and right-to-left text', () => {
		const text = 'العمال الرقميون\tneed rights ✊🏽\nand unions';
		expect(checkStatement({ text })).toEqual({ ok: true, value: { text, title: '' } });
	});
});
