import { describe, expect, it } from 'vitest';
import { buildCorpus, surfaceOf } from './corpus.js';
import { crossSectorScore, describeTheme } from './describe.js';

describe('crossSectorScore', () => {
	it.each([
		[{ labour: 4 }, 5, 0],
		[{ labour: 2, gender: 2 }, 2, 1],
		[{ labour: 1, gender: 1, farming: 1 }, 5, 0.5],
		[{}, 5, 0],
		[{ labour: 3 }, 1, 0]
	])('%j of %d sectors -> %d', (counts, total, expected) => {
		expect(crossSectorScore(counts, total)).toBeCloseTo(expected, 6);
	});
	it('rewards evenness: 3+1 scores below 2+2', () => {
		expect(crossSectorScore({ a: 3, b: 1 }, 4)).toBeLessThan(crossSectorScore({ a: 2, b: 2 }, 4));
	});
});

describe('describeTheme', () => {
	const statements = [
		{ id: 'a', text: 'Gig workers lack social protection', sector: 'labour' },
		{ id: 'b', text: 'Social protection for gig workers on platforms', sector: 'gender' },
		{ id: 'c', text: 'Platform gig workers need social protection', sector: 'labour' },
		{ id: 'd', text: 'Farmers lose control of their land data', sector: 'farming' },
		{ id: 'e', text: 'Land data is taken from farmers', sector: 'farming' }
	];
	const corpus = buildCorpus(statements);
	const theme = describeTheme(corpus, [0, 1, 2], 0, 3);

	it('labels with distinctive phrases as written', () => {
		expect(theme.keyPhrases.length).toBeGreaterThanOrEqual(2);
		expect(theme.keyPhrases.length).toBeLessThanOrEqual(4);
		const text = statements.map((s) => s.text.toLowerCase()).join(' ');
		for (const p of theme.keyPhrases) expect(text).toContain(p.toLowerCase());
		expect(theme.label).toMatch(/gig workers|social protection/);
		expect(theme.label).not.toMatch(/farmer/);
	});
	it('explains members and counts sectors', () => {
		expect(theme.members.map((m) => m.id).sort()).toEqual(['a', 'b', 'c']);
		expect(theme.members.every((m) => m.sharedTerms.length > 0 && m.similarity > 0)).toBe(true);
		expect(theme.sectors).toEqual({ labour: 2, gender: 1 });
		expect(['a', 'b', 'c']).toContain(theme.representativeId);
		expect(theme.cohesion).toBeGreaterThan(0);
	});
	it('picks the lowercase surface form unless a word is always capitalised', () => {
		const c = buildCorpus([
			{ id: '1', text: 'Workers and workers' },
			{ id: '2', text: 'WKU students' }
		]);
		expect(surfaceOf(c, c.terms.indexOf('worker'))).toBe('workers');
		expect(surfaceOf(c, c.terms.indexOf('wku'))).toBe('WKU');
	});
});
