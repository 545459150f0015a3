// A link's label follows the text rules of every form: rapporteur and translator links alike refuse
// control characters (before, a rapporteur link's label took any), and a long sector name is cut.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { issueRapporteurLink } from '$lib/server/services/links';
import { issueTranslatorLink } from '$lib/server/services/translator-links';
import { LINK_LABEL_MAX } from '$lib/domain/event-rules';
import { refusal, seededEvent } from './helpers';

describe('link labels', () => {
	it.each([
		['NUL', '\u0000'],
		['BEL', '\u0007'],
		['ESC', '\u001B'],
		['a C1 control', '\u0085'],
		['U+FFFF', '\uFFFF'],
		['a lone surrogate', '\uD83D'],
		['a tab', '\t']
	])('refuse %s, as the forms do', (_name, c) => {
		const s = seededEvent();
		const label = `For Ann${c}e`;
		const key = randomBytes(32);
		expect(
			refusal(() => issueRapporteurLink(s.db, key, s.facilitator, s.sectorId('Labour'), label))
		).toEqual({ code: 'invalid', fields: { label: 'control_chars' } });
		expect(refusal(() => issueTranslatorLink(s.db, key, s.facilitator, label))).toEqual({
			code: 'invalid',
			fields: { label: 'control_chars' }
		});
	});

	it('keep every script, and a rapporteur link’s long label is cut, never a character in two', () => {
		const s = seededEvent();
		const key = randomBytes(32);
		const thai = issueRapporteurLink(
			s.db,
			key,
			s.facilitator,
			s.sectorId('Labour'),
			' ภาษาไทย 👩🏽‍🌾 '
		);
		expect(thai.label).toBe('ภาษาไทย 👩🏽‍🌾');
		const long = 'x'.repeat(LINK_LABEL_MAX - 1) + '😀';
		const cut = issueRapporteurLink(s.db, key, s.facilitator, s.sectorId('Labour'), long);
		expect(cut.label).toBe('x'.repeat(LINK_LABEL_MAX - 1));
	});
});
