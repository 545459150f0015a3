import { describe, expect, it } from 'vitest';
import { stepDetail, type LoggedTheme } from './theme-steps';

const theme = (
	label: string,
	ids: number[],
	status = 'proposed',
	description = ''
): LoggedTheme => ({
	theme: { label, description, status },
	members: ids.map((statementId) => ({ statementId }))
});

describe('stepDetail', () => {
	it('reads a split, a link, an unlink and a theme made by hand from the snapshots', () => {
		expect(
			stepDetail(
				'themes.split',
				{ 1: theme('Data', [1, 2, 3]) },
				{ 1: theme('Data', [1]), 2: theme('Seeds', [2, 3]) }
			)
		).toEqual({ kind: 'split', from: 'Data', into: 'Seeds', statements: 2 });
		expect(
			stepDetail('themes.link', { 1: theme('Data', [1]) }, { 1: theme('Data', [1, 9]) })
		).toEqual({ kind: 'link', theme: 'Data', statements: 1 });
		expect(
			stepDetail('themes.unlink', { 1: theme('Data', [1, 9]) }, { 1: theme('Data', [1]) })
		).toEqual({ kind: 'unlink', theme: 'Data', statements: 1 });
		expect(stepDetail('themes.create', { 4: null }, { 4: theme('Water', [5, 6]) })).toEqual({
			kind: 'create',
			theme: 'Water',
			statements: 2
		});
	});

	it('tells a description from a rename, and counts what a proposal replaced', () => {
		expect(
			stepDetail(
				'themes.describe',
				{ 1: theme('Data', [1]) },
				{ 1: theme('Data', [1], 'proposed', 'About data') }
			)
		).toEqual({ kind: 'describe', theme: 'Data' });
		expect(
			stepDetail(
				'themes.describe',
				{ 1: theme('data · farm', [1]) },
				{ 1: theme('Farm data', [1], 'proposed', 'Who owns it') }
			)
		).toEqual({ kind: 'rename', from: 'data · farm', to: 'Farm data', described: true });
		expect(
			stepDetail(
				'themes.propose',
				{ 1: theme('a', [1]), 2: theme('b', [2]) },
				{ 1: null, 2: null, 3: theme('c', [1, 2]) }
			)
		).toEqual({ kind: 'propose', created: 1, replaced: 2 });
	});

	it('places a statement that came from no theme, and falls back on anything it cannot read', () => {
		expect(
			stepDetail('themes.move', { 1: theme('Data', [1]) }, { 1: theme('Data', [1, 7]) })
		).toEqual({ kind: 'move', from: '', into: 'Data', statements: 1 });
		expect(stepDetail('themes.merge', null, null)).toEqual({ kind: 'other' });
		expect(stepDetail('themes.unknown', {}, {})).toEqual({ kind: 'other' });
		expect(stepDetail('themes.describe', { 1: 'junk' } as never, {})).toEqual({ kind: 'other' });
	});
});
