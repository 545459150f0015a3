import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	roundSettings,
	shownResults,
	tally,
	turnout,
	type Ballot,
	type BallotEntry,
	type ThemeResult
} from './tally';

let nextId = 1;
/** A ballot from a compact spec: { themeId: value }. */
function ballot(
	sector: number | null,
	marks: Record<number, number>,
	actor: Ballot['actorType'] = null,
	extra: Partial<BallotEntry> = {}
): Ballot {
	const entries = Object.entries(marks).map(([t, value]) => ({
		themeId: Number(t),
		value,
		...(value === 5 ? extra : {})
	}));
	return { participantId: nextId++, declaredSectorId: sector, actorType: actor, entries };
}
const many = (n: number, make: () => Ballot) => Array.from({ length: n }, make);
const line = (r: ThemeResult) => [r.themeId, r.rank, r.tied, r.score];
const of = (rs: ThemeResult[], themeId: number) => rs.find((r) => r.themeId === themeId)!;

describe('dot voting', () => {
	const result = tally(
		roundSettings('dot'),
		[1, 2, 3],
		[
			ballot(10, { 1: 3, 2: 2 }, 'sectoral'),
			ballot(20, { 2: 3, 3: 2 }, 'digital'),
			ballot(null, { 1: 1, 3: 1 })
		],
		[10, 20]
	);

	it('ranks by total dots', () => {
		expect(result.themes.map(line)).toEqual([
			[2, 1, false, 5],
			[1, 2, false, 4],
			[3, 3, false, 3]
		]);
		expect(result.ballots).toBe(3);
	});

	it('gives each sector and the undeclared bucket its own total and ballot count', () => {
		expect(of(result.themes, 1).bySector.map((s) => [s.sectorId, s.score, s.ballots])).toEqual([
			[10, 3, 1],
			[20, 0, 1],
			[null, 1, 1]
		]);
		expect(of(result.themes, 1).lowestSectorSupport).toMatchObject({ sectorId: 20, score: 0 });
	});

	it('is cut down for the results page to what it shows, in the same order', () => {
		const shown = shownResults(
			tally(
				roundSettings('dot'),
				[1, 2, 3],
				[ballot(10, { 1: 3, 2: 2 }), ballot(null, { 1: 1 })],
				[10, 20]
			)
		);
		expect(shown.themes.map((t) => [t.themeId, t.rank, t.tied, t.score])).toEqual([
			[1, 1, false, 4],
			[2, 2, false, 2],
			[3, 3, false, 0]
		]);
		// sector 20 cast no ballot: it has no column
		expect(shown.themes[0]).toEqual({
			themeId: 1,
			rank: 1,
			tied: false,
			score: 4,
			priority: 0,
			lowestSectorSupport: { sectorId: 10, level: 3 },
			bySector: [
				{ sectorId: 10, level: 3 },
				{ sectorId: null, level: 1 }
			],
			blocks: []
		});
	});

	it('splits support by actor type', () => {
		const { byActor } = of(result.themes, 2);
		expect([byActor.sectoral.score, byActor.digital.score, byActor.undeclared.score]).toEqual([
			2, 3, 0
		]);
	});

	it('compares sectors of different sizes by dots per ballot, not raw totals', () => {
		const r = tally(
			roundSettings('dot'),
			[1],
			[...many(4, () => ballot(10, { 1: 1 })), ballot(20, { 1: 3 })],
			[10, 20]
		);
		expect(r.themes[0].lowestSectorSupport).toMatchObject({ sectorId: 10, score: 4, level: 1 });
	});
});

