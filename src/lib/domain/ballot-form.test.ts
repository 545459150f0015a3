import { describe, expect, it } from 'vitest';
import { ballotField, ballotFromForm } from './ballot-form';
import { checkBallot, roundSettings, type VoteMethod } from './ballot-rules';

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
};

describe('ballotFromForm', () => {
	const cases: [string, VoteMethod, Record<string, string>, ReturnType<typeof ballotFromForm>][] = [
		[
			'dots typed on two themes, the third left empty',
			'dot',
			{ 'value-1': '2', 'value-2': '1', 'value-3': '' },
			[
				{ themeId: 1, value: 2, priority: undefined, reason: undefined },
				{ themeId: 2, value: 1, priority: undefined, reason: undefined },
				{ themeId: 3, value: 0, priority: undefined, reason: undefined }
			]
		],
		[
			'an approval ticked, the others unticked (not posted)',
			'approval',
			{ 'value-2': '1' },
			[
				{ themeId: 1, value: 0, priority: undefined, reason: undefined },
				{ themeId: 2, value: 1, priority: undefined, reason: undefined },
				{ themeId: 3, value: 0, priority: undefined, reason: undefined }
			]
		],
		[
			'a consent block with its reason; unrated themes are abstentions',
			'consent',
			{ 'value-1': '5', 'reason-1': 'not heard', 'reason-2': '' },
			[{ themeId: 1, value: 5, priority: undefined, reason: 'not heard' }]
		],
		[
			'a priority flag without dots',
			'dot',
			{ 'priority-3': 'on' },
			[
				{ themeId: 1, value: 0, priority: undefined, reason: undefined },
				{ themeId: 2, value: 0, priority: undefined, reason: undefined },
				{ themeId: 3, value: 0, priority: true, reason: undefined }
			]
		]
	];
	it.each(cases)('reads %s', (_name, method, fields, expected) => {
		expect(ballotFromForm(form(fields), method, [1, 2, 3])).toEqual(expected);
	});

	it('ignores fields of themes that are not in the round', () => {
		expect(ballotFromForm(form({ 'value-9': '3', 'value-1': '1' }), 'approval', [1])).toEqual([
			{ themeId: 1, value: 1, priority: undefined, reason: undefined }
		]);
	});

	it('passes what is not a number on, for the rules to refuse', () => {
		const entries = ballotFromForm(form({ 'value-1': 'lots' }), 'dot', [1]);
		expect(entries[0].value).toBeNaN();
		expect(checkBallot(roundSettings('dot'), [1], entries)).toEqual({
			ok: false,
			errors: ['dot_value']
		});
	});

	it('names the fields the vote page renders', () => {
		expect([
			ballotField('value', 12),
			ballotField('priority', 12),
			ballotField('reason', 12)
		]).toEqual(['value-12', 'priority-12', 'reason-12']);
	});
});
