import { describe, expect, it } from 'vitest';
import * as voting from '$lib/server/services/voting';
import * as themes from '$lib/server/services/themes';
import { updateProfile, joinWithCode } from '$lib/server/services/access';
import {
	listEventStatements,
	submitStatement,
	withdrawStatement
} from '$lib/server/services/statements';
import { changePhase } from '$lib/server/services/events';
import { refusal, seededEvent } from './helpers';
import { getEvent } from '$lib/server/db/events';
import { listChanges } from '$lib/server/db/change-log';
import { setClock } from '$lib/server/services/clock';
import { ballotsCsv } from '$lib/server/services/csv-exports';
import { manifestoInput } from '$lib/server/services/manifesto-read';
import { exportEventFor } from '$lib/server/services/transfer';

/** An event with two accepted themes and a handful of participants. */
async function withThemes() {
	const s = seededEvent();
	changePhase(s.db, s.facilitator, 'breakouts');
	for (const [sector, text] of [
		['Labour', 'Gig platform workers are deactivated by algorithms without appeal'],
		['Gender', 'Women gig workers on delivery platforms face algorithmic pay cuts'],
		['Farming', 'Agritech firms extract farm data and sell it back to farmers'],
		['Gender', 'Women farmers lose control of farm data extracted by agritech apps']
	])
		submitStatement(s.db, s.facilitator, s.sectorId(sector), { text });
	await themes.proposeEventThemes(s.db, s.facilitator);
	const ids = themes.boardOf(s.db, s.facilitator).themes.map((t) => t.id);
	for (const id of ids) themes.setThemeStatus(s.db, s.facilitator, id, 'accepted');
	const voter = () => joinWithCode(s.db, s.links.join!.code!).actor;
	return { ...s, themeIds: ids, voter };
}

describe('rounds', () => {
	it('are created over the accepted themes, opened and closed by the facilitator only', async () => {
		const s = await withThemes();
		expect(
			refusal(() => voting.createRound(s.db, s.participant, { title: 'First pass', method: 'dot' }))
				?.code
		).toBe('wrong_role');
		expect(
			refusal(() => voting.createRound(s.db, s.facilitator, { title: '', method: 'ranked' }))
				?.fields
		).toEqual({ title: 'required', method: 'invalid' });
		const id = voting.createRound(s.db, s.facilitator, { title: 'First pass', method: 'dot' });
		const round = voting.listRounds(s.db, s.participant)[0];
		expect(round).toMatchObject({ id, status: 'draft', method: 'dot', themeIds: s.themeIds });
		expect(
			refusal(() => voting.setRoundStatus(s.db, s.rapporteur('Labour'), id, 'open'))?.code
		).toBe('wrong_role');
		expect(refusal(() => voting.setRoundStatus(s.db, s.facilitator, id, 'closed'))?.code).toBe(
			'conflict'
		);
		voting.setRoundStatus(s.db, s.facilitator, id, 'open', 'keep');
		expect(voting.openRound(s.db, s.participant)?.id).toBe(id);
		voting.setRoundStatus(s.db, s.facilitator, id, 'closed');
		expect(refusal(() => voting.setRoundStatus(s.db, s.facilitator, id, 'open'))?.code).toBe(
			'conflict'
		);
	});

	it('open outside the voting phase only on the facilitator’s choice: move to voting, or keep the phase', async () => {
		const s = await withThemes();
		const eventId = s.facilitator.eventId;
		const first = voting.createRound(s.db, s.facilitator, { title: 'Early', method: 'dot' });
		expect(getEvent(s.db, eventId).phase).toBe('breakouts');
		// no choice: refused, nothing opened, the phase unchanged
		expect(refusal(() => voting.setRoundStatus(s.db, s.facilitator, first, 'open'))?.code).toBe(
			'vote_outside_phase'
		);
		expect(voting.openRound(s.db, s.participant)).toBeNull();
		// keep: the vote opens, the event stays in its breakouts
		voting.setRoundStatus(s.db, s.facilitator, first, 'open', 'keep');
		expect(voting.openRound(s.db, s.participant)?.id).toBe(first);
		expect(getEvent(s.db, eventId).phase).toBe('breakouts');
		voting.setRoundStatus(s.db, s.facilitator, first, 'closed');
		// move: the event goes to voting with the opening, both logged in one step
		const second = voting.createRound(s.db, s.facilitator, { title: 'Second', method: 'dot' });
		voting.setRoundStatus(s.db, s.facilitator, second, 'open', 'move');
		expect(getEvent(s.db, eventId).phase).toBe('voting');
		expect(voting.openRound(s.db, s.participant)?.id).toBe(second);
		const actions = listChanges(s.db, eventId, 2).map((c) => c.action);
		expect(actions).toEqual(expect.arrayContaining(['event.phase', 'round.open']));
		voting.setRoundStatus(s.db, s.facilitator, second, 'closed');
		// in the voting phase no choice is needed
		const third = voting.createRound(s.db, s.facilitator, { title: 'Third', method: 'dot' });
		voting.setRoundStatus(s.db, s.facilitator, third, 'open');
		expect(voting.openRound(s.db, s.participant)?.id).toBe(third);
	});
});

