import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import * as themes from '$lib/server/services/themes';
import * as voting from '$lib/server/services/voting';
import { submitStatement, withdrawStatement } from '$lib/server/services/statements';
import { changePhase } from '$lib/server/services/events';
import { joinWithCode, updateProfile } from '$lib/server/services/access';
import { ballotsCsv, statementsCsv, themesCsv, toCsv } from '$lib/server/services/csv-exports';
import { refusal, seededEvent } from './helpers';

/** The rows of a downloaded CSV, after checking it starts with a byte-order mark. */
function rows(csv: string): Record<string, string>[] {
	expect(csv.startsWith('\uFEFF')).toBe(true);
	const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
		header: true,
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	return parsed.data;
}

async function withVotes() {
	const s = seededEvent();
	const { db, facilitator } = s;
	changePhase(db, facilitator, 'breakouts');
	const texts: [string, string][] = [
		['Labour', '=HYPERLINK("http://example.org","gig workers lose their pay")'],
		['Labour', 'Platform algorithms set gig workers pay without transparency'],
		['Gender', 'Women gig workers say "no", loudly,\nand platforms cut their pay'],
		['Farming', '+Agritech firms extract farm data and sell it back to farmers'],
		['Farming', 'Seed data and soil data are extracted from farmers by agritech firms'],
		['Gender', '@Women farmers lose control of farm data extracted by agritech apps']
	];
	const ids = texts.map(
		([sector, text]) =>
			submitStatement(db, facilitator, s.sectorId(sector), {
				text,
				title: sector === 'Gender' ? '-Gender view' : ''
			}).id
	);
	const withdrawn = submitStatement(db, facilitator, s.sectorId('Labour'), {
		text: 'Written twice by mistake, then withdrawn'
	}).id;
	withdrawStatement(db, facilitator, withdrawn);
	await themes.proposeEventThemes(db, facilitator);
	const live = themes.boardOf(db, facilitator).themes;
	for (const t of live) themes.setThemeStatus(db, facilitator, t.id, 'accepted');
	const voter = () => joinWithCode(db, s.links.join!.code!).actor;
	const [ana, ben] = [voter(), voter()];
	updateProfile(db, ana, { declaredSectorId: String(s.sectorId('Gender')), actorType: 'digital' });
	const round = voting.createRound(db, facilitator, { title: 'Consent', method: 'consent' });
	voting.setRoundStatus(db, facilitator, round, 'open', 'keep');
	const [first, second] = live.map((t) => t.id);
	voting.castBallot(db, ben, round, [{ themeId: first, value: 2 }]);
	voting.castBallot(
		db,
		ana,
		round,
		[
			{ themeId: first, value: 5, reason: '=1+2 leaves farmers out' },
			{ themeId: second ?? first, value: 1 }
		].slice(0, second ? 2 : 1)
	);
	voting.castProxyBallot(db, facilitator, round, [{ themeId: first, value: 1 }], {
		displayName: 'Offline',
		declaredSectorId: String(s.sectorId('Farming'))
	});
	voting.setRoundStatus(db, facilitator, round, 'closed');
	return { ...s, ids, withdrawn, round, ana, ben };
}

