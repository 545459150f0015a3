import { describe, expect, it } from 'vitest';
import { isLanguageCode, languageName, textDirection } from './languages';

describe('content languages', () => {
	it('knows a code the platform can name, and refuses others', () => {
		for (const code of ['en', 'es', 'fr', 'pt', 'th', 'sw', 'fil', 'km'])
			expect(isLanguageCode(code)).toBe(true);
		for (const code of ['xx', 'EN', 'en-US', '', 'english', 3, null])
			expect(isLanguageCode(code)).toBe(false);
	});

	it('names a language in the reader’s language', () => {
		expect(languageName('th', 'en')).toBe('Thai');
		expect(languageName('th', 'es')).toBe('Tailandés');
		expect(languageName('pt', 'th')).toMatch(/\p{Script=Thai}/u);
	});

	it('writes Arabic, Hebrew, Urdu, Persian and Dhivehi right to left, the rest left to right', () => {
		for (const code of ['ar', 'he', 'ur', 'fa', 'dv']) expect(textDirection(code)).toBe('rtl');
		for (const code of ['en', 'th', 'zh', 'hi', null, undefined, 'zz-not'])
			expect(textDirection(code)).toBe('ltr');
	});
});