describe('approval', () => {
	const result = tally(
		roundSettings('approval'),
		[1, 2, 3],
		[ballot(10, { 1: 1, 2: 1 }), ballot(10, { 1: 1 }), ballot(20, { 1: 1, 3: 1 }), ballot(20, {})],
		[10, 20]
	);

	it('scores the share of all ballots approving (an empty ballot counts), ties share a rank', () => {
		expect(result.themes.map(line)).toEqual([
			[1, 1, false, 0.75],
			[2, 2, true, 0.25],
			[3, 2, true, 0.25]
		]);
	});

	it('computes the share within each sector', () => {
		expect(of(result.themes, 1).bySector.map((s) => s.score)).toEqual([1, 0.5, 0]);
		expect(of(result.themes, 2).lowestSectorSupport).toMatchObject({
			sectorId: 20,
			score: 0,
			ballots: 2
		});
	});

	it('counts the priority signal beside agreement, even without approval', () => {
		const r = tally(
			roundSettings('approval', { prioritySignal: true }),
			[1],
			[
				{
					participantId: 1,
					declaredSectorId: 10,
					actorType: null,
					entries: [{ themeId: 1, value: 1, priority: true }]
				},
				{
					participantId: 2,
					declaredSectorId: 20,
					actorType: null,
					entries: [{ themeId: 1, value: 0, priority: true }]
				},
				{
					participantId: 3,
					declaredSectorId: 20,
					actorType: null,
					entries: [{ themeId: 1, value: 1 }]
				}
			],
			[10, 20]
		);
		expect([r.themes[0].score, r.themes[0].priority, r.themes[0].marks]).toEqual([2 / 3, 2, 2]);
		expect(r.themes[0].bySector.map((s) => s.priority)).toEqual([1, 1, 0]);
	});
});

describe('ties', () => {
	it('flags every theme whose total equals a neighbour and uses competition ranks', () => {
		const totals = { 1: 3, 2: 1, 3: 3, 4: 2, 5: 2, 6: 2 };
		const ballots = Object.entries(totals).map(([t, v]) => ballot(null, { [t]: v }));
		const r = tally(roundSettings('dot'), [6, 5, 4, 3, 2, 1], ballots, []);
		expect(r.themes.map((t) => [t.themeId, t.rank, t.tied])).toEqual([
			[1, 1, true],
			[3, 1, true],
			[4, 3, true],
			[5, 3, true],
			[6, 3, true],
			[2, 6, false]
		]);
	});

	it('a round with no ballots ties every theme at zero', () => {
		const r = tally(roundSettings('consent'), [2, 1], [], [10]);
		expect(r.themes.map((t) => [t.themeId, t.rank, t.tied, t.consent?.mean])).toEqual([
			[1, 1, true, null],
			[2, 1, true, null]
		]);
		expect(r.themes[0].lowestSectorSupport).toBeNull();
	});
});

describe('consent: fewest blocks, then most 1–2, then lowest mean', () => {
	const cases: [string, Record<number, number[]>, number[]][] = [
		['a block outweighs a better mean', { 1: [5, 1, 1, 1], 2: [3, 3, 3, 3] }, [2, 1]],
		[
			'with equal blocks, more 1–2 wins over a lower mean',
			{ 1: [1, 1, 3, 3], 2: [2, 2, 2, 4] },
			[2, 1]
		],
		['with equal blocks and share, the lower mean wins', { 1: [2, 4], 2: [1, 3] }, [2, 1]],
		[
			'an unrated theme follows rated ones with equal blocks and share, but precedes a block',
			{ 1: [], 2: [5], 3: [3, 3] },
			[3, 1, 2]
		]
	];
	it.each(cases)('%s', (_, ratings, order) => {
		const themes = Object.keys(ratings).map(Number);
		const width = Math.max(...Object.values(ratings).map((v) => v.length));
		const ballots = Array.from({ length: width }, (_, i) =>
			ballot(
				null,
				Object.fromEntries(
					themes.filter((t) => i < ratings[t].length).map((t) => [t, ratings[t][i]])
				)
			)
		);
		expect(
			tally(roundSettings('consent'), themes, ballots, []).themes.map((t) => t.themeId)
		).toEqual(order);
	});

	it('treats 1 of 3 and 2 of 6 agreeing, with the same mean, as a tie', () => {
		const r = tally(
			roundSettings('consent'),
			[1, 2],
			[
				ballot(null, { 1: 1, 2: 1 }),
				ballot(null, { 1: 3, 2: 1 }),
				ballot(null, { 1: 3, 2: 3 }),
				ballot(null, { 2: 3 }),
				ballot(null, { 2: 3 }),
				ballot(null, { 2: 3 })
			],
			[]
		);
		expect(r.themes.map((t) => [t.themeId, t.rank, t.tied])).toEqual([
			[1, 1, true],
			[2, 1, true]
		]);
	});
});

