import { describe, expect, it } from 'vitest';
import * as themes from '$lib/server/services/themes';
import * as voting from '$lib/server/services/voting';
import { joinWithCode } from '$lib/server/services/access';
import { submitStatement, withdrawStatement } from '$lib/server/services/statements';
import { changePhase } from '$lib/server/services/events';
import { addPointer } from '$lib/server/services/manifesto-edit';
import { closeSession, newOnBoard, sessionsOf, sinceView } from '$lib/server/services/sessions';
import { listChanges } from '$lib/server/db/change-log';
import { refusal, seededEvent } from './helpers';

/** An event on its first day: statements in two sectors and two themes made by hand. */
function dayOne() {
	const s = seededEvent();
	changePhase(s.db, s.facilitator, 'breakouts');
	const say = (sector: string, text: string, title = '') =>
		submitStatement(s.db, s.rapporteur(sector), s.sectorId(sector), { text, title }).id;
	const gig = say('Labour', 'Gig workers are deactivated by algorithms', 'Deactivation');
	const pay = say('Gender', 'Women on delivery platforms face algorithmic pay cuts');
	const seed = say('Farming', 'Seed data is extracted from farmers', 'Seed data');
	const work = themes.createManualTheme(s.db, s.facilitator, 'Platform work', [gig, pay]);
	const farm = themes.createManualTheme(s.db, s.facilitator, 'Farm data', [seed]);
	return { ...s, say, gig, pay, seed, work, farm };
}

describe('closing a session', () => {
	it('is for facilitators, needs a name of one line, and numbers the sessions', () => {
		const s = dayOne();
		for (const who of [s.rapporteur('Labour'), s.participant, null])
			expect(refusal(() => closeSession(s.db, who, { name: 'Day 1' }))?.code).toMatch(
				/wrong_role|not_signed_in/
			);
		expect(refusal(() => closeSession(s.db, s.facilitator, { name: '  ' }))?.fields).toEqual({
			name: 'required'
		});
		expect(refusal(() => closeSession(s.db, s.facilitator, { name: 'a\nb' }))?.code).toBe(
			'invalid'
		);
		expect(refusal(() => closeSession(s.db, s.facilitator, { name: 'x'.repeat(81) }))?.code).toBe(
			'invalid'
		);
		expect(sessionsOf(s.db, s.facilitator)).toEqual([]);
		expect(closeSession(s.db, s.facilitator, { name: ' Day 1 ' })).toBe(1);
		expect(closeSession(s.db, s.facilitator, { name: 'Day 2' })).toBe(2);
		expect(sessionsOf(s.db, s.rapporteur('Farming')).map((x) => [x.number, x.name])).toEqual([
			[2, 'Day 2'],
			[1, 'Day 1']
		]);
		expect(listChanges(s.db, s.event.id, 1)[0]).toMatchObject({
			action: 'session.close',
			after: { number: 2, name: 'Day 2' }
		});
	});

	it('shows nothing to compare with before the first close, and nothing changed right after it', () => {
		const s = dayOne();
		expect(sinceView(s.db, s.facilitator)).toBeNull();
		closeSession(s.db, s.facilitator, { name: 'Day 1' });
		const view = sinceView(s.db, s.facilitator)!;
		expect(view.session.name).toBe('Day 1');
		expect(view.items).toEqual([]);
		expect(view.then).toEqual(view.now);
		expect(view.then).toMatchObject({ statements: 3, themes: 2, rounds: 0, pointers: 0 });
	});
});

