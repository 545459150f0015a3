import { describe, expect, it } from 'vitest';
import { matchesWords, matchingIds, queryWords } from './search';

const statement = {
	id: 1,
	title: 'Participación digital',
	text: 'Platform workers lose wages to opaque algorithms.',
	sectorId: 1,
	similarity: null
};

describe('search', () => {
	it.each([
		['workers wages', true],
		['WAGES   workers', true],
		['participacion', true],
		['algorithm', true],
		['workers farmers', false],
		['', false],
		['   ', false]
	])('%j matches: %s', (query, expected) => {
		expect(matchesWords(statement, queryWords(query))).toBe(expected);
	});

	it('collects the ids of the statements found, once each, and nothing when nothing is searched for', () => {
		const other = { ...statement, id: 2, title: '', text: 'Farmers lose their data.' };
		expect(matchingIds([statement, other, statement], queryWords('lose'))).toEqual(new Set([1, 2]));
		expect(matchingIds([statement, other], queryWords('wages'))).toEqual(new Set([1]));
		expect(matchingIds([statement, other], queryWords(' '))).toBeNull();
	});
});
