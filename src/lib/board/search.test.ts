import { describe, expect, it } from 'vitest';
import { matchesWords, queryWords } from './search';

const statement = { id: 1, title: 'Participación digital', text: 'Platform workers lose wages to opaque algorithms.', sectorId: 1, similarity: null };

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
});