describe('what changed since a session', () => {
	it('lists the next day’s statements, theme steps, votes and pointers with who did them', () => {
		const s = dayOne();
		closeSession(s.db, s.facilitator, { name: 'Day 1' });
		// day two
		const fresh = s.say('Labour', 'Warehouse workers are tracked by wearables', 'Wearables');
		withdrawStatement(s.db, s.rapporteur('Farming'), s.seed);
		themes.describeTheme(s.db, s.facilitator, s.work, { label: 'Work under algorithms' });
		themes.linkStatement(s.db, s.facilitator, fresh, s.work);
		themes.setThemeStatus(s.db, s.facilitator, s.work, 'accepted');
		const round = voting.createRound(s.db, s.facilitator, {
			title: 'Day two priorities',
			method: 'approval',
			themeIds: [s.work]
		});
		voting.setRoundStatus(s.db, s.facilitator, round, 'open', 'move');
		for (let i = 0; i < 3; i++) {
			const voter = joinWithCode(s.db, s.links.join!.code!).actor;
			voting.castBallot(s.db, voter, round, [{ themeId: s.work, value: 1 }]);
		}
		addPointer(s.db, s.facilitator, { title: 'Algorithms answer to workers', body: '' });

		const view = sinceView(s.db, s.rapporteur('Gender'))!;
		const facts = view.items.map((i) => i.fact.kind);
		expect(facts).toEqual([
			'statement_added',
			'statement_withdrawn',
			'theme_step',
			'theme_step',
			'theme_step',
			'round_created',
			// opening the round outside the voting phase moved the event there
			'phase',
			'round_opened',
			'ballots',
			'pointer_added'
		]);
		const byKind = (k: string) => view.items.filter((i) => i.fact.kind === k);
		expect(byKind('statement_added')[0]).toMatchObject({
			who: expect.any(String),
			whoSector: s.sectorId('Labour'),
			actorRole: 'rapporteur',
			fact: { title: 'Wearables', sectorId: s.sectorId('Labour') }
		});
		expect(byKind('theme_step')[0].fact).toMatchObject({
			detail: { kind: 'rename', from: 'Platform work', to: 'Work under algorithms' }
		});
		expect(byKind('ballots')[0]).toMatchObject({
			actorId: null,
			who: '',
			fact: { title: 'Day two priorities', count: 3 }
		});
		expect(view.counts).toEqual({ statements: 2, themes: 3, votes: 3, manifesto: 1, event: 1 });
		expect(view.then).toEqual({ statements: 3, themes: 2, rounds: 0, pointers: 0 });
		expect(view.now).toEqual({ statements: 3, themes: 2, rounds: 1, pointers: 1 });
		// the facilitator's own steps are theirs
		expect(
			sinceView(s.db, s.facilitator)!.items.find((i) => i.fact.kind === 'theme_step')
		).toMatchObject({
			mine: true
		});
	});

	it('compares with any closed session, not only the latest', () => {
		const s = dayOne();
		closeSession(s.db, s.facilitator, { name: 'Day 1' });
		s.say('Gender', 'Online abuse silences women journalists');
		closeSession(s.db, s.facilitator, { name: 'Day 2' });
		s.say('Farming', 'Drones map land without consent');
		const fromOne = sinceView(s.db, s.facilitator, 1)!;
		const fromTwo = sinceView(s.db, s.facilitator)!;
		expect(fromOne.items.filter((i) => i.fact.kind === 'statement_added')).toHaveLength(2);
		expect(fromOne.items.map((i) => i.fact.kind)).toContain('session_closed');
		expect(fromTwo.session.name).toBe('Day 2');
		expect(fromTwo.items.map((i) => i.fact.kind)).toEqual(['statement_added']);
		expect(refusal(() => sinceView(s.db, s.facilitator, 3))?.code).toBe('not_found');
		expect(refusal(() => sinceView(s.db, s.participant, 1))?.code).toBe('wrong_role');
	});

	it('outlines on the board the statements and themes new since, and only those still there', () => {
		const s = dayOne();
		closeSession(s.db, s.facilitator, { name: 'Day 1' });
		const kept = s.say('Labour', 'Warehouse workers are tracked by wearables');
		const gone = s.say('Gender', 'A statement withdrawn the same day');
		withdrawStatement(s.db, s.rapporteur('Gender'), gone);
		themes.linkStatement(s.db, s.facilitator, kept, s.work);
		const made = themes.createManualTheme(s.db, s.facilitator, 'Made today', []);
		themes.setThemeStatus(s.db, s.facilitator, made, 'discarded');
		const fresh = newOnBoard(s.db, s.facilitator, 1)!;
		expect(fresh.statements).toEqual([kept]);
		expect(fresh.themes).toEqual([s.work]);
		expect(newOnBoard(s.db, s.facilitator, 9)).toBeNull();
		expect(refusal(() => newOnBoard(s.db, s.rapporteur('Labour'), 1))?.code).toBe('wrong_role');
	});
});