describe('loved by two big sectors, blocked by three small ones', () => {
	const LOVED = 1,
		MILD = 2;
	const big = (sector: number) =>
		many(5, () => ballot(sector, { [LOVED]: 1, [MILD]: 2 }, 'digital'));
	const small = (sector: number, reason: string) =>
		ballot(sector, { [LOVED]: 5, [MILD]: 2 }, 'sectoral', { reason });
	const ballots = [
		...big(10),
		...big(20),
		small(30, 'ignores informal workers'),
		small(50, 'no land rights'),
		small(40, '')
	];
	const r = tally(roundSettings('consent'), [LOVED, MILD], ballots, [10, 20, 30, 40, 50]);
	const loved = of(r.themes, LOVED);

	it('ranks the blocked theme last although its mean (25/13) is the better one', () => {
		expect(r.themes.map((t) => t.themeId)).toEqual([MILD, LOVED]);
		expect(loved.consent).toEqual({ counts: [10, 0, 0, 0, 3], blocks: 3, mean: 25 / 13 });
		expect(loved.score).toBeCloseTo(10 / 13);
	});

	it('names a blocking sector as the lowest support', () => {
		expect(loved.lowestSectorSupport).toMatchObject({
			sectorId: 30,
			ballots: 1,
			score: 0,
			consent: { blocks: 1 }
		});
		expect(loved.bySector.map((s) => s.consent?.blocks)).toEqual([0, 0, 1, 1, 1, 0]);
	});

	it('lists the blocks with their reasons, by sector', () => {
		expect(loved.blocks).toEqual([
			{ sectorId: 30, actorType: 'sectoral', reason: 'ignores informal workers' },
			{ sectorId: 40, actorType: 'sectoral', reason: null },
			{ sectorId: 50, actorType: 'sectoral', reason: 'no land rights' }
		]);
	});

	it('shows digital actors endorsing and sectoral actors blocking', () => {
		expect([loved.byActor.digital.score, loved.byActor.sectoral.consent?.blocks]).toEqual([1, 3]);
	});

	it('in approval, the same split surfaces as a sector at zero', () => {
		const approval = tally(
			roundSettings('approval'),
			[1],
			[...many(10, () => ballot(10, { 1: 1 })), ballot(30, {})],
			[10, 30]
		);
		expect(approval.themes[0]).toMatchObject({
			score: 10 / 11,
			lowestSectorSupport: { sectorId: 30, score: 0 }
		});
	});
});

describe('ballots that cannot be counted', () => {
	it('leaves out invalid ballots and every copy of a participant, and says how many', () => {
		const twice = ballot(10, { 1: 1 });
		const r = tally(
			roundSettings('dot'),
			[1, 2],
			[ballot(10, { 1: 3, 2: 3 }), ballot(10, { 9: 1 }), twice, { ...twice }, ballot(20, { 2: 2 })],
			[10, 20]
		);
		expect([r.ballots, r.excluded]).toEqual([1, { invalid: 2, duplicate: 2 }]);
		expect(r.themes.map(line)).toEqual([
			[2, 1, false, 2],
			[1, 2, false, 0]
		]);
	});

	it('folds an unknown declared sector into undeclared', () => {
		const r = tally(roundSettings('approval'), [1], [ballot(99, { 1: 1 })], [10]);
		expect(r.themes[0].bySector.map((s) => [s.sectorId, s.ballots])).toEqual([
			[10, 0],
			[null, 1]
		]);
	});
});

