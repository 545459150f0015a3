import { describe, expect, it } from 'vitest';
import * as floor from '$lib/server/services/suggestions';
import * as themes from '$lib/server/services/themes';
import * as voting from '$lib/server/services/voting';
import { joinWithCode } from '$lib/server/services/access';
import { submitStatement, withdrawStatement } from '$lib/server/services/statements';
import { changePhase } from '$lib/server/services/events';
import { listChanges } from '$lib/server/db/change-log';
import { refusal, seededEvent } from './helpers';

/** An event in convergence with three themes made by hand (two, one and one statements) and three people on the floor. */
function withThemes() {
	const s = seededEvent();
	changePhase(s.db, s.facilitator, 'breakouts');
	const statement = (sector: string, text: string) =>
		submitStatement(s.db, s.facilitator, s.sectorId(sector), { text }).id;
	const gigA = statement('Labour', 'Gig platform workers are deactivated by algorithms');
	const gigB = statement('Gender', 'Women gig workers face algorithmic pay cuts');
	const apps = statement('Labour', 'Delivery apps set pay without any transparency');
	const farm = statement('Farming', 'Agritech firms extract farm data from farmers');
	changePhase(s.db, s.facilitator, 'convergence');
	const theme = (label: string, ids: number[]) =>
		themes.createManualTheme(s.db, s.facilitator, label, ids);
	const gig = theme('Gig work', [gigA, gigB]);
	const platform = theme('Platform pay', [apps]);
	const data = theme('Farm data', [farm]);
	const voter = () => joinWithCode(s.db, s.links.join!.code!).actor;
	return { ...s, gig, platform, data, statements: { gigA, gigB, apps, farm }, voter };
}

const live = (s: ReturnType<typeof withThemes>) =>
	themes.boardOf(s.db, s.facilitator).themes.filter((t) => t.status !== 'discarded');

