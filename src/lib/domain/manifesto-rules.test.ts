import { describe, expect, it } from 'vitest';
import { POINTER_BODY_MAX, POINTER_TITLE_MAX } from './manifesto-rules';
import { actionInput, outcomeInput, pointerInput, sectionInput } from './manifesto-schema';
import { check } from './text-schema';

describe('manifesto rules', () => {
	it.each([
		[{ title: '  Data belongs to people ', body: 'Line one\r\nline two' }, { ok: true }],
		[{ title: '', body: 'x' }, { title: 'required' }],
		[{ title: 'a\nb', body: '' }, { title: 'control_chars' }],
		[{ title: 'x'.repeat(POINTER_TITLE_MAX + 1), body: '' }, { title: 'too_long' }],
		[{ title: 'ok', body: 'x'.repeat(POINTER_BODY_MAX + 1) }, { body: 'too_long' }],
		[{ title: 'ok', body: 'bell\u0007' }, { body: 'control_chars' }],
		[{ title: 42, body: null }, { title: 'required' }]
	])('pointer %j', (raw, expected) => {
		const r = check(pointerInput, raw);
		if ('ok' in expected)
			expect(r).toEqual({
				ok: true,
				value: { title: 'Data belongs to people', body: 'Line one\nline two' }
			});
		else expect(r).toEqual({ ok: false, errors: expected });
	});

	it('requires a section title', () => {
		expect(check(sectionInput, { title: ' ' })).toEqual({
			ok: false,
			errors: { title: 'required' }
		});
		expect(check(sectionInput, { title: 'Data' })).toEqual({ ok: true, value: { title: 'Data' } });
	});

	it('checks an action and its status', () => {
		expect(
			check(actionInput, {
				description: 'Draft a charter',
				organisation: 'Union',
				timeline: 'May',
				status: 'planned'
			}).ok
		).toBe(true);
		expect(check(actionInput, { description: '', status: 'finished' })).toEqual({
			ok: false,
			errors: { description: 'required', status: 'invalid' }
		});
	});

	it('wants a reason to park a statement, and none otherwise', () => {
		expect(check(outcomeInput, { outcome: 'parked', reason: '' })).toEqual({
			ok: false,
			errors: { reason: 'reason_required' }
		});
		expect(check(outcomeInput, { outcome: 'parked', reason: 'out of scope' })).toEqual({
			ok: true,
			value: { outcome: 'parked', reason: 'out of scope' }
		});
		expect(check(outcomeInput, { outcome: 'paper' })).toEqual({
			ok: true,
			value: { outcome: 'paper', reason: '' }
		});
		expect(check(outcomeInput, { outcome: 'lost' }).ok).toBe(false);
	});
});
