import { describe, expect, it } from 'vitest';
import { diffManifesto, isEmptyDiff } from './manifesto-diff';
import type { ManifestoInput } from './manifesto';

function input(
	pointers: { id: number; title: string; body?: string; themeIds: number[] }[],
	themes: { id: number; memberIds: number[] }[]
): ManifestoInput {
	return {
		event: { name: 'E', slug: 'e', description: '', place: '', startsOn: null, endsOn: null },
		sectors: [
			{ id: 1, name: 'Labour', colour: '#000' },
			{ id: 2, name: 'Farming', colour: '#111' }
		],
		statements: [1, 2, 3, 4].map((id) => ({
			id,
			sectorId: id <= 2 ? 1 : 2,
			title: '',
			text: `Statement ${id}`,
			actorType: null
		})),
		themes: themes.map((t) => ({ ...t, label: `Theme ${t.id}` })),
		sections: [],
		pointers: pointers.map((p, i) => ({
			sectionId: null,
			body: '',
			position: i,
			roundIds: [],
			...p
		})),
		actions: [],
		outcomes: [],
		votes: []
	};
}

describe('diffManifesto', () => {
	const themes = [
		{ id: 10, memberIds: [1, 2] },
		{ id: 11, memberIds: [3] }
	];
	const v1 = input(
		[
			{ id: 1, title: 'Fair pay', themeIds: [10] },
			{ id: 2, title: 'Farm data', themeIds: [11] }
		],
		themes
	);

	it('is empty between a version and itself', () => {
		expect(isEmptyDiff(diffManifesto(v1, v1))).toBe(true);
	});

	it('lists pointers added, removed and reworded, without listing their statements one by one', () => {
		const v2 = input(
			[
				{ id: 1, title: 'Fair pay for platform work', body: 'Now with a body', themeIds: [10] },
				{ id: 3, title: 'Seeds', themeIds: [11] }
			],
			themes
		);
		expect(diffManifesto(v1, v2)).toEqual({
			added: [{ id: 3, title: 'Seeds' }],
			removed: [{ id: 2, title: 'Farm data' }],
			reworded: [{ id: 1, from: 'Fair pay', to: 'Fair pay for platform work', bodyChanged: true }],
			moved: []
		});
	});

	it('lists a statement that moved from one pointer to another, with its sector', () => {
		const v2 = input(
			[
				{ id: 1, title: 'Fair pay', themeIds: [10] },
				{ id: 2, title: 'Farm data', themeIds: [11] }
			],
			[
				{ id: 10, memberIds: [1] },
				{ id: 11, memberIds: [3, 2] }
			]
		);
		expect(diffManifesto(v1, v2).moved).toEqual([
			{
				statementId: 2,
				text: 'Statement 2',
				sector: 'Labour',
				from: ['Fair pay'],
				to: ['Farm data']
			}
		]);
	});
});