describe('the ballot paper', () => {
	it('gives each theme a readable title and a line about it: its central statement, or the facilitator’s words', async () => {
		const s = await withThemes();
		const id = voting.createRound(s.db, s.facilitator, { title: 'Dots', method: 'dot' });
		voting.setRoundStatus(s.db, s.facilitator, id, 'open', 'keep');
		const statements = listEventStatements(s.db, s.facilitator, {});
		const paper = () => voting.ballotPaper(s.db, s.participant).themes;
		for (const t of paper()) {
			// the engine names a theme by a key point in one member's words, never by joined key phrases
			expect(t.title).not.toContain('·');
			expect(statements.some((x) => x.text.includes(t.title.slice(1)))).toBe(true);
			// below it, the theme's most central statement, unless the title already is that statement
			if (t.summary) {
				expect(t.summaryIsStatement).toBe(true);
				expect(statements.map((x) => x.text)).toContain(t.summary);
			} else expect(statements.map((x) => x.text)).toContain(t.title);
		}
		const [, second] = paper();
		themes.describeTheme(s.db, s.facilitator, s.themeIds[0], {
			label: 'Algorithmic management',
			description: 'Who decides at work: the boss or the app'
		});
		expect(paper()[0]).toEqual({
			id: s.themeIds[0],
			title: 'Algorithmic management',
			keyPhrases: [],
			summary: 'Who decides at work: the boss or the app',
			summaryIsStatement: false,
			// an event without a working language does not know what its text is written in
			titleLang: null,
			summaryLang: null
		});
		// a withdrawn statement is no longer quoted
		const quoted = second.summary || second.title;
		withdrawStatement(s.db, s.facilitator, statements.find((x) => x.text === quoted)!.id);
		expect(paper()[1].summary).not.toBe(quoted);
	});
});

