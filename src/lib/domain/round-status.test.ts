import { describe, expect, it } from 'vitest';
import { resultsShown, roundStatusAt, type RoundClock, type RoundStatus } from './round-status';

const BELL = '2026-03-25T10:05:00.000Z';

describe('roundStatusAt', () => {
	const cases: [string, RoundClock, string, ReturnType<typeof roundStatusAt>][] = [
		[
			'an open round before its bell stays open',
			{ status: 'open', closesAt: BELL, closedAt: null },
			'2026-03-25T10:04:59.000Z',
			{ status: 'open', closedAt: null }
		],
		[
			'an open round at its bell is closed, at the bell',
			{ status: 'open', closesAt: BELL, closedAt: null },
			BELL,
			{ status: 'closed', closedAt: BELL }
		],
		[
			'an open round past its bell is closed, at the bell',
			{ status: 'open', closesAt: BELL, closedAt: null },
			'2026-03-25T11:00:00.000Z',
			{ status: 'closed', closedAt: BELL }
		],
		[
			'an open round without a timer stays open',
			{ status: 'open', closesAt: null, closedAt: null },
			'2099-01-01T00:00:00.000Z',
			{ status: 'open', closedAt: null }
		],
		[
			'a round closed by hand before its bell keeps its own closing time',
			{ status: 'closed', closesAt: BELL, closedAt: '2026-03-25T10:01:00.000Z' },
			'2026-03-25T11:00:00.000Z',
			{ status: 'closed', closedAt: '2026-03-25T10:01:00.000Z' }
		],
		[
			'a draft round is a draft whatever the time',
			{ status: 'draft', closesAt: null, closedAt: null },
			BELL,
			{ status: 'draft', closedAt: null }
		],
		[
			'a bell written without milliseconds is read as the same moment',
			{ status: 'open', closesAt: '2026-03-25T10:05:00Z', closedAt: null },
			BELL,
			{ status: 'closed', closedAt: '2026-03-25T10:05:00Z' }
		]
	];
	it.each(cases)('%s', (_name, round, at, expected) => {
		expect(roundStatusAt(round, at)).toEqual(expected);
	});
});

describe('resultsShown', () => {
	const cases: [RoundStatus, 'live' | 'on_close', boolean][] = [
		['draft', 'on_close', false],
		['draft', 'live', false],
		['open', 'on_close', false],
		['open', 'live', true],
		['closed', 'on_close', true],
		['closed', 'live', true]
	];
	it.each(cases)('a %s round with results %s: shown %s', (status, resultsVisibility, shown) => {
		expect(resultsShown({ status, resultsVisibility })).toBe(shown);
	});
});
