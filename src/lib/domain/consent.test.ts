import { describe, expect, it } from 'vitest';
import { changedStatements, isAnswerable, sectorsAffected, type StatementChange } from './consent';
import { reasonError } from './consent-rules';
import type { LoggedSnapshot, LoggedTheme } from './theme-steps';

const theme = (label: string, ids: number[], status = 'accepted'): LoggedTheme => ({
	theme: { label, description: '', status },
	members: ids.map((statementId) => ({ statementId }))
});

interface Case {
	name: string;
	action: string;
	before: LoggedSnapshot | null;
	after: LoggedSnapshot | null;
	changed: StatementChange[];
}

describe('changedStatements', () => {
	it.each<Case>([
		{
			name: 'a merge moves the statements of the theme merged away, not those already in the target',
			action: 'themes.merge',
			before: { 1: theme('Gig work', [1, 2]), 2: theme('Platform pay', [3]) },
			after: { 1: null, 2: theme('Platform pay', [1, 2, 3]) },
			changed: [
				{ statementId: 1, from: ['Gig work'], to: ['Platform pay'] },
				{ statementId: 2, from: ['Gig work'], to: ['Platform pay'] }
			]
		},
		{
			name: 'a merge that renames the target names the new label',
			action: 'themes.merge',
			before: { 1: theme('A', [5]), 2: theme('B', [6]) },
			after: { 1: null, 2: theme('A and B', [5, 6]) },
			changed: [{ statementId: 5, from: ['A'], to: ['A and B'] }]
		},
		{
			name: 'a split moves the chosen statements into the new theme',
			action: 'themes.split',
			before: { 1: theme('Data', [1, 2, 3]), 7: null },
			after: { 1: theme('Data', [1]), 7: theme('Seeds', [2, 3]) },
			changed: [
				{ statementId: 2, from: ['Data'], to: ['Seeds'] },
				{ statementId: 3, from: ['Data'], to: ['Seeds'] }
			]
		},
		{
			name: 'a move between themes, and a placement from no theme',
			action: 'themes.move',
			before: { 1: theme('Data', [1, 4]), 2: theme('Seeds', [2]) },
			after: { 1: theme('Data', [1]), 2: theme('Seeds', [2, 4]) },
			changed: [{ statementId: 4, from: ['Data'], to: ['Seeds'] }]
		},
		{
			name: 'placing an unassigned statement',
			action: 'themes.move',
			before: { 2: theme('Seeds', [2]) },
			after: { 2: theme('Seeds', [2, 9]) },
			changed: [{ statementId: 9, from: [], to: ['Seeds'] }]
		},
		{
			name: 'discarding a theme takes every statement out of it',
			action: 'themes.discarded',
			before: { 3: theme('Water', [8, 9]) },
			after: { 3: theme('Water', [8, 9], 'discarded') },
			changed: [
				{ statementId: 8, from: ['Water'], to: [] },
				{ statementId: 9, from: ['Water'], to: [] }
			]
		},
		{
			name: 'taking a statement out of a theme',
			action: 'themes.unlink',
			before: { 3: theme('Water', [8, 9]) },
			after: { 3: theme('Water', [8]) },
			changed: [{ statementId: 9, from: ['Water'], to: [] }]
		},
		{
			name: 'a rename changes no statement’s theme',
			action: 'themes.describe',
			before: { 3: theme('Water', [8]) },
			after: { 3: theme('Rivers', [8]) },
			changed: []
		},
		{
			name: 'linking adds a second theme and asks nobody',
			action: 'themes.link',
			before: { 3: theme('Water', [8]) },
			after: { 3: theme('Water', [8, 1]) },
			changed: []
		},
		{
			name: 'a snapshot that is not one reads as empty',
			action: 'themes.merge',
			before: null,
			after: { 2: 'broken' as unknown as LoggedTheme },
			changed: []
		}
	])('$name', ({ action, before, after, changed }) => {
		expect(changedStatements(action, before, after)).toEqual(changed);
	});

	it('keeps the other theme of a cross-cutting statement on both sides', () => {
		const [c] = changedStatements(
			'themes.move',
			{ 1: theme('Data', [4]), 2: theme('Seeds', []), 3: theme('Water', [4]) },
			{ 1: theme('Data', []), 2: theme('Seeds', [4]), 3: theme('Water', [4]) }
		);
		expect(c).toEqual({ statementId: 4, from: ['Data', 'Water'], to: ['Seeds', 'Water'] });
	});
});

describe('sectorsAffected', () => {
	it('names each sector once, in the order of its first statement, and skips unknown statements', () => {
		const changes = [5, 1, 2, 7].map((statementId) => ({ statementId, from: [], to: [] }));
		const sectorOf = new Map([
			[1, 20],
			[2, 10],
			[5, 10]
		]);
		expect(sectorsAffected(changes, sectorOf)).toEqual([10, 20]);
	});
});

describe('answerable steps and reasons', () => {
	it('answers merges, splits, moves, unlinks and discards only', () => {
		expect(
			['themes.merge', 'themes.split', 'themes.move', 'themes.unlink', 'themes.discarded'].every(
				isAnswerable
			)
		).toBe(true);
		expect(
			['themes.link', 'themes.propose', 'themes.undo', 'themes.accepted'].some(isAnswerable)
		).toBe(false);
	});

	it.each([
		['agree', '', null],
		['object', '', 'consent_reason_required'],
		['misrepresents', '', 'consent_reason_required'],
		['object', 'Our point was about pay, not data', null],
		['object', 'x'.repeat(501), 'consent_reason_too_long'],
		['agree', 'x'.repeat(501), 'consent_reason_too_long'],
		['object', 'bell \u0007', 'control_chars']
	] as const)('%s with %j gives %s', (verdict, reason, error) => {
		expect(reasonError(verdict, reason)).toBe(error);
	});
});
