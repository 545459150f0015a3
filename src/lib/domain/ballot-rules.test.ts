import { describe, expect, it } from 'vitest';
import {
	checkBallot,
	roundSettings,
	type BallotEntry,
	type BallotError,
	type RoundSettings
} from './ballot-rules';

const dot = roundSettings('dot');
const approval = roundSettings('approval');
const consent = roundSettings('consent');
const withPriority = roundSettings('approval', { prioritySignal: true });
const themes = [1, 2, 3];

describe('roundSettings', () => {
	it('fills the defaults: 5 dots, at most 3 per theme, no priority signal', () => {
		expect(dot).toEqual({
			method: 'dot',
			dotsPerPerson: 5,
			maxDotsPerTheme: 3,
			prioritySignal: false
		});
		expect(roundSettings('dot', { dotsPerPerson: 8 }).dotsPerPerson).toBe(8);
	});
});

describe('checkBallot refuses', () => {
	const long = 'x'.repeat(201);
	const cases: [string, RoundSettings, BallotEntry[], BallotError[]][] = [
		['a theme not in the round', approval, [{ themeId: 9, value: 1 }], ['theme_not_in_round']],
		[
			'a theme twice',
			approval,
			[
				{ themeId: 1, value: 1 },
				{ themeId: 1, value: 0 }
			],
			['duplicate_theme']
		],
		['more dots on a theme than allowed', dot, [{ themeId: 1, value: 4 }], ['dot_value']],
		['a fraction of a dot', dot, [{ themeId: 1, value: 1.5 }], ['dot_value']],
		['negative dots', dot, [{ themeId: 1, value: -1 }], ['dot_value']],
		['NaN dots', dot, [{ themeId: 1, value: NaN }], ['dot_value']],
		[
			'six dots out of five',
			dot,
			[
				{ themeId: 1, value: 3 },
				{ themeId: 2, value: 3 }
			],
			['over_budget']
		],
		['an approval of 2', approval, [{ themeId: 1, value: 2 }], ['approval_value']],
		['a consent of 0', consent, [{ themeId: 1, value: 0 }], ['consent_value']],
		['a consent of 6', consent, [{ themeId: 1, value: 6 }], ['consent_value']],
		['a consent of 2.5', consent, [{ themeId: 1, value: 2.5 }], ['consent_value']],
		[
			'a reason on a consent 4',
			consent,
			[{ themeId: 1, value: 4, reason: 'meh' }],
			['reason_not_block']
		],
		[
			'a reason on an approval',
			approval,
			[{ themeId: 1, value: 1, reason: 'yes' }],
			['reason_not_block']
		],
		['a reason on dots', dot, [{ themeId: 1, value: 1, reason: 'yes' }], ['reason_not_block']],
		[
			'a block reason of 201 characters',
			consent,
			[{ themeId: 1, value: 5, reason: long }],
			['reason_too_long']
		],
		[
			'a block reason on two lines',
			consent,
			[{ themeId: 1, value: 5, reason: 'one\ntwo' }],
			['reason_control_chars']
		],
		[
			'a block reason with a NUL',
			consent,
			[{ themeId: 1, value: 5, reason: 'a\u0000b' }],
			['reason_control_chars']
		],
		[
			'a priority in a round without the signal',
			approval,
			[{ themeId: 1, value: 1, priority: true }],
			['priority_not_offered']
		],
		[
			'several problems at once, each named once, in a fixed order',
			dot,
			[
				{ themeId: 7, value: 9, priority: true },
				{ themeId: 7, value: 9 },
				{ themeId: 1, value: 2, reason: long }
			],
			[
				'theme_not_in_round',
				'duplicate_theme',
				'dot_value',
				'reason_not_block',
				'reason_too_long',
				'priority_not_offered'
			]
		]
	];
	it.each(cases)('%s', (_, settings, entries, errors) => {
		expect(checkBallot(settings, themes, entries)).toEqual({ ok: false, errors });
	});
});

describe('checkBallot accepts and normalises', () => {
	const cases: [string, RoundSettings, BallotEntry[], [number, number][]][] = [
		[
			'dots spent exactly, zeros dropped, sorted by theme',
			dot,
			[
				{ themeId: 3, value: 2 },
				{ themeId: 2, value: 0 },
				{ themeId: 1, value: 3 }
			],
			[
				[1, 3],
				[3, 2]
			]
		],
		['no dots at all (an empty ballot)', dot, [], []],
		[
			'approvals, unticked themes dropped',
			approval,
			[
				{ themeId: 2, value: 1 },
				{ themeId: 1, value: 0 }
			],
			[[2, 1]]
		],
		[
			'consent over some themes only (the rest abstain)',
			consent,
			[
				{ themeId: 3, value: 1 },
				{ themeId: 1, value: 5 }
			],
			[
				[1, 5],
				[3, 1]
			]
		],
		[
			'a larger budget',
			roundSettings('dot', { dotsPerPerson: 9 }),
			themes.map((themeId) => ({ themeId, value: 3 })),
			[
				[1, 3],
				[2, 3],
				[3, 3]
			]
		]
	];
	it.each(cases)('%s', (_, settings, entries, expected) => {
		const result = checkBallot(settings, themes, entries);
		expect(result.ok && result.entries.map((e) => [e.themeId, e.value])).toEqual(expected);
	});

	it('keeps a block reason trimmed, and counts characters, not UTF-16 units', () => {
		const emoji = '✊🏽'.repeat(50); // 100 code points, 150 UTF-16 units
		const result = checkBallot(consent, themes, [
			{ themeId: 1, value: 5, reason: '  breaks our members’ privacy  ' },
			{ themeId: 2, value: 5, reason: 'y'.repeat(200) },
			{ themeId: 3, value: 5, reason: emoji + emoji }
		]);
		expect(result.ok && result.entries.map((e) => e.reason)).toEqual([
			'breaks our members’ privacy',
			'y'.repeat(200),
			emoji + emoji
		]);
	});

	it('ignores a blank reason anywhere (a form posts one per theme)', () => {
		const result = checkBallot(approval, themes, [{ themeId: 1, value: 1, reason: '   ' }]);
		expect(result).toEqual({
			ok: true,
			entries: [{ themeId: 1, value: 1, priority: false, reason: null }]
		});
	});

	it('keeps a priority flag, even on a theme given no approval', () => {
		const result = checkBallot(withPriority, themes, [
			{ themeId: 1, value: 0, priority: true },
			{ themeId: 2, value: 0, priority: false }
		]);
		expect(result).toEqual({
			ok: true,
			entries: [{ themeId: 1, value: 0, priority: true, reason: null }]
		});
	});
});