describe('ballots', () => {
	it('one per participant, changeable while open, refused whole when over budget or for another theme', async () => {
		const s = await withThemes();
		const id = voting.createRound(s.db, s.facilitator, {
			title: 'Dots',
			method: 'dot',
			dotsPerPerson: '3',
			maxDotsPerTheme: '2'
		});
		const p = s.voter();
		expect(
			refusal(() => voting.castBallot(s.db, p, id, [{ themeId: s.themeIds[0], value: 1 }]))?.code
		).toBe('round_closed');
		voting.setRoundStatus(s.db, s.facilitator, id, 'open', 'keep');
		voting.castBallot(s.db, p, id, [{ themeId: s.themeIds[0], value: 2 }]);
		voting.castBallot(s.db, p, id, [
			{ themeId: s.themeIds[0], value: 1 },
			{ themeId: s.themeIds[1], value: 2 }
		]);
		expect(voting.myBallot(s.db, p, id)?.entries.map((e) => [e.themeId, e.value])).toEqual([
			[s.themeIds[0], 1],
			[s.themeIds[1], 2]
		]);
		expect(
			refusal(() =>
				voting.castBallot(s.db, p, id, [
					{ themeId: s.themeIds[0], value: 2 },
					{ themeId: s.themeIds[1], value: 2 }
				])
			)
		).toEqual({ code: 'invalid', fields: { ballot: 'over_budget' } });
		expect(
			refusal(() => voting.castBallot(s.db, p, id, [{ themeId: 99999, value: 1 }]))?.fields
		).toEqual({ ballot: 'theme_not_in_round' });
		// the refused ballots changed nothing
		expect(voting.myBallot(s.db, p, id)?.entries.map((e) => e.value)).toEqual([1, 2]);
		const n = s.db.prepare('SELECT COUNT(*) AS n FROM ballots WHERE round_id = ?').get(id) as {
			n: number;
		};
		expect(n.n).toBe(1);
		voting.setRoundStatus(s.db, s.facilitator, id, 'closed');
		expect(
			refusal(() => voting.castBallot(s.db, p, id, [{ themeId: s.themeIds[0], value: 1 }]))?.code
		).toBe('round_closed');
	});

	it('hides results until the round closes, from the facilitator too, and shows them per sector', async () => {
		const s = await withThemes();
		const id = voting.createRound(s.db, s.facilitator, { title: 'Consent', method: 'consent' });
		voting.setRoundStatus(s.db, s.facilitator, id, 'open', 'keep');
		const a = s.voter();
		const b = s.voter();
		updateProfile(s.db, a, {
			declaredSectorId: String(s.sectorId('Labour')),
			actorType: 'sectoral'
		});
		updateProfile(s.db, b, {
			declaredSectorId: String(s.sectorId('Farming')),
			actorType: 'digital'
		});
		voting.castBallot(s.db, a, id, [{ themeId: s.themeIds[0], value: 1 }]);
		voting.castBallot(s.db, b, id, [
			{ themeId: s.themeIds[0], value: 5, reason: 'It ignores small farmers' }
		]);
		expect(voting.roundResults(s.db, a, id).results).toBeNull();
		expect(voting.roundResults(s.db, a, id).turnout.ballots).toBe(2);
		expect(voting.roundResults(s.db, s.facilitator, id).results).toBeNull();
		voting.setRoundStatus(s.db, s.facilitator, id, 'closed');
		const r = voting.roundResults(s.db, a, id).results!;
		const theme = r.themes.find((t) => t.themeId === s.themeIds[0])!;
		expect(theme.blocks).toEqual([
			expect.objectContaining({
				reason: 'It ignores small farmers',
				sectorId: s.sectorId('Farming')
			})
		]);
		expect(theme.lowestSectorSupport?.sectorId).toBe(s.sectorId('Farming'));
	});

	it('lets a facilitator record a proxy ballot, flagged in the log', async () => {
		const s = await withThemes();
		const id = voting.createRound(s.db, s.facilitator, { title: 'Approval', method: 'approval' });
		voting.setRoundStatus(s.db, s.facilitator, id, 'open', 'keep');
		const absent = s.voter();
		voting.castBallot(
			s.db,
			s.facilitator,
			id,
			[{ themeId: s.themeIds[0], value: 1 }],
			absent.participantId
		);
		expect(voting.myBallot(s.db, absent, id)?.isProxy).toBe(true);
		expect(
			refusal(() =>
				voting.castBallot(
					s.db,
					absent,
					id,
					[{ themeId: s.themeIds[0], value: 1 }],
					s.facilitator.participantId
				)
			)?.code
		).toBe('wrong_role');
		const log = s.db
			.prepare("SELECT COUNT(*) AS n FROM change_log WHERE action = 'ballot.proxy'")
			.get() as { n: number };
		expect(log.n).toBe(1);
	});
});

