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

	it.each([
		['th', 'แรงงานแพลตฟอร์มถูกตัดค่าจ้างโดยไม่มีสิทธิ์อุทธรณ์', ['แรงงาน', 'ค่า', 'จ้าง', 'อุทธรณ์']],
		['zh', '平台工人被算法解雇而没有申诉权', ['平台', '工人', '算法', '解雇', '权']],
		[
			'ja',
			'プラットフォーム労働者はアルゴリズムによって解雇される',
			['プラットフォーム', 'アルゴリズム', '解雇']
		],
		['km', 'កម្មករវេទិកាត្រូវបានបណ្តេញចេញដោយក្បួនដោះស្រាយ', ['កម្មករ', 'វេទិកា', 'ក្បួន']],
		['lo', 'ແຮງງານແພລດຟອມຖືກໄລ່ອອກ', ['ແພລດຟອມ', 'ຖືກ']],
		['my', 'အလုပ်သမားများကို algorithm ဖြင့် ထုတ်ပယ်သည်', ['အလုပ်သမား', 'algorithm', 'ကို']]
	])('splits %s, written without spaces, into words', (_, text, some) => {
		const words = splitWords(text);
		// a phrase of several words, each short, none of them the whole run
		expect(words.length).toBeGreaterThanOrEqual(4);
		expect(Math.max(...words.map((w) => w.length))).toBeLessThan(text.length / 2);
		for (const w of some) expect(words).toContain(w);
		// and every word is kept as a term (none is dropped as over-long run-together text)
		expect(tokenize(text, 'en').length).toBeGreaterThanOrEqual(3);
	});

	it('keeps a Chinese character as a word, but not a single letter or kana', () => {
		expect(isStopWord('权')).toBe(false);
		expect(isStopWord('は')).toBe(true);
		expect(isStopWord('x')).toBe(true);
	});

	it('splits scripts without losing non-Latin words', () => {
		expect(splitWords('digital 権利 حقوق')).toEqual(['digital', '権利', 'حقوق']);
		expect(stemWord('حقوق', 'en')).toBe('حقوق');
	});
});
