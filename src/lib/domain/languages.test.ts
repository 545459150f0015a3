import { describe, expect, it } from 'vitest';
import { isLanguageCode, languageChoices, languageName, textDirection } from './languages';

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

describe('languageChoices', () => {
	const known = [
		'en',
		'fr',
		'th',
		'eo',
		'vo',
		'tlh',
		'ia',
		'ie',
		'io',
		'jbo',
		'la',
		'de',
		'zz',
		'es'
	];

	it('offers no constructed, classical or unnamed language', () => {
		const codes = languageChoices(known, [], 'en').map((l) => l.code);
		for (const odd of ['eo', 'vo', 'tlh', 'ia', 'ie', 'io', 'jbo', 'la', 'zz'])
			expect(codes).not.toContain(odd);
		expect(codes).toEqual(expect.arrayContaining(['en', 'fr', 'th', 'de', 'es']));
	});

	it('puts the event’s languages first, then the rest by name as the reader sorts', () => {
		const choices = languageChoices(known, ['th', 'es'], 'fr');
		expect(choices.slice(0, 2).map((l) => l.code)).toEqual(['th', 'es']);
		// allemand, anglais, français: the French reader's alphabet, not the codes'
		expect(choices.slice(2).map((l) => l.name)).toEqual(['Allemand', 'Anglais', 'Français']);
	});

	it('sorts an accented name where the reader looks for it, not after Z', () => {
		const names = languageChoices(['ar', 'bn', 'de', 'zh'], [], 'es').map((l) => l.name);
		expect(names).toEqual(['Alemán', 'Árabe', 'Bengalí', 'Chino']);
	});
});
