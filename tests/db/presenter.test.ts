import { describe, expect, it } from 'vitest';
import * as voting from '$lib/server/services/voting';
import * as themes from '$lib/server/services/themes';
import { joinWithCode } from '$lib/server/services/access';
import { submitStatement } from '$lib/server/services/statements';
import { changePhase } from '$lib/server/services/events';
import { listChanges } from '$lib/server/db/change-log';
import {
	presenterControls,
	presenterScreen,
	presenterState,
	setPresenter
} from '$lib/server/services/presenter';
import { refusal, seededEvent } from './helpers';

/** An event whose Labour and Gender statements make accepted themes, while Farming says nothing. */
async function withThemes(db = seededEvent().db) {
	const s = seededEvent(db);
	changePhase(s.db, s.facilitator, 'breakouts');
	for (const [sector, text] of [
		['Labour', 'Gig platform workers are deactivated by algorithms without appeal'],
		['Gender', 'Women gig workers on delivery platforms face algorithmic pay cuts'],
		['Labour', 'Warehouse workers are tracked by surveillance software every minute'],
		['Gender', 'Women workers in warehouses face surveillance software and tracking']
	])
		submitStatement(s.db, s.facilitator, s.sectorId(sector), { text });
	await themes.proposeEventThemes(s.db, s.facilitator);
	for (const t of themes.boardOf(s.db, s.facilitator).themes)
		themes.setThemeStatus(s.db, s.facilitator, t.id, 'accepted');
	return s;
}

describe('the presenter', () => {
	it('shows how to join until a facilitator sets it, to every role of the event', () => {
		const s = seededEvent();
		for (const who of [s.facilitator, s.rapporteur('Labour'), s.participant])
			expect(presenterState(s.db, who)).toMatchObject({ view: 'join', page: 0 });
		const screen = presenterScreen(s.db, s.key, s.participant);
		expect(screen.join).toEqual({ code: s.links.join!.code, path: s.links.join!.path });
		expect(screen.joined).toBe(1);
		expect(refusal(() => presenterScreen(s.db, s.key, null))?.code).toBe('not_signed_in');
	});

	it('is set by a facilitator only, and each change is logged', () => {
		const s = seededEvent();
		for (const who of [s.participant, s.rapporteur('Gender')])
			expect(refusal(() => setPresenter(s.db, who, { view: 'board' }))?.code).toBe('wrong_role');
		expect(presenterState(s.db, s.participant).view).toBe('join');
		setPresenter(s.db, s.facilitator, { view: 'board', contrast: 'on' });
		expect(presenterState(s.db, s.participant)).toMatchObject({
			view: 'board',
			highContrast: true
		});
		expect(listChanges(s.db, s.event.id, 1)[0]).toMatchObject({ action: 'presenter.set' });
	});

	it('steps pages within a view and starts another view on its first page', () => {
		const s = seededEvent();
		setPresenter(s.db, s.facilitator, { view: 'board' });
		setPresenter(s.db, s.facilitator, { page: 'next' });
		setPresenter(s.db, s.facilitator, { page: 'next' });
		setPresenter(s.db, s.facilitator, { page: 'previous' });
		expect(presenterState(s.db, s.facilitator)).toMatchObject({ view: 'board', page: 1 });
		setPresenter(s.db, s.facilitator, { view: 'grid', contrast: '' });
		expect(presenterState(s.db, s.facilitator)).toMatchObject({ view: 'grid', page: 0 });
		setPresenter(s.db, s.facilitator, { page: 'previous' });
		expect(presenterState(s.db, s.facilitator).page).toBe(0);
	});

	it('refuses a view it does not have, a bad page or contrast, and keeps what it showed', () => {
		const s = seededEvent();
		setPresenter(s.db, s.facilitator, { view: 'board' });
		expect(refusal(() => setPresenter(s.db, s.facilitator, { view: 'slides' }))).toEqual({
			code: 'invalid',
			fields: { view: 'bad_view' }
		});
		expect(refusal(() => setPresenter(s.db, s.facilitator, { page: '7' }))?.fields).toEqual({
			page: 'invalid'
		});
		expect(refusal(() => setPresenter(s.db, s.facilitator, { contrast: 'yes' }))?.fields).toEqual({
			contrast: 'invalid'
		});
		expect(presenterState(s.db, s.facilitator).view).toBe('board');
	});

	it('refuses a round that is not a number, unknown, or of another event', async () => {
		const s = await withThemes();
		const other = await withThemes(s.db);
		const theirs = voting.createRound(other.db, other.facilitator, {
			title: 'Theirs',
			method: 'dot'
		});
		for (const round of ['abc', '0', '999', String(theirs)])
			expect(refusal(() => setPresenter(s.db, s.facilitator, { round }))).toEqual({
				code: 'invalid',
				fields: { round: 'bad_round' }
			});
		expect(presenterState(s.db, s.facilitator).view).toBe('join');
		const ours = voting.createRound(s.db, s.facilitator, { title: 'Ours', method: 'dot' });
		setPresenter(s.db, s.facilitator, { round: String(ours) });
		expect(presenterState(s.db, s.facilitator)).toMatchObject({ view: 'round', roundId: ours });
		expect(presenterControls(s.db, s.facilitator).rounds.map((r) => r.id)).toEqual([ours]);
	});

	it('shows a hidden open round with its turnout and no tally, to the facilitator too', async () => {
		const s = await withThemes();
		const id = voting.createRound(s.db, s.facilitator, { title: 'Dots', method: 'dot' });
		voting.setRoundStatus(s.db, s.facilitator, id, 'open', 'keep');
		const voter = joinWithCode(s.db, s.links.join!.code!).actor;
		const themeId = voting.listRounds(s.db, voter)[0].themeIds[0];
		voting.castBallot(s.db, voter, id, [{ themeId, value: 1 }]);
		setPresenter(s.db, s.facilitator, { view: 'round' });
		for (const who of [s.facilitator, s.participant]) {
			const { round } = presenterScreen(s.db, s.key, who);
			expect(round?.round.id).toBe(id);
			expect(round?.turnout.ballots).toBe(1);
			expect(round?.results).toBeNull();
		}
		voting.setRoundStatus(s.db, s.facilitator, id, 'closed');
		const shown = presenterScreen(s.db, s.key, s.participant).round!.results!.themes;
		expect(shown.find((t) => t.themeId === themeId)?.score).toBe(1);
	});

	it('names on the board view the sectors that no theme reached', async () => {
		const s = await withThemes();
		setPresenter(s.db, s.facilitator, { view: 'board' });
		const { board } = presenterScreen(s.db, s.key, s.participant);
		expect(board?.grid.themes.length).toBeGreaterThan(0);
		expect(board?.grid.silent).toEqual([s.sectorId('Farming')]);
	});
});
