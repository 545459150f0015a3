import { describe, expect, it } from 'vitest';
import { isStopWord, splitWords, stemWord, tokenize } from './text.js';

describe('text pipeline', () => {
	it.each([
		['Budget cuts hurt schools', ['budget', 'cut', 'hurt', 'school']],
		['The workers and the unions', ['worker', 'union']],
		["l'environnement", ['environ']]
	])('tokenize(%s) keeps content stems', (text, stems) => {
		const lang = text.startsWith('l') ? 'fr' : 'en';
		expect(tokenize(text, lang).map((t) => t.stem)).toEqual(stems);
	});

	it.each([
		['comunidades', 'es', 'comun'],
		['communities', 'en', 'commun'],
		['comunidades', 'pt', 'comun']
	] as const)('stems %s in %s', (word, lang, stem) => {
		expect(stemWord(word, lang)).toBe(stem);
	});

	it('keeps the written form for labels', () => {
		expect(tokenize('Bowling Green needs sidewalks', 'en').map((t) => t.surface)).toEqual([
			'Bowling',
			'Green',
			'sidewalks'
		]);
	});

	it('drops stop words, numbers and one-letter words', () => {
		expect(['the', 'de', 'que', '2019', 'x'].every(isStopWord)).toBe(true);
		expect(isStopWord('water')).toBe(false);
	});

	it('splits scripts without losing non-Latin words', () => {
		expect(splitWords('digital 権利 حقوق')).toEqual(['digital', '権利', 'حقوق']);
		expect(stemWord('حقوق', 'en')).toBe('حقوق');
	});
});
