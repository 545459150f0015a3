import { describe, expect, it } from 'vitest';
import { toBoardData } from './from-themes';

describe('toBoardData', () => {
	it('draws live themes with their members and leaves discarded ones out', () => {
		const statement = (id: number, sectorId: number) => ({
			id,
			title: `t${id}`,
			text: `text ${id}`,
			sectorId
		});
		const data = toBoardData({
			sectors: [{ id: 1, name: 'Labour', colour: '#0072B2' }],
			themes: [
				{
					id: 10,
					label: 'Live',
					status: 'accepted',
					crossSector: 0.5,
					members: [{ statementId: 1, similarity: 0.4, statement: statement(1, 1) }]
				},
				{
					id: 11,
					label: 'Gone',
					status: 'discarded',
					crossSector: 0,
					members: [{ statementId: 2, similarity: 0.3, statement: statement(2, 1) }]
				}
			],
			unassigned: [statement(2, 1)]
		});
		expect(data.themes.map((t) => t.id)).toEqual([10]);
		expect(data.themes[0].members).toEqual([
			{ id: 1, title: 't1', text: 'text 1', sectorId: 1, similarity: 0.4 }
		]);
		expect(data.unassigned).toEqual([
			{ id: 2, title: 't2', text: 'text 2', sectorId: 1, similarity: null }
		]);
		expect(data.sectors).toEqual([{ id: 1, name: 'Labour', colour: '#0072B2' }]);
	});
});
