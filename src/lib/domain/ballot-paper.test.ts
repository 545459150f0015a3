import { describe, expect, it } from 'vitest';
import { ballotTheme, isEngineLabel } from './ballot-paper';

const phrases = ['big tech', 'increasingly depend', 'market dominance', 'cloud'];
const engine = {
	id: 7,
	label: 'big tech · increasingly depend · market dominance',
	description: ''
};
const rep = {
	title: 'Farmers depend on a few platforms',
	text: 'Seed, weather and market apps all belong to three companies, which set the prices.'
};

describe('isEngineLabel', () => {
	it.each([
		['the first three phrases', 'big tech · increasingly depend · market dominance', true],
		['all the phrases', 'big tech · increasingly depend · market dominance · cloud', true],
		['no label at all', '  ', true],
		['a title a facilitator wrote', 'Break up platform monopolies', false],
		['one phrase edited away', 'big tech · market dominance', false]
	])('%s', (_, label, engineMade) => {
		expect(isEngineLabel(label, phrases)).toBe(engineMade);
	});

	it('reads any label of a theme without key phrases (made by hand) as a title', () => {
		expect(isEngineLabel('Data sovereignty', [])).toBe(false);
	});
});

describe('ballotTheme', () => {
	it('keeps a facilitator’s title and description, and shows no key phrases', () => {
		const t = ballotTheme(
			{
				...engine,
				label: 'Break up platform monopolies',
				description: 'Antitrust for tech.',
				keyPhrases: phrases
			},
			rep
		);
		expect(t).toEqual({
			id: 7,
			title: 'Break up platform monopolies',
			keyPhrases: [],
			summary: 'Antitrust for tech.',
			summaryIsStatement: false
		});
	});

	it('titles an engine theme with its representative statement, beside the key phrases', () => {
		const t = ballotTheme({ ...engine, keyPhrases: phrases }, rep);
		expect(t.title).toBe(rep.title);
		expect(t.keyPhrases).toEqual(phrases);
		expect(t.summary).toBe(rep.text);
		expect(t.summaryIsStatement).toBe(true);
	});

	it('quotes the representative statement under a facilitator’s title without a description', () => {
		const t = ballotTheme({ ...engine, label: 'Platform power', keyPhrases: phrases }, rep);
		expect(t).toMatchObject({
			title: 'Platform power',
			summary: rep.text,
			summaryIsStatement: true
		});
	});

	it('turns the key phrases into a readable title when there is no statement to quote', () => {
		const t = ballotTheme({ ...engine, keyPhrases: phrases }, null);
		expect(t.title).toBe('Big tech, increasingly depend, market dominance, cloud');
		expect(t.title).not.toContain('·');
		expect(t).toMatchObject({ keyPhrases: [], summary: '', summaryIsStatement: false });
	});

	it('does not repeat an untitled statement that gave the theme its title', () => {
		const t = ballotTheme({ ...engine, label: '', keyPhrases: [] }, { title: '', text: rep.text });
		expect(t).toMatchObject({ title: rep.text, summary: '', summaryIsStatement: false });
	});

	it('prefers the description to the statement', () => {
		const t = ballotTheme(
			{ ...engine, description: 'Who owns the farm apps', keyPhrases: phrases },
			rep
		);
		expect(t).toMatchObject({ title: rep.title, summary: 'Who owns the farm apps' });
		expect(t.summaryIsStatement).toBe(false);
	});
});