describe('turnout', () => {
	it.each([
		[30, 40, 0.75],
		[0, 0, null],
		[42, 40, 1.05],
		[-3, 10, 0]
	])('%d ballots of %d present', (b, p, share) => {
		expect(turnout(b, p).share).toBe(share);
	});
});

describe('properties', () => {
	const settings = fc.record({
		method: fc.constantFrom('dot' as const, 'approval' as const, 'consent' as const),
		dotsPerPerson: fc.integer({ min: 0, max: 8 }),
		maxDotsPerTheme: fc.integer({ min: 0, max: 4 }),
		prioritySignal: fc.boolean()
	});
	const anyEntry = fc.record(
		{
			themeId: fc.integer({ min: 0, max: 6 }),
			value: fc.oneof(fc.integer({ min: -1, max: 6 }), fc.double()),
			priority: fc.boolean(),
			reason: fc.string()
		},
		{ requiredKeys: ['themeId', 'value'] }
	);
	const anyBallot = fc.record({
		participantId: fc.integer({ min: 0, max: 40 }),
		declaredSectorId: fc.option(fc.integer({ min: 0, max: 5 })),
		actorType: fc.constantFrom('sectoral' as const, 'digital' as const, null),
		entries: fc.array(anyEntry, { maxLength: 6 })
	});
	const ids = fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 6 });

	it('never throws, and ranks each theme of the round once', () => {
		fc.assert(
			fc.property(
				settings,
				ids,
				fc.array(anyBallot, { maxLength: 30 }),
				ids,
				(s, themes, ballots, sectors) => {
					const r = tally(s, themes, ballots, sectors);
					expect(r.themes.map((t) => t.themeId).sort()).toEqual([...new Set(themes)].sort());
					expect(r.ballots + r.excluded.invalid + r.excluded.duplicate).toBe(ballots.length);
				}
			)
		);
	});

	const themes = [1, 2, 3, 4];
	const dotBallots = fc
		.array(
			fc.tuple(
				fc.option(fc.integer({ min: 1, max: 3 })),
				fc.subarray(themes),
				fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 })
			),
			{ maxLength: 40 }
		)
		.map((specs) =>
			specs.map(([sector, chosen, values], i): Ballot => {
				let left = 5; // spend greedily so every ballot is within budget
				const entries = chosen.map((themeId, j) => {
					const value = Math.min(values[j], left);
					left -= value;
					return { themeId, value };
				});
				return { participantId: i, declaredSectorId: sector, actorType: null, entries };
			})
		);

	it('dots per theme equal the sum over ballots, overall and summed over sectors', () => {
		fc.assert(
			fc.property(dotBallots, (ballots) => {
				const r = tally(roundSettings('dot'), themes, ballots, [1, 2, 3]);
				expect(r.excluded).toEqual({ invalid: 0, duplicate: 0 });
				for (const t of r.themes) {
					const expected = ballots
						.flatMap((b) => b.entries)
						.filter((e) => e.themeId === t.themeId)
						.reduce((a, e) => a + e.value, 0);
					expect(t.score).toBe(expected);
					expect(t.bySector.reduce((a, s) => a + s.score, 0)).toBe(expected);
				}
			})
		);
	});

	it('does not depend on the order of the ballots', () => {
		fc.assert(
			fc.property(dotBallots, fc.nat(), (ballots, k) => {
				const cut = ballots.length === 0 ? 0 : k % ballots.length;
				const rotated = [...ballots.slice(cut), ...ballots.slice(0, cut)];
				expect(tally(roundSettings('dot'), themes, rotated, [1, 2])).toEqual(
					tally(roundSettings('dot'), themes, ballots, [1, 2])
				);
			})
		);
	});
});
