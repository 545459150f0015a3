import { describe, expect, it } from 'vitest';
import { countByGroup, newSince, nextSessionNumber, sinceItems, type Change } from './since';

let next = 1;
const change = (action: string, before: unknown, after: unknown, extra: Partial<Change> = {}) =>
	({
		id: next++,
		at: `2026-12-0${1 + (next % 3)}T10:00:00Z`,
		actorId: 7,
		actorRole: 'facilitator',
		action,
		entityId: null,
		before,
		after,
		...extra
	}) satisfies Change;

const theme = (label: string, ids: number[], status = 'proposed') => ({
	theme: { label, description: '', status },
	members: ids.map((statementId) => ({ statementId }))
});

describe('sinceItems', () => {
	it('reads statements added, edited, withdrawn and restored, naming them by title or text', () => {
		const items = sinceItems(
			[
				change(
					'statement.create',
					null,
					{ sectorId: 3, title: 'Gig work', text: 'x' },
					{ entityId: 1 }
				),
				change(
					'statement.edit',
					{ title: 'Gig work', text: 'x' },
					{ title: 'Platform work', text: 'x' }
				),
				change(
					'statement.edit',
					{ title: '', text: 'Same words' },
					{ title: '', text: 'Same words' }
				),
				change('statement.withdraw', { title: '', text: 'a'.repeat(100) }, {}),
				change('statement.restore', {}, { title: 'Back', text: '' })
			],
			() => ''
		);
		expect(items.map((i) => i.fact)).toEqual([
			{ kind: 'statement_added', title: 'Gig work', sectorId: 3 },
			{ kind: 'statement_edited', from: 'Gig work', to: 'Platform work' },
			{ kind: 'statement_edited', from: 'Same words', to: 'Same words' },
			{ kind: 'statement_withdrawn', title: `${'a'.repeat(79)}…` },
			{ kind: 'statement_restored', title: 'Back' }
		]);
		expect(items.every((i) => i.group === 'statements')).toBe(true);
	});

	it('names the themes of a curation step with their before and after', () => {
		const [merge, rename] = sinceItems(
			[
				change(
					'themes.merge',
					{ 1: theme('Surveillance', [1, 2]), 2: theme('Data', [3]) },
					{ 1: theme('Surveillance', [1, 2, 3]), 2: null }
				),
				change(
					'themes.describe',
					{ 1: theme('Surveillance', [1]) },
					{ 1: theme('Watched at work', [1]) }
				)
			],
			() => ''
		);
		expect(merge.group).toBe('themes');
		expect(merge.fact).toEqual({
			kind: 'theme_step',
			action: 'themes.merge',
			detail: { kind: 'merge', from: 'Data', into: 'Surveillance', statements: 1 }
		});
		expect(rename.fact).toMatchObject({
			detail: { kind: 'rename', from: 'Surveillance', to: 'Watched at work' }
		});
	});

	it('counts the voters of a round once each and never names them', () => {
		const title = (id: number) => (id === 4 ? 'Priorities' : 'Other');
		const items = sinceItems(
			[
				change('round.open', { status: 'draft' }, { status: 'open' }, { entityId: 4 }),
				change('ballot.cast', null, { participantId: 11 }, { entityId: 4, actorId: 11 }),
				change('ballot.cast', null, { participantId: 12 }, { entityId: 4, actorId: 12 }),
				change('ballot.cast', null, { participantId: 11 }, { entityId: 4, actorId: 11 }),
				change('ballot.proxy', null, { participantId: 13 }, { entityId: 5 }),
				change('round.closed', { status: 'open' }, { status: 'closed' }, { entityId: 4 })
			],
			title
		);
		expect(items.map((i) => i.fact)).toEqual([
			{ kind: 'round_opened', title: 'Priorities' },
			{ kind: 'ballots', title: 'Priorities', count: 2 },
			{ kind: 'ballots', title: 'Other', count: 1 },
			{ kind: 'round_closed', title: 'Priorities' }
		]);
		expect(items.filter((i) => i.fact.kind === 'ballots').map((i) => i.actorId)).toEqual([
			null,
			null
		]);
	});

	it('reads pointers added, removed and reworded from a manifesto edit, and publication', () => {
		const items = sinceItems(
			[
				change(
					'manifesto.pointer.add',
					{ 'pointer:1': null },
					{ 'pointer:1': { title: 'A', body: '' } }
				),
				change(
					'manifesto.pointer.edit',
					{ 'pointer:1': { title: 'A', body: '' } },
					{ 'pointer:1': { title: 'B', body: 'why' } }
				),
				change('manifesto.pointer.remove', { 'pointer:2': { title: 'C' } }, { 'pointer:2': null }),
				change('manifesto.section.add', { 'section:1': null }, { 'section:1': { title: 'S' } }),
				change('manifesto.publish', {}, { version: 2 }),
				change('manifesto.change_note', {}, { note: 'x' }),
				change('link.issue', null, {})
			],
			() => ''
		);
		expect(items.map((i) => i.fact)).toEqual([
			{ kind: 'pointer_added', title: 'A' },
			{ kind: 'pointer_reworded', from: 'A', to: 'B' },
			{ kind: 'pointer_removed', title: 'C' },
			{ kind: 'manifesto_edited' },
			{ kind: 'manifesto_published', version: 2 }
		]);
		expect(countByGroup(items)).toEqual({
			statements: 0,
			themes: 0,
			votes: 0,
			manifesto: 5,
			event: 0
		});
	});
});

describe('newSince', () => {
	it('gives statements added or restored, and themes created or changed by people', () => {
		const fresh = newSince([
			change('statement.create', null, {}, { entityId: 21 }),
			change('statement.restore', {}, {}, { entityId: 5 }),
			change('statement.edit', {}, {}, { entityId: 6 }),
			change(
				'themes.propose',
				{ 1: theme('Old', [1]), 2: theme('Kept', [2]) },
				{ 1: null, 2: theme('Kept', [2]), 9: theme('New', [1]) }
			),
			change(
				'themes.merge',
				{ 3: theme('A', [1]), 4: theme('B', [2]) },
				{ 3: theme('A', [1, 2]), 4: null }
			)
		]);
		expect(fresh.statements).toEqual([21, 5]);
		expect(fresh.themes.sort((a, b) => a - b)).toEqual([3, 9]);
	});
});

it('numbers the next session after the highest closed one', () => {
	expect(nextSessionNumber([])).toBe(1);
	expect(nextSessionNumber([{ number: 2 }, { number: 1 }])).toBe(3);
});
