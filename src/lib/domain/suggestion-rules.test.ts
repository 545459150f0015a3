import { describe, expect, it } from 'vitest';
import { check } from './text-schema';
import { mergeSuggestionInput } from './suggestion-schema';
import { mergeDirection, orderedPair, suggestionsOpen } from './suggestion-rules';
import { PHASES, type Phase } from './types';

describe('the floor’s merge suggestions', () => {
	it.each<[Phase, boolean]>([
		['setup', false],
		['breakouts', false],
		['convergence', true],
		['voting', true],
		['manifesto', false],
		['closed', false]
	])('in %s the floor may suggest: %s', (phase, open) => {
		expect(suggestionsOpen(phase)).toBe(open);
	});

	it('covers every phase in the table above', () => {
		expect(PHASES).toHaveLength(6);
	});

	it.each<[unknown, string | null]>([
		[['3', '7'], null],
		[['7', '3'], null],
		[['3'], 'pick_two'],
		[['3', '7', '9'], 'pick_two'],
		[[], 'pick_two'],
		['3', 'pick_two'],
		[['3', '3'], 'same_theme'],
		[['3', ''], 'required'],
		[['3', 'x'], 'required'],
		[['3', '-2'], 'required'],
		[['3', '1.5'], 'required']
	])('themes %j: %s', (themes, error) => {
		const r = check(mergeSuggestionInput, { themes });
		if (error === null) expect(r).toMatchObject({ ok: true });
		else expect(r).toEqual({ ok: false, errors: { themes: error } });
	});

	it('orders a pair the same way whichever theme comes first', () => {
		expect(orderedPair(9, 4)).toEqual([4, 9]);
		expect(orderedPair(4, 9)).toEqual([4, 9]);
	});

	it.each([
		// the theme in a round or pointer stays, whatever its size
		[
			{ id: 1, size: 9, inUse: false },
			{ id: 2, size: 1, inUse: true },
			{ kept: 2, joining: 1 }
		],
		// otherwise the larger stays
		[
			{ id: 1, size: 2, inUse: false },
			{ id: 2, size: 5, inUse: false },
			{ kept: 2, joining: 1 }
		],
		[
			{ id: 2, size: 5, inUse: false },
			{ id: 1, size: 2, inUse: false },
			{ kept: 2, joining: 1 }
		],
		// then the older
		[
			{ id: 8, size: 3, inUse: false },
			{ id: 5, size: 3, inUse: false },
			{ kept: 5, joining: 8 }
		],
		// both in use: no merge can delete either
		[{ id: 1, size: 3, inUse: true }, { id: 2, size: 3, inUse: true }, null]
	])('merging %j and %j keeps %j', (a, b, expected) => {
		expect(mergeDirection(a, b)).toEqual(expected);
	});
});