describe('the floor’s merge suggestions', () => {
	it('count each person once, whichever order they name the pair in, most supported first', () => {
		const s = withThemes();
		const [ana, ben] = [s.voter(), s.voter()];
		const first = floor.suggestMerge(s.db, ana, { themes: [s.gig, s.platform] });
		expect(first.supporters).toBe(1);
		// the same pair the other way round is the same suggestion
		expect(floor.suggestMerge(s.db, ben, { themes: [s.platform, s.gig] })).toEqual({
			id: first.id,
			supporters: 2
		});
		// the same person again counts once, by suggesting or by +1
		expect(floor.suggestMerge(s.db, ben, { themes: [s.gig, s.platform] }).supporters).toBe(2);
		expect(floor.supportSuggestion(s.db, ben, first.id)).toBe(2);
		const other = floor.suggestMerge(s.db, s.rapporteur('Farming'), {
			themes: [s.data, s.platform]
		});
		floor.supportSuggestion(s.db, s.facilitator, other.id);
		floor.supportSuggestion(s.db, s.participant, other.id);

		const seen = floor.suggestionsOf(s.db, ana);
		expect(seen.map((x) => [x.id, x.supporters, x.mine])).toEqual([
			[other.id, 3, false],
			[first.id, 2, true]
		]);
		// the larger theme is named first: it is the one a merge keeps
		expect(seen[1].kept).toEqual({ id: s.gig, label: 'Gig work', size: 2 });
		expect(seen[1].joining).toEqual({ id: s.platform, label: 'Platform pay', size: 1 });
	});

	it('are refused outside convergence and voting, to people without a session, and with a wrong pick', () => {
		const s = withThemes();
		const p = s.voter();
		expect(refusal(() => floor.suggestMerge(s.db, null, { themes: [s.gig, s.data] }))?.code).toBe(
			'not_signed_in'
		);
		expect(refusal(() => floor.suggestMerge(s.db, p, { themes: [s.gig] }))).toEqual({
			code: 'invalid',
			fields: { themes: 'pick_two' }
		});
		expect(refusal(() => floor.suggestMerge(s.db, p, { themes: [s.gig, s.gig] }))).toEqual({
			code: 'invalid',
			fields: { themes: 'same_theme' }
		});
		themes.setThemeStatus(s.db, s.facilitator, s.data, 'discarded');
		expect(refusal(() => floor.suggestMerge(s.db, p, { themes: [s.gig, s.data] }))).toEqual({
			code: 'invalid',
			fields: { themes: 'theme_gone' }
		});
		// a theme of another event in the same database is not a theme of this one
		const other = seededEvent(s.db);
		const elsewhere = themes.createManualTheme(s.db, other.facilitator, 'Elsewhere');
		expect(
			refusal(() => floor.suggestMerge(s.db, p, { themes: [s.gig, elsewhere] }))?.fields
		).toEqual({ themes: 'theme_gone' });

		changePhase(s.db, s.facilitator, 'voting');
		expect(floor.suggestMerge(s.db, p, { themes: [s.gig, s.platform] }).supporters).toBe(1);
		for (const phase of ['manifesto', 'breakouts'] as const) {
			changePhase(s.db, s.facilitator, phase);
			expect(
				refusal(() => floor.suggestMerge(s.db, p, { themes: [s.gig, s.platform] }))?.code
			).toBe('suggestions_closed');
			expect(floor.floorOf(s.db, p).open).toBe(false);
		}
	});

	it('are applied and dismissed by facilitators only', () => {
		const s = withThemes();
		const { id } = floor.suggestMerge(s.db, s.voter(), { themes: [s.gig, s.platform] });
		for (const who of [s.participant, s.rapporteur('Labour')]) {
			expect(refusal(() => floor.applySuggestion(s.db, who, id))?.code).toBe('wrong_role');
			expect(refusal(() => floor.dismissSuggestion(s.db, who, id))?.code).toBe('wrong_role');
		}
		expect(refusal(() => floor.applySuggestion(s.db, null, id))?.code).toBe('not_signed_in');
		expect(floor.suggestionsOf(s.db, s.facilitator)).toHaveLength(1);
	});

	it('applied, make the same merge step as the board, which the facilitator’s undo takes back', () => {
		const s = withThemes();
		const { id } = floor.suggestMerge(s.db, s.voter(), { themes: [s.platform, s.gig] });
		expect(floor.applySuggestion(s.db, s.facilitator, id)).toBe(s.gig);

		const after = live(s);
		expect(after.map((t) => t.id)).toEqual([s.gig, s.data]);
		expect(after[0].members.map((m) => m.statementId).sort()).toEqual(
			[s.statements.gigA, s.statements.gigB, s.statements.apps].sort()
		);
		expect(floor.suggestionsOf(s.db, s.facilitator)).toEqual([]);
		expect(themes.themeHistory(s.db, s.facilitator)[0]).toMatchObject({
			action: 'themes.merge',
			mine: true
		});
		expect(themes.undoState(s.db, s.facilitator).undo).toBe('themes.merge');
		// applied once: a second apply is refused
		expect(refusal(() => floor.applySuggestion(s.db, s.facilitator, id))?.code).toBe('conflict');

		themes.undo(s.db, s.facilitator);
		expect(live(s).map((t) => [t.id, t.members.length])).toEqual([
			[s.gig, 2],
			[s.platform, 1],
			[s.data, 1]
		]);
		// the suggestion stays applied: undo takes back the merge, not the room's decision to try it
		expect(floor.suggestionsOf(s.db, s.facilitator)).toEqual([]);
	});

	it('applied, change nothing at all when the merge fails (one transaction)', () => {
		const s = withThemes();
		const { id } = floor.suggestMerge(s.db, s.voter(), { themes: [s.gig, s.platform] });
		const logged = listChanges(s.db, s.event.id, 1000).length;
		s.db.exec(
			"CREATE TRIGGER refuse_delete BEFORE DELETE ON themes BEGIN SELECT RAISE(ABORT, 'no'); END"
		);
		expect(() => floor.applySuggestion(s.db, s.facilitator, id)).toThrow('no');
		s.db.exec('DROP TRIGGER refuse_delete');
		expect(live(s).map((t) => t.id)).toEqual([s.gig, s.platform, s.data]);
		expect(listChanges(s.db, s.event.id, 1000)).toHaveLength(logged);
		expect(floor.suggestionsOf(s.db, s.facilitator).map((x) => x.id)).toEqual([id]);
	});

	it('dismissed, leave the list, and the pair may be raised again', () => {
		const s = withThemes();
		const [ana, ben] = [s.voter(), s.voter()];
		const { id } = floor.suggestMerge(s.db, ana, { themes: [s.gig, s.data] });
		floor.supportSuggestion(s.db, ben, id);
		floor.dismissSuggestion(s.db, s.facilitator, id);
		expect(floor.suggestionsOf(s.db, ana)).toEqual([]);
		expect(live(s)).toHaveLength(3);
		expect(refusal(() => floor.dismissSuggestion(s.db, s.facilitator, id))?.code).toBe('conflict');
		expect(refusal(() => floor.supportSuggestion(s.db, ben, id))?.code).toBe('conflict');
		const again = floor.suggestMerge(s.db, ben, { themes: [s.data, s.gig] });
		expect(again.id).not.toBe(id);
		expect(again.supporters).toBe(1);
	});

	it('go stale when a theme is merged or discarded meanwhile, and come back when that is undone', () => {
		const s = withThemes();
		const { id } = floor.suggestMerge(s.db, s.voter(), { themes: [s.platform, s.data] });
		themes.mergeThemes(s.db, s.facilitator, s.platform, s.gig);
		expect(floor.suggestionsOf(s.db, s.facilitator)).toEqual([]);
		expect(refusal(() => floor.applySuggestion(s.db, s.facilitator, id))?.code).toBe('conflict');
		themes.undo(s.db, s.facilitator);
		expect(floor.suggestionsOf(s.db, s.facilitator).map((x) => x.id)).toEqual([id]);
		themes.setThemeStatus(s.db, s.facilitator, s.data, 'discarded');
		expect(floor.suggestionsOf(s.db, s.facilitator)).toEqual([]);
	});

	it('keep the theme a vote round names, and cannot merge two such themes', () => {
		const s = withThemes();
		voting.createRound(s.db, s.facilitator, {
			title: 'First pass',
			method: 'dot',
			themeIds: [s.platform, s.data]
		});
		const p = s.voter();
		const gigPlatform = floor.suggestMerge(s.db, p, { themes: [s.gig, s.platform] });
		const platformData = floor.suggestMerge(s.db, p, { themes: [s.platform, s.data] });
		const seen = floor.suggestionsOf(s.db, p);
		const first = seen.find((x) => x.id === gigPlatform.id)!;
		expect([first.kept.id, first.joining.id, first.blocked]).toEqual([s.platform, s.gig, false]);
		expect(seen.find((x) => x.id === platformData.id)!.blocked).toBe(true);
		expect(refusal(() => floor.applySuggestion(s.db, s.facilitator, platformData.id))?.code).toBe(
			'conflict'
		);
		expect(floor.applySuggestion(s.db, s.facilitator, gigPlatform.id)).toBe(s.platform);
	});

	it('are withdrawn one supporter at a time; the last one takes the suggestion away', () => {
		const s = withThemes();
		const [ana, ben] = [s.voter(), s.voter()];
		const { id } = floor.suggestMerge(s.db, ana, { themes: [s.gig, s.data] });
		floor.supportSuggestion(s.db, ben, id);
		floor.withdrawSupport(s.db, ana, id);
		expect(floor.suggestionsOf(s.db, ana).map((x) => [x.supporters, x.mine])).toEqual([[1, false]]);
		expect(refusal(() => floor.withdrawSupport(s.db, ana, id))?.code).toBe('not_found');
		floor.withdrawSupport(s.db, ben, id);
		expect(floor.suggestionsOf(s.db, ben)).toEqual([]);
	});

	it('show the floor each live theme with what it is about', () => {
		const s = withThemes();
		themes.describeTheme(s.db, s.facilitator, s.data, {
			label: 'Farm data',
			description: 'Who owns it'
		});
		const { open, themes: choices } = floor.floorOf(s.db, s.voter());
		expect(open).toBe(true);
		expect(choices.map((t) => [t.label, t.size, t.hint])).toEqual([
			['Gig work', 2, 'Gig platform workers are deactivated by algorithms'],
			['Platform pay', 1, 'Delivery apps set pay without any transparency'],
			['Farm data', 1, 'Who owns it']
		]);
		// a withdrawn statement no longer counts, as on the board
		withdrawStatement(s.db, s.facilitator, s.statements.gigB);
		expect(floor.floorOf(s.db, s.facilitator).themes[0].size).toBe(1);
	});
});