describe('promotion to manifesto pointers', () => {
	it('promotes the top themes of a closed round once each, traced to the round', async () => {
		const s = await withThemes();
		const id = voting.createRound(s.db, s.facilitator, { title: 'Final', method: 'approval' });
		voting.setRoundStatus(s.db, s.facilitator, id, 'open', 'keep');
		voting.castBallot(s.db, s.voter(), id, [{ themeId: s.themeIds[1], value: 1 }]);
		expect(refusal(() => voting.promoteThemes(s.db, s.facilitator, id, { top: 1 }))?.code).toBe(
			'round_not_closed'
		);
		voting.setRoundStatus(s.db, s.facilitator, id, 'closed');
		expect(refusal(() => voting.promoteThemes(s.db, s.participant, id, { top: 1 }))?.code).toBe(
			'wrong_role'
		);
		const created = voting.promoteThemes(s.db, s.facilitator, id, { top: 1 });
		expect(created).toHaveLength(1);
		expect(voting.promotedThemeIds(s.db, s.facilitator)).toEqual([s.themeIds[1]]);
		// promoting again, or by hand, never duplicates a pointer
		expect(voting.promoteThemes(s.db, s.facilitator, id, { themeIds: [s.themeIds[1]] })).toEqual(
			[]
		);
		expect(
			refusal(() => voting.promoteThemes(s.db, s.facilitator, id, { themeIds: [99999] }))?.code
		).toBe('invalid');
		const row = s.db.prepare('SELECT round_id FROM pointer_themes').get() as { round_id: number };
		expect(row.round_id).toBe(id);
		// a threshold no theme reaches promotes nothing; one every supported theme reaches promotes the rest
		expect(
			refusal(() => voting.promoteThemes(s.db, s.facilitator, id, { minScore: 2 }))?.code
		).toBe('invalid');
		expect(voting.promoteThemes(s.db, s.facilitator, id, { minScore: 0 }).length).toBe(
			s.themeIds.length - 1
		);
	});
});

describe('a round with a timer', () => {
	it('closes by itself when the time is up, and takes no ballot after that', async () => {
		const s = await withThemes();
		expect(
			refusal(() =>
				voting.createRound(s.db, s.facilitator, {
					title: 'Too long',
					method: 'approval',
					timerMinutes: '999'
				})
			)?.fields
		).toEqual({ timerMinutes: 'invalid' });
		const id = voting.createRound(s.db, s.facilitator, {
			title: 'Five minutes',
			method: 'approval',
			timerMinutes: '5'
		});
		setClock('2026-03-25T10:00:00.000Z');
		try {
			voting.setRoundStatus(s.db, s.facilitator, id, 'open', 'keep');
			expect(voting.listRounds(s.db, s.participant)[0]).toMatchObject({
				status: 'open',
				closesAt: '2026-03-25T10:05:00.000Z'
			});
			setClock('2026-03-25T10:04:59.000Z');
			voting.castBallot(s.db, s.voter(), id, [{ themeId: s.themeIds[0], value: 1 }]);
			setClock('2026-03-25T10:05:00.000Z');
			expect(
				refusal(() =>
					voting.castBallot(s.db, s.voter(), id, [{ themeId: s.themeIds[0], value: 1 }])
				)?.code
			).toBe('round_closed');
			expect(voting.listRounds(s.db, s.participant)[0].status).toBe('closed');
			expect(voting.roundResults(s.db, s.participant, id).turnout.ballots).toBe(1);
		} finally {
			setClock(null);
		}
	});

	it('reads as closed at the bell without any write: results show as for a closed round, promotion works', async () => {
		const s = await withThemes();
		const id = voting.createRound(s.db, s.facilitator, {
			title: 'One minute',
			method: 'approval',
			timerMinutes: '1'
		});
		setClock('2026-03-25T10:00:00.000Z');
		try {
			voting.setRoundStatus(s.db, s.facilitator, id, 'open', 'keep');
			voting.castBallot(s.db, s.voter(), id, [{ themeId: s.themeIds[0], value: 1 }]);
			expect(voting.roundResults(s.db, s.participant, id).results).toBeNull();
			const writes = () =>
				s.db
					.prepare(
						'SELECT (SELECT COUNT(*) FROM change_log) AS log, (SELECT status FROM rounds WHERE id = ?) AS stored'
					)
					.get(id);
			const before = writes();
			setClock('2026-03-25T10:01:00.000Z');
			expect(voting.listRounds(s.db, s.participant)[0]).toMatchObject({
				status: 'closed',
				closedAt: '2026-03-25T10:01:00.000Z'
			});
			expect(voting.openRound(s.db, s.participant)).toBeNull();
			expect(
				voting
					.roundResults(s.db, s.participant, id)
					.results?.themes.find((t) => t.themeId === s.themeIds[0])?.score
			).toBe(1);
			expect(voting.ballotPaper(s.db, s.participant)).toMatchObject({
				round: null,
				lastClosed: { id }
			});
			expect(writes()).toEqual(before);
			expect(refusal(() => voting.setRoundStatus(s.db, s.facilitator, id, 'closed'))?.code).toBe(
				'conflict'
			);
			expect(voting.promoteThemes(s.db, s.facilitator, id, { top: 1 })).toHaveLength(1);
		} finally {
			setClock(null);
		}
	});
});