describe('CSV exports', () => {
	it('neutralise formulas, quote commas, quotes and line breaks, and leave numbers alone', () => {
		const csv = toCsv(
			['a', 'b'],
			[
				['=1+1', '+1'],
				['-1', '@x'],
				['\tx', '\rx'],
				['=1\n2', 'say "no", then'],
				[-5, null]
			]
		);
		const data = rows(csv);
		expect(data.map((r) => [r.a, r.b])).toEqual([
			["'=1+1", "'+1"],
			["'-1", "'@x"],
			["'\tx", "'\rx"],
			["'=1\n2", 'say "no", then'],
			['-5', '']
		]);
		expect(csv).toContain('\r\n');
	});

	it('list every statement with its sector, status and themes', async () => {
		const s = await withVotes();
		const data = rows(statementsCsv(s.db, s.facilitator));
		expect(Object.keys(data[0])).toEqual([
			'id',
			'sector',
			'title',
			'text',
			'lang',
			'actor_type',
			'source',
			'status',
			'created_at',
			'updated_at',
			'withdrawn_at',
			'theme_ids'
		]);
		expect(data.map((r) => Number(r.id))).toEqual([...s.ids, s.withdrawn]);
		expect(data[0]).toMatchObject({
			sector: 'Labour',
			text: `'=HYPERLINK("http://example.org","gig workers lose their pay")`,
			status: 'active',
			source: 'form'
		});
		expect(data[2]).toMatchObject({
			sector: 'Gender',
			title: "'-Gender view",
			text: 'Women gig workers say "no", loudly,\nand platforms cut their pay'
		});
		expect(data[3].text).toBe("'+Agritech firms extract farm data and sell it back to farmers");
		expect(data.at(-1)).toMatchObject({ status: 'withdrawn', theme_ids: '' });
		expect(data.at(-1)!.withdrawn_at).not.toBe('');
		const board = themes.boardOf(s.db, s.facilitator);
		const themeOf = board.themes.find((t) => t.members.some((m) => m.statementId === s.ids[1]))!;
		expect(data[1].theme_ids.split('; ')).toContain(String(themeOf.id));
	});

	it('list every theme with its statements, sectors and cross-sector score', async () => {
		const s = await withVotes();
		const data = rows(themesCsv(s.db, s.facilitator));
		expect(Object.keys(data[0])).toEqual([
			'theme_id',
			'status',
			'label',
			'description',
			'key_phrases',
			'statement_count',
			'sector_count',
			'sectors',
			'cross_sector_score',
			'statement_ids'
		]);
		const board = themes.boardOf(s.db, s.facilitator);
		expect(data.map((r) => Number(r.theme_id))).toEqual(board.themes.map((t) => t.id));
		for (const [i, t] of board.themes.entries()) {
			const ids = t.members.map((m) => m.statementId).sort((a, b) => a - b);
			expect(data[i]).toMatchObject({
				status: 'accepted',
				statement_count: String(ids.length),
				statement_ids: ids.join('; '),
				key_phrases: t.keyPhrases.join('; ')
			});
			const sectors = new Set(t.members.map((m) => m.statement.sectorId));
			expect(Number(data[i].sector_count)).toBe(sectors.size);
			expect(Number(data[i].cross_sector_score)).toBeCloseTo(t.crossSector, 3);
		}
	});

	it('list every mark of every ballot, voters numbered, proxies flagged, formulas neutralised', async () => {
		const s = await withVotes();
		const data = rows(ballotsCsv(s.db, s.facilitator));
		expect(Object.keys(data[0])).toEqual([
			'round_id',
			'round',
			'method',
			'participant',
			'declared_sector',
			'actor_type',
			'proxy',
			'theme_id',
			'theme',
			'value',
			'priority',
			'reason'
		]);
		expect(new Set(data.map((r) => r.participant))).toEqual(new Set(['1', '2', '3']));
		// numbered by who joined first, not by database id: Ana joined before Ben
		const ana = data.filter((r) => r.participant === '1');
		expect(ana[0]).toMatchObject({
			round: 'Consent',
			method: 'consent',
			declared_sector: 'Gender',
			actor_type: 'digital',
			proxy: 'no'
		});
		expect(ana.find((r) => r.value === '5')!.reason).toBe("'=1+2 leaves farmers out");
		expect(data.filter((r) => r.proxy === 'yes')).toEqual([
			expect.objectContaining({
				participant: '3',
				declared_sector: 'Farming',
				value: '1',
				priority: 'no'
			})
		]);
		expect(data.every((r) => r.round_id === String(s.round))).toBe(true);
	});

	it('are for the facilitator only', async () => {
		const s = await withVotes();
		for (const csv of [statementsCsv, themesCsv, ballotsCsv]) {
			expect(refusal(() => csv(s.db, s.rapporteur('Labour')))?.code).toBe('wrong_role');
			expect(refusal(() => csv(s.db, s.participant))?.code).toBe('wrong_role');
			expect(refusal(() => csv(s.db, null))?.code).toBe('not_signed_in');
		}
	});
});
