import { describe, expect, it } from 'vitest';
import type { ThemeProposal } from '../../src/lib/clustering/index.js';
import { pooledTitleScores, titleScores } from './title-suite.js';
import { titleTable } from './suite-table.js';

const rows = [
	{
		id: '1',
		text: 'Bullied children are safer at home with their parents',
		label: 'Homeschooling protects children from bullying'
	},
	{
		id: '2',
		text: 'At home no child is bullied by classmates',
		label: 'Homeschooling protects children from bullying'
	},
	{ id: '3', text: 'School is where children learn to live together', label: null },
	{ id: '4', text: 'Children need friends of their own age', label: 'Schools teach social skills' }
];

/** A proposal of two themes over the rows, named by hand. */
function proposal(): ThemeProposal {
	const theme = (index: number, ids: string[], title: string, keyPhrases: string[]) => ({
		index,
		title,
		label: keyPhrases.join(' · '),
		keyPhrases,
		representativeId: ids[0],
		members: ids.map((id) => ({ id, similarity: 1, sharedTerms: [] })),
		sectors: {},
		crossSector: 0,
		cohesion: 1
	});
	return {
		themes: [
			theme(0, ['1', '2', '4'], 'Homeschooling protects bullied children', ['bullied', 'home']),
			theme(1, ['3'], 'Children learn to live together', ['school'])
		],
		unassigned: [],
		diagnostics: {
			n: 4,
			kRequested: 2,
			kChosen: 2,
			kReason: '',
			minThemeSize: 1,
			languages: {},
			vocabularySize: 0,
			timings: {}
		}
	};
}

describe('titleScores', () => {
	it('scores each naming against the key point most of a theme carries, skipping themes with none', () => {
		const scores = titleScores(rows, proposal());
		// the second theme holds only an unlabelled text: it is not scored
		expect(scores.themes).toBe(1);
		// "homeschool protect bulli children" against "homeschool protect children from bulli": 4 of 4 and 4 of 5
		expect(scores.scores.title.rouge1).toBeCloseTo((2 * 1 * 0.8) / 1.8);
		expect(scores.scores.keywords.rouge1).toBeLessThan(scores.scores.title.rouge1);
		expect(scores.scores.representative.rouge1).toBeGreaterThan(0);
		expect(scores.examples).toEqual([
			{
				title: 'Homeschooling protects bullied children',
				keyPoint: 'Homeschooling protects children from bullying'
			}
		]);
	});

	it('pools runs into a table of mean ± sd per naming', () => {
		const run = titleScores(rows, proposal());
		const pooled = pooledTitleScores([run, run]);
		expect(pooled.title.rouge1).toEqual([
			100 * run.scores.title.rouge1,
			100 * run.scores.title.rouge1
		]);
		const table = titleTable('argkp-dev', [run, run]);
		expect(table).toContain('2 runs, 2 themes');
		expect(table).toContain(
			`| engine's title | ${(100 * run.scores.title.rouge1).toFixed(1)} ± 0.0 |`
		);
	});
});