describe('proxy ballots for people without a phone', () => {
	it('add an offline participant with their sector, and count in the results', async () => {
		const s = await withThemes();
		const id = voting.createRound(s.db, s.facilitator, { title: 'Approval', method: 'approval' });
		voting.setRoundStatus(s.db, s.facilitator, id, 'open', 'keep');
		voting.castProxyBallot(s.db, s.facilitator, id, [{ themeId: s.themeIds[0], value: 1 }], {
			displayName: 'Amina',
			declaredSectorId: String(s.sectorId('Farming'))
		});
		expect(refusal(() => voting.castProxyBallot(s.db, s.participant, id, [], {}))?.code).toBe(
			'wrong_role'
		);
		// a refused proxy ballot leaves no participant behind
		const people = () =>
			(s.db.prepare('SELECT COUNT(*) AS n FROM participants').get() as { n: number }).n;
		const before = people();
		expect(
			refusal(() =>
				voting.castProxyBallot(s.db, s.facilitator, id, [{ themeId: 99999, value: 1 }], {})
			)?.code
		).toBe('invalid');
		expect(people()).toBe(before);
		voting.setRoundStatus(s.db, s.facilitator, id, 'closed');
		const r = voting.roundResults(s.db, s.facilitator, id).results!;
		const t = r.themes.find((x) => x.themeId === s.themeIds[0])!;
		expect(t.bySector.find((b) => b.sectorId === s.sectorId('Farming'))?.ballots).toBe(1);
	});
});

