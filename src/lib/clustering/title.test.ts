import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus.js';
import { proposeThemes } from './propose.js';
import {
	lengthFactor,
	termIndexOf,
	themeTitle,
	tidyTitle,
	titleCandidates,
	TITLE_MAX
} from './title.js';

describe('titleCandidates', () => {
	it('offers each sentence, its clauses and pairs of neighbouring clauses', () => {
		const c = titleCandidates(
			'Riders lose pay without warning; the app decides alone. Nobody can appeal.'
		);
		expect(c).toContain('Riders lose pay without warning; the app decides alone.');
		expect(c).toContain('Riders lose pay without warning');
		expect(c).toContain('the app decides alone.');
		expect(c).toContain('Riders lose pay without warning, the app decides alone.');
		expect(c).toContain('Nobody can appeal.');
	});
	it('offers nothing for an empty text and one candidate for one plain sentence', () => {
		expect(titleCandidates('')).toEqual([]);
		expect(titleCandidates('Seeds belong to farmers')).toEqual(['Seeds belong to farmers']);
	});
});

describe('lengthFactor', () => {
	it('prefers the length of a key point, four to ten words', () => {
		expect(lengthFactor(0)).toBe(0);
		expect(lengthFactor(2)).toBeLessThan(lengthFactor(4));
		expect(lengthFactor(4)).toBe(1);
		expect(lengthFactor(10)).toBe(1);
		expect(lengthFactor(20)).toBeLessThan(lengthFactor(12));
	});
});

describe('tidyTitle', () => {
	it('capitalises, drops quotes and end punctuation, keeps the words', () => {
		expect(tidyTitle('  "the app decides alone."  ')).toBe('The app decides alone');
		expect(tidyTitle('¿quién decide?')).toBe('¿quién decide');
		expect(tidyTitle('élections libres;')).toBe('Élections libres');
	});
	it('cuts a long text at a word, within TITLE_MAX, marking the cut', () => {
		const long = 'platform workers '.repeat(20);
		const t = tidyTitle(long);
		expect(t.length).toBeLessThanOrEqual(TITLE_MAX + 1);
		expect(t.endsWith('…')).toBe(true);
		expect(t).toMatch(/^Platform workers( platform workers)* (platform|platform workers)…$/);
	});
});

describe('themeTitle', () => {
	const statements = [
		{ id: 'a', text: 'Gig workers lack social protection. The platforms refuse to talk.' },
		{
			id: 'b',
			text: 'Social protection for gig workers, and a minimum wage for every hour online'
		},
		{ id: 'c', text: 'Platform gig workers need social protection, say the unions in every city' },
		{ id: 'd', text: 'Farmers lose control of their land data' },
		{ id: 'e', text: 'Land data is taken from farmers without consent' }
	];
	const corpus = buildCorpus(statements);
	const texts = statements.map((s) => s.text);

	it('names a theme with a clause its members share, not the other theme', () => {
		const title = themeTitle(corpus, termIndexOf(corpus), texts, [0, 1, 2]);
		expect(title).toMatch(/social protection/i);
		expect(title).toMatch(/gig workers/i);
		expect(title).not.toMatch(/farmer|platforms refuse|minimum wage|unions/i);
		expect(themeTitle(corpus, termIndexOf(corpus), texts, [3, 4])).toMatch(/land data/i);
	});
	it('prefers words that open a thought to a clause that continues one', () => {
		const c = buildCorpus([
			{ id: 'a', text: 'Our data is sold, and seed data goes to agritech firms' },
			{ id: 'b', text: 'Seed data goes to agritech firms' },
			{ id: 'c', text: 'Farmers say seed data goes to agritech firms' },
			{ id: 'd', text: 'Riders lose pay' },
			{ id: 'e', text: 'Riders lose pay again' }
		]);
		const texts = [
			'Our data is sold, and seed data goes to agritech firms',
			'Seed data goes to agritech firms',
			'Farmers say seed data goes to agritech firms'
		];
		// "and seed data…" scores as high as the statement that opens with "Seed data…", and comes first
		expect(themeTitle(c, termIndexOf(c), texts, [0, 1, 2])).toBe(
			'Seed data goes to agritech firms'
		);
	});
	it('is empty for a theme without members', () => {
		expect(themeTitle(corpus, termIndexOf(corpus), texts, [])).toBe('');
	});
});

describe('titles from proposeThemes', () => {
	const words = ['seed', 'land', 'wage', 'rider', 'data', 'clinic', 'radio', 'loan'];
	const text = fc
		.array(fc.constantFrom(...words, 'the', 'and', 'of', ', ', '. '), {
			minLength: 1,
			maxLength: 14
		})
		.map((ws) => ws.join(' '));
	it('every theme has a title of at most TITLE_MAX characters, in the words of one of its members', () => {
		fc.assert(
			fc.property(fc.array(text, { minLength: 2, maxLength: 30 }), fc.integer(), (texts, seed) => {
				const input = texts.map((t, i) => ({ id: String(i), text: t }));
				const result = proposeThemes(input, { seed, k: 3 });
				const byId = new Map(input.map((s) => [s.id, s.text]));
				const flat = (s: string) =>
					s
						.toLowerCase()
						.replace(/[^\p{L}\p{N}]+/gu, ' ')
						.trim();
				for (const theme of result.themes) {
					expect(theme.title.length).toBeGreaterThan(0);
					expect(theme.title.length).toBeLessThanOrEqual(TITLE_MAX + 1);
					const own = flat(theme.title.replace(/…$/, ''));
					// the title's words come from one member as written, unless the theme names itself by its label
					if (theme.title !== theme.label)
						expect(theme.members.some((m) => flat(byId.get(m.id)!).includes(own))).toBe(true);
				}
				expect(proposeThemes(input, { seed, k: 3 })).toEqual(result);
			}),
			{ numRuns: 40 }
		);
	});
});
