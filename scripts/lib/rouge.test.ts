import { describe, expect, it } from 'vitest';
import { lcs, rouge, rougeTokens } from './rouge.js';

describe('ROUGE', () => {
	it('counts shared words, word pairs and the longest common subsequence', () => {
		// 5 of 6 words shared both ways; 3 of 5 pairs; "the cat on the mat" in order
		const r = rouge('The cat sat on the mat', 'the cat is on the mat');
		expect(r.rouge1).toBeCloseTo(5 / 6);
		expect(r.rouge2).toBeCloseTo(3 / 5);
		expect(r.rougeL).toBeCloseTo(5 / 6);
	});

	it('is 1 for the same words and 0 for none shared, or for an empty text', () => {
		expect(rouge('Workers lose pay', 'workers lose pay')).toEqual({
			rouge1: 1,
			rouge2: 1,
			rougeL: 1
		});
		expect(rouge('Workers lose pay', 'farmers own seeds')).toEqual({
			rouge1: 0,
			rouge2: 0,
			rougeL: 0
		});
		expect(rouge('', 'farmers own seeds')).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
	});

	it('matches inflections through the stemmer and ignores case and punctuation', () => {
		expect(rougeTokens('Platforms, PLATFORM; platform!')).toEqual([
			'platform',
			'platform',
			'platform'
		]);
		expect(rouge('Riders protesting', 'rider protests').rouge1).toBe(1);
	});

	it('takes precision and recall into the F1: a longer candidate loses precision', () => {
		const short = rouge(
			'homeschooling protects children',
			'homeschooling protects children from bullying'
		);
		const long = rouge(
			'homeschooling protects children from bullying and many other things parents worry about',
			'homeschooling protects children from bullying'
		);
		expect(short.rouge1).toBeCloseTo((2 * 1 * 0.6) / 1.6);
		expect(long.rouge1).toBeLessThan(1);
		// 5 of its 12 words are in the reference, which it covers whole
		expect(long.rouge1).toBeCloseTo((2 * (5 / 12) * 1) / (5 / 12 + 1));
	});

	it('finds the longest common subsequence, not the longest common run', () => {
		expect(lcs(['a', 'x', 'b', 'y', 'c'], ['a', 'b', 'c'])).toBe(3);
		expect(lcs([], ['a'])).toBe(0);
	});
});