describe('hidden results', () => {
	// a reason only a ballot holds: wherever it shows up, a ballot's content has left the server
	const SECRET = 'Only the ballot box knows this';

	/** An open consent round with hidden results, a ballot and a proxy ballot in it, and a reader of each role. */
	async function hiddenRound() {
		const s = await withThemes();
		const id = voting.createRound(s.db, s.facilitator, { title: 'Hidden', method: 'consent' });
		voting.setRoundStatus(s.db, s.facilitator, id, 'open', 'keep');
		voting.castBallot(s.db, s.voter(), id, [{ themeId: s.themeIds[0], value: 5, reason: SECRET }]);
		voting.castProxyBallot(s.db, s.facilitator, id, [{ themeId: s.themeIds[0], value: 1 }], {
			displayName: 'Amina'
		});
		const readers = {
			facilitator: s.facilitator,
			rapporteur: s.rapporteur('Labour'),
			participant: s.participant
		};
		return { ...s, id, readers };
	}
	const csvRows = (csv: string) => csv.trim().split('\r\n').slice(1);

	it('gives turnout only, to every role, through every service, until the round closes', async () => {
		const s = await hiddenRound();
		for (const [role, actor] of Object.entries(s.readers)) {
			const results = voting.roundResults(s.db, actor, s.id);
			expect(results.results, role).toBeNull();
			expect(results.turnout.ballots, role).toBe(2);
			const page = voting.resultsPage(s.db, actor, s.id);
			expect(page.results, role).toBeNull();
			expect(page.turnout.ballots, role).toBe(2);
			const list = voting.roundsWithTurnout(s.db, actor);
			expect(list.find((r) => r.id === s.id)?.turnout.ballots, role).toBe(2);
			const paper = voting.ballotPaper(s.db, actor);
			expect(paper.ballot, role).toBeNull();
			for (const seen of [results, page, list, paper]) {
				expect(JSON.stringify(seen), role).not.toContain(SECRET);
				expect(JSON.stringify(seen), role).not.toContain('"score"');
			}
		}
		// the ballots file leaves the round out; only the facilitator may download it at all
		expect(csvRows(ballotsCsv(s.db, s.facilitator))).toEqual([]);
		for (const actor of [s.readers.rapporteur, s.readers.participant])
			expect(refusal(() => ballotsCsv(s.db, actor))?.code).toBe('wrong_role');
		// the manifesto and its provenance count closed rounds only
		expect(manifestoInput(s.db, s.event.id).votes).toEqual([]);
		// the event file is a backup, not a display: it keeps every ballot, so it restores the vote whole
		expect(exportEventFor(s.db, s.facilitator).ballots).toHaveLength(2);
	});

	it('shows the tally to everyone once the round closes', async () => {
		const s = await hiddenRound();
		voting.setRoundStatus(s.db, s.facilitator, s.id, 'closed');
		for (const [role, actor] of Object.entries(s.readers)) {
			const page = voting.resultsPage(s.db, actor, s.id);
			const theme = page.results?.themes.find((t) => t.themeId === s.themeIds[0]);
			expect(theme?.blocks, role).toEqual([expect.objectContaining({ reason: SECRET })]);
		}
		const rows = csvRows(ballotsCsv(s.db, s.facilitator));
		expect(rows).toHaveLength(2);
		expect(rows.join('\n')).toContain(SECRET);
		expect(manifestoInput(s.db, s.event.id).votes.map((v) => v.roundId)).toContain(s.id);
	});

	it('shows the tally of a live round to everyone while it is open, and exports its ballots', async () => {
		const s = await withThemes();
		const id = voting.createRound(s.db, s.facilitator, {
			title: 'Live',
			method: 'approval',
			resultsVisibility: 'live'
		});
		expect(voting.roundResults(s.db, s.facilitator, id).results).toBeNull();
		voting.setRoundStatus(s.db, s.facilitator, id, 'open', 'keep');
		voting.castBallot(s.db, s.voter(), id, [{ themeId: s.themeIds[0], value: 1 }]);
		for (const actor of [s.facilitator, s.rapporteur('Gender'), s.participant])
			expect(voting.roundResults(s.db, actor, id).results?.ballots).toBe(1);
		expect(csvRows(ballotsCsv(s.db, s.facilitator))).toHaveLength(1);
	});
});

describe('turnout', () => {
	it('counts participants only, offline proxies included, never facilitators or rapporteurs', async () => {
		const s = await withThemes();
		s.rapporteur('Labour');
		s.rapporteur('Farming');
		const id = voting.createRound(s.db, s.facilitator, { title: 'Approval', method: 'approval' });
		voting.setRoundStatus(s.db, s.facilitator, id, 'open', 'keep');
		const turnoutNow = () => ({
			results: voting.roundResults(s.db, s.facilitator, id).turnout,
			list: voting.roundsWithTurnout(s.db, s.facilitator).find((r) => r.id === id)!.turnout
		});
		// the facilitator, two rapporteurs and one participant have opened a link: one could vote
		expect(turnoutNow().results).toEqual({ ballots: 0, present: 1, share: 0 });
		voting.castBallot(s.db, s.voter(), id, [{ themeId: s.themeIds[0], value: 1 }]);
		voting.castProxyBallot(s.db, s.facilitator, id, [{ themeId: s.themeIds[0], value: 1 }], {
			displayName: 'Amina'
		});
		const { results, list } = turnoutNow();
		expect(results).toEqual({ ballots: 2, present: 3, share: 2 / 3 });
		expect(list).toEqual(results);
	});
});
