import { describe, expect, it } from 'vitest';
import * as themes from '$lib/server/services/themes';
import { submitStatement, withdrawStatement } from '$lib/server/services/statements';
import { changePhase } from '$lib/server/services/events';
import { loadDemo } from '$lib/server/demo/load';
import { openLink } from '$lib/server/services/access';
import { currentLinks } from '$lib/server/services/links';
import { freshDb, refusal, seededEvent } from './helpers';
import { themesCsv } from '$lib/server/services/csv-exports';

/** A small event whose statements fall into two obvious topics. */
function withStatements() {
	const s = seededEvent();
	changePhase(s.db, s.facilitator, 'breakouts');
	const texts: [string, string][] = [
		['Labour', 'Gig platform workers are deactivated by algorithms without appeal'],
		['Labour', 'Platform algorithms set gig workers pay without transparency'],
		['Gender', 'Women gig workers on delivery platforms face algorithmic pay cuts'],
		['Farming', 'Seed data and soil data are extracted from farmers by agritech firms'],
		['Farming', 'Agritech firms extract farm data and sell it back to farmers'],
		['Gender', 'Women farmers lose control of farm data extracted by agritech apps']
	];
	const ids = texts.map(
		([sector, text]) => submitStatement(s.db, s.facilitator, s.sectorId(sector), { text }).id
	);
	return { ...s, ids };
}

const themeOf = (board: ReturnType<typeof themes.boardOf>, statementId: number) =>
	board.themes
		.filter((t) => t.status !== 'discarded' && t.members.some((m) => m.statementId === statementId))
		.map((t) => t.id);

describe('proposing themes', () => {
	it('groups the statements into themes, each with members, key phrases and sectors', async () => {
		const s = withStatements();
		const { created } = await themes.proposeEventThemes(s.db, s.facilitator);
		expect(created).toBeGreaterThanOrEqual(2);
		const board = themes.boardOf(s.db, s.facilitator);
		// the two topics never share a theme
		const gig = themeOf(board, s.ids[0]);
		const farm = themeOf(board, s.ids[3]);
		expect(gig).toHaveLength(1);
		expect(farm).toHaveLength(1);
		expect(gig[0]).not.toBe(farm[0]);
		const t = board.themes.find((x) => x.id === gig[0])!;
		expect(t.status).toBe('proposed');
		expect(t.keyPhrases.length).toBeGreaterThan(0);
		expect(t.members.every((m) => m.similarity !== null)).toBe(true);
	});

	it("proposes the number of themes asked for, each named by a key point in a member's words", async () => {
		const s = seededEvent();
		changePhase(s.db, s.facilitator, 'breakouts');
		const topics = [
			['Labour', 'Delivery riders lose wages when the app changes pay rules overnight'],
			['Labour', 'Riders lose wages to app pay rules nobody can see'],
			['Gender', 'Women riders lose wages to opaque app pay rules'],
			['Farming', 'Seed data is taken from farmers by agritech apps'],
			['Farming', 'Agritech apps take seed data from farmers without consent'],
			['Gender', 'Women farmers see their seed data taken by agritech apps'],
			['Labour', 'Clinics share patient records with insurers without consent'],
			['Gender', 'Patient records from clinics are sold to insurers'],
			['Farming', 'Community radio loses its frequency to commercial broadcasters'],
			['Labour', 'Commercial broadcasters buy the frequencies of community radio']
		];
		const texts = topics.map(([sector, text]) => {
			submitStatement(s.db, s.facilitator, s.sectorId(sector), { text });
			return text;
		});
		const { created, shortfall } = await themes.proposeEventThemes(s.db, s.facilitator, '4');
		expect(created).toBe(4);
		expect(shortfall).toBeNull();
		const live = themes.boardOf(s.db, s.facilitator).themes.filter((t) => t.status !== 'discarded');
		expect(live).toHaveLength(4);
		for (const t of live) {
			// a sentence from one of its statements, not a list of key phrases
			expect(t.label).not.toContain(' · ');
			const words = t.label.toLowerCase().replace(/…$/, '');
			expect(texts.some((x) => x.toLowerCase().includes(words.slice(1)))).toBe(true);
		}
		// the preview asks for the same number, and applying gives what it showed
		const preview = await themes.previewProposal(s.db, s.facilitator, '3');
		expect(preview.appear).toHaveLength(3);
		expect(preview.shortfall).toBeNull();
	});

	it('says how many themes could be formed when more are asked for than the statements hold', async () => {
		const s = withStatements();
		const { created, shortfall } = await themes.proposeEventThemes(s.db, s.facilitator, '60');
		expect(created).toBeLessThan(60);
		expect(shortfall).toEqual({ asked: 60, formed: created, min: 2 });
	});

	it('refuses a number of themes that is not a whole number from 1 to 60, changing nothing', async () => {
		const s = withStatements();
		await themes.proposeEventThemes(s.db, s.facilitator);
		const before = themes.boardOf(s.db, s.facilitator);
		for (const k of ['0', '61', '2.5', 'many', '-3', '1e2'])
			expect(
				await themes.proposeEventThemes(s.db, s.facilitator, k).then(
					() => null,
					(e) => ({ code: e.code, fields: e.fields })
				)
			).toEqual({ code: 'invalid', fields: { k: 'themes_wanted' } });
		await expect(themes.previewProposal(s.db, s.facilitator, 'x')).rejects.toMatchObject({
			code: 'invalid'
		});
		expect(themes.boardOf(s.db, s.facilitator)).toEqual(before);
	});

	it('is for facilitators only', async () => {
		const s = withStatements();
		await expect(themes.proposeEventThemes(s.db, s.rapporteur('Labour'))).rejects.toMatchObject({
			code: 'wrong_role'
		});
		await expect(themes.proposeEventThemes(s.db, s.participant)).rejects.toMatchObject({
			code: 'wrong_role'
		});
	});

	it('re-proposing keeps accepted and locked themes and every manual move, replacing only untouched proposals', async () => {
		const s = withStatements();
		await themes.proposeEventThemes(s.db, s.facilitator);
		let board = themes.boardOf(s.db, s.facilitator);
		const gig = themeOf(board, s.ids[0])[0];
		const farm = themeOf(board, s.ids[3])[0];
		themes.setThemeStatus(s.db, s.facilitator, gig, 'locked');
		themes.describeTheme(s.db, s.facilitator, gig, {
			label: 'Platform work',
			description: 'Pay and deactivation'
		});
		// a human places a farm statement in the gig theme
		themes.moveStatement(s.db, s.facilitator, s.ids[5], farm, gig);
		submitStatement(s.db, s.facilitator, s.sectorId('Labour'), {
			text: 'Farm workers data is extracted by agritech firms too'
		});
		await themes.proposeEventThemes(s.db, s.facilitator);
		board = themes.boardOf(s.db, s.facilitator);
		const kept = board.themes.find((t) => t.id === gig)!;
		expect(kept).toMatchObject({ label: 'Platform work', status: 'locked' });
		expect(kept.members.map((m) => m.statementId).sort()).toEqual(
			[s.ids[0], s.ids[1], s.ids[2], s.ids[5]].sort()
		);
		// the theme the statement was moved out of was touched too: it stays, less that statement
		expect(
			board.themes
				.find((t) => t.id === farm)
				?.members.map((m) => m.statementId)
				.sort()
		).toEqual([s.ids[3], s.ids[4]].sort());
		// every active statement sits somewhere: a theme or the unassigned lane
		const placed = new Set(
			board.themes
				.filter((t) => t.status !== 'discarded')
				.flatMap((t) => t.members.map((m) => m.statementId))
		);
		for (const u of board.unassigned) placed.add(u.id);
		expect(placed.size).toBe(7);
	});

	it('gives the demo event cross-cutting themes that span several sectors', async () => {
		const db = freshDb();
		const key = Buffer.alloc(32, 5);
		const demo = loadDemo(db, key);
		const facilitatorLink = currentLinks(db, key, {
			participantId: 0,
			eventId: demo.id,
			role: 'facilitator',
			sectorId: null
		}).facilitator!;
		const f = openLink(db, facilitatorLink.path!.slice(3)).actor;
		await themes.proposeEventThemes(db, f);
		const board = themes.boardOf(db, f);
		const spans = board.themes.map((t) => new Set(t.members.map((m) => m.statement.sectorId)).size);
		expect(spans.filter((n) => n >= 5).length).toBeGreaterThanOrEqual(3);
		// the first proposal makes every statement's sentence vector (the model loads once)
	}, 60_000);
});

describe('curating themes', () => {
	async function proposed() {
		const s = withStatements();
		await themes.proposeEventThemes(s.db, s.facilitator);
		const board = themes.boardOf(s.db, s.facilitator);
		return { ...s, gig: themeOf(board, s.ids[0])[0], farm: themeOf(board, s.ids[3])[0] };
	}

	// each kind of human edit, and the themes it touched
	const edits: [string, (s: Awaited<ReturnType<typeof proposed>>) => number[]][] = [
		[
			'a rename',
			(s) => {
				themes.describeTheme(s.db, s.facilitator, s.gig, { label: 'Gig work', description: '' });
				return [s.gig];
			}
		],
		[
			'a description',
			(s) => {
				const label = themes.boardOf(s.db, s.facilitator).themes.find((t) => t.id === s.gig)!.label;
				themes.describeTheme(s.db, s.facilitator, s.gig, { label, description: 'Platforms' });
				return [s.gig];
			}
		],
		[
			'a move into one theme and out of another',
			(s) => (themes.moveStatement(s.db, s.facilitator, s.ids[5], s.farm, s.gig), [s.gig, s.farm])
		],
		['a merge', (s) => (themes.mergeThemes(s.db, s.facilitator, s.farm, s.gig), [s.gig])],
		[
			'a split',
			(s) => [s.gig, themes.splitTheme(s.db, s.facilitator, s.gig, [s.ids[0]], 'Deactivation')]
		],
		['a link', (s) => (themes.linkStatement(s.db, s.facilitator, s.ids[5], s.gig), [s.gig])],
		[
			'a theme made by hand',
			(s) => [themes.createManualTheme(s.db, s.facilitator, 'Farm data', [s.ids[3]])]
		]
	];
	for (const [name, edit] of edits)
		it(`keeps ${name} when the engine proposes again`, async () => {
			const s = await proposed();
			const touchedIds = edit(s);
			const shape = () =>
				themes
					.boardOf(s.db, s.facilitator)
					.themes.filter((t) => touchedIds.includes(t.id))
					.map((t) => ({
						id: t.id,
						label: t.label,
						description: t.description,
						status: t.status,
						members: t.members.map((m) => m.statementId).sort()
					}));
			const before = shape();
			expect(before).toHaveLength(touchedIds.length);
			const preview = await themes.previewProposal(s.db, s.facilitator);
			expect(preview.disappear.map((t) => t.id)).not.toEqual(
				expect.arrayContaining([expect.toBeOneOf(touchedIds)])
			);
			await themes.proposeEventThemes(s.db, s.facilitator);
			expect(shape()).toEqual(before);
		});

	it('forgets an edit that was undone: the theme is the engine’s again', async () => {
		const s = await proposed();
		themes.describeTheme(s.db, s.facilitator, s.gig, { label: 'Gig work', description: '' });
		themes.undo(s.db, s.facilitator);
		const preview = await themes.previewProposal(s.db, s.facilitator);
		expect(preview.disappear.map((t) => t.id)).toContain(s.gig);
	});

	it('gives each theme the breadth of its members as they are now, after every step', async () => {
		const s = await proposed();
		const breadth = (id: number) =>
			themes.boardOf(s.db, s.facilitator).themes.find((t) => t.id === id)!.crossSector;
		const sectorsOf = (id: number) =>
			new Set(
				themes
					.boardOf(s.db, s.facilitator)
					.themes.find((t) => t.id === id)!
					.members.map((m) => m.statement.sectorId)
			).size;
		// the gig theme's Gender statement moves out: one sector left, no breadth
		themes.moveStatement(s.db, s.facilitator, s.ids[2], s.gig, s.farm);
		expect(sectorsOf(s.gig)).toBe(1);
		expect(breadth(s.gig)).toBe(0);
		const farmBefore = breadth(s.farm);
		// merged into the farm theme, the Labour statements widen it at once
		themes.mergeThemes(s.db, s.facilitator, s.gig, s.farm);
		expect(sectorsOf(s.farm)).toBe(3);
		expect(breadth(s.farm)).toBeGreaterThan(farmBefore);
		// the same figure in the themes export
		const csv = themesCsv(s.db, s.facilitator);
		const line = csv.split('\n').find((l) => l.startsWith(`${s.farm},`))!;
		expect(line).toContain(`,${breadth(s.farm)},`);
	});

	it('moves, links, unlinks, merges, splits, creates and discards, never losing a statement', async () => {
		const s = await proposed();
		themes.moveStatement(s.db, s.facilitator, s.ids[2], s.gig, s.farm);
		expect(themeOf(themes.boardOf(s.db, s.facilitator), s.ids[2])).toEqual([s.farm]);
		themes.linkStatement(s.db, s.facilitator, s.ids[2], s.gig);
		expect(themeOf(themes.boardOf(s.db, s.facilitator), s.ids[2]).sort()).toEqual(
			[s.gig, s.farm].sort()
		);
		themes.unlinkStatement(s.db, s.facilitator, s.ids[2], s.gig);
		const split = themes.splitTheme(
			s.db,
			s.facilitator,
			s.farm,
			[s.ids[2]],
			'Women in the digital economy'
		);
		expect(themeOf(themes.boardOf(s.db, s.facilitator), s.ids[2])).toEqual([split]);
		themes.mergeThemes(s.db, s.facilitator, split, s.gig, 'Gig work and gender');
		let board = themes.boardOf(s.db, s.facilitator);
		expect(board.themes.find((t) => t.id === s.gig)?.label).toBe('Gig work and gender');
		expect(board.themes.some((t) => t.id === split)).toBe(false);
		const manual = themes.createManualTheme(s.db, s.facilitator, 'Data commons', []);
		themes.setThemeStatus(s.db, s.facilitator, s.farm, 'discarded');
		board = themes.boardOf(s.db, s.facilitator);
		expect(board.unassigned.map((x) => x.id).sort()).toEqual([s.ids[3], s.ids[4], s.ids[5]].sort());
		expect(board.themes.find((t) => t.id === manual)).toMatchObject({
			status: 'accepted',
			origin: 'manual'
		});
	});

	it('refuses a stale action with a conflict and changes nothing', async () => {
		const s = await proposed();
		const version = themes.boardOf(s.db, s.facilitator).themes.find((t) => t.id === s.gig)!.version;
		themes.describeTheme(
			s.db,
			s.facilitator,
			s.gig,
			{ label: 'First facilitator’s name' },
			version
		);
		expect(
			refusal(() =>
				themes.describeTheme(
					s.db,
					s.facilitator,
					s.gig,
					{ label: 'Second facilitator’s name' },
					version
				)
			)?.code
		).toBe('conflict');
		themes.mergeThemes(s.db, s.facilitator, s.farm, s.gig);
		// the theme merged away cannot be acted on any more
		expect(
			refusal(() => themes.moveStatement(s.db, s.facilitator, s.ids[0], s.gig, s.farm))?.code
		).toBe('conflict');
		expect(themes.boardOf(s.db, s.facilitator).themes.find((t) => t.id === s.gig)?.label).toBe(
			'First facilitator’s name'
		);
	});

	it('refuses empty labels and withdrawn or unknown statements', async () => {
		const s = await proposed();
		expect(
			refusal(() => themes.describeTheme(s.db, s.facilitator, s.gig, { label: '  ' }))
		).toEqual({ code: 'invalid', fields: { label: 'required' } });
		withdrawStatement(s.db, s.facilitator, s.ids[0]);
		expect(
			refusal(() => themes.moveStatement(s.db, s.facilitator, s.ids[0], s.gig, s.farm))?.code
		).toBe('not_found');
		expect(refusal(() => themes.linkStatement(s.db, s.facilitator, 99999, s.gig))?.code).toBe(
			'not_found'
		);
		expect(
			refusal(() => themes.setThemeStatus(s.db, s.rapporteur('Labour'), s.gig, 'accepted'))?.code
		).toBe('wrong_role');
	});
});

describe('undo and redo', () => {
	it('undoes and redoes each step, merges included', async () => {
		const s = withStatements();
		await themes.proposeEventThemes(s.db, s.facilitator);
		const board0 = themes.boardOf(s.db, s.facilitator);
		const gig = themeOf(board0, s.ids[0])[0];
		const farm = themeOf(board0, s.ids[3])[0];
		const labelOf = () =>
			themes.boardOf(s.db, s.facilitator).themes.find((t) => t.id === gig)?.label;
		const before = labelOf();
		themes.describeTheme(s.db, s.facilitator, gig, { label: 'Platform work' });
		themes.mergeThemes(s.db, s.facilitator, farm, gig, 'Everything');
		expect(themes.undoState(s.db, s.facilitator)).toEqual({ undo: 'themes.merge', redo: null });
		themes.undo(s.db, s.facilitator);
		expect(labelOf()).toBe('Platform work');
		expect(themeOf(themes.boardOf(s.db, s.facilitator), s.ids[3])).toEqual([farm]);
		themes.undo(s.db, s.facilitator);
		expect(labelOf()).toBe(before);
		expect(themes.undoState(s.db, s.facilitator)).toEqual({
			undo: 'themes.propose',
			redo: 'themes.describe'
		});
		themes.redo(s.db, s.facilitator);
		themes.redo(s.db, s.facilitator);
		expect(labelOf()).toBe('Everything');
		expect(themeOf(themes.boardOf(s.db, s.facilitator), s.ids[3])).toEqual([gig]);
		expect(refusal(() => themes.redo(s.db, s.facilitator))?.code).toBe('not_found');
	});

	it('skips an undo over a later change by another facilitator, overwriting nothing', async () => {
		const s = withStatements();
		await themes.proposeEventThemes(s.db, s.facilitator);
		const gig = themeOf(themes.boardOf(s.db, s.facilitator), s.ids[0])[0];
		const other = openLink(s.db, s.links.facilitator!.path!.slice(3)).actor;
		themes.describeTheme(s.db, s.facilitator, gig, { label: 'Mine' });
		themes.describeTheme(s.db, other, gig, { label: 'Theirs' });
		expect(themes.undo(s.db, s.facilitator)).toEqual({
			action: 'themes.describe',
			skipped: { reason: 'changed', labels: ['Theirs'] }
		});
		expect(themes.boardOf(s.db, s.facilitator).themes.find((t) => t.id === gig)?.label).toBe(
			'Theirs'
		);
		// not stuck: the skipped step is off the stack, and the next undo takes the one before
		expect(themes.undoState(s.db, s.facilitator)).toEqual({ undo: 'themes.propose', redo: null });
		// the other facilitator's own undo works
		themes.undo(s.db, other);
		expect(themes.boardOf(s.db, s.facilitator).themes.find((t) => t.id === gig)?.label).toBe(
			'Mine'
		);
	});

	it('keeps at least fifty steps', async () => {
		const s = withStatements();
		await themes.proposeEventThemes(s.db, s.facilitator);
		const gig = themeOf(themes.boardOf(s.db, s.facilitator), s.ids[0])[0];
		for (let i = 0; i < 55; i++)
			themes.describeTheme(s.db, s.facilitator, gig, { label: `Name ${i}` });
		for (let i = 0; i < 50; i++) themes.undo(s.db, s.facilitator);
		expect(themes.boardOf(s.db, s.facilitator).themes.find((t) => t.id === gig)?.label).toBe(
			'Name 4'
		);
	});
});

describe('re-proposing with a preview, suggestions and history', () => {
	it('previews exactly what applying then does, and changes nothing until then', async () => {
		const s = withStatements();
		await themes.proposeEventThemes(s.db, s.facilitator);
		const gig = themeOf(themes.boardOf(s.db, s.facilitator), s.ids[0])[0];
		themes.setThemeStatus(s.db, s.facilitator, gig, 'accepted');
		submitStatement(s.db, s.facilitator, s.sectorId('Farming'), {
			text: 'Agritech firms extract soil data from smallholder farmers'
		});
		const before = JSON.stringify(themes.boardOf(s.db, s.facilitator));
		const preview = await themes.previewProposal(s.db, s.facilitator);
		expect(JSON.stringify(themes.boardOf(s.db, s.facilitator))).toBe(before);
		expect(preview.kept).toBe(1);
		expect(preview.disappear.length).toBeGreaterThan(0);
		await themes.proposeEventThemes(s.db, s.facilitator);
		const after = themes.boardOf(s.db, s.facilitator).themes.filter((t) => t.status === 'proposed');
		expect(after.map((t) => t.label).sort()).toEqual(preview.appear.map((t) => t.label).sort());
		expect(after.map((t) => t.members.length).sort()).toEqual(
			preview.appear.map((t) => t.size).sort()
		);
	});

	it('suggests a theme for a statement written after the proposal, without placing it', async () => {
		const s = withStatements();
		await themes.proposeEventThemes(s.db, s.facilitator);
		const farm = themeOf(themes.boardOf(s.db, s.facilitator), s.ids[3])[0];
		const late = submitStatement(s.db, s.facilitator, s.sectorId('Labour'), {
			text: 'Agritech firms extract farm data from farmers and sell it'
		});
		const suggestions = themes.suggestPlacements(s.db, s.facilitator);
		expect(suggestions.get(late.id)?.themeId).toBe(farm);
		expect(themes.boardOf(s.db, s.facilitator).unassigned.map((x) => x.id)).toContain(late.id);
	});

	it('keeps a readable history of who did what, undos included', async () => {
		const s = withStatements();
		await themes.proposeEventThemes(s.db, s.facilitator);
		const gig = themeOf(themes.boardOf(s.db, s.facilitator), s.ids[0])[0];
		themes.describeTheme(s.db, s.facilitator, gig, { label: 'Platform work' });
		themes.undo(s.db, s.facilitator);
		const history = themes.themeHistory(s.db, s.facilitator);
		expect(history.map((h) => [h.action, h.undone])).toEqual([
			['themes.undo', 'themes.describe'],
			['themes.describe', null],
			['themes.propose', null]
		]);
		expect(history.every((h) => h.actorId === s.facilitator.participantId)).toBe(true);
		expect(() => themes.themeHistory(s.db, s.participant)).toThrow();
	});

	it('names the themes of every step, and what they were and became', async () => {
		const s = withStatements();
		await themes.proposeEventThemes(s.db, s.facilitator);
		const board = themes.boardOf(s.db, s.facilitator);
		const gig = themeOf(board, s.ids[0])[0];
		const farm = themeOf(board, s.ids[3])[0];
		const engineLabel = board.themes.find((t) => t.id === gig)!.label;
		const farmLabel = board.themes.find((t) => t.id === farm)!.label;
		themes.describeTheme(s.db, s.facilitator, gig, { label: 'Platform work' });
		themes.setThemeStatus(s.db, s.facilitator, gig, 'accepted');
		themes.moveStatement(s.db, s.facilitator, s.ids[5], farm, gig);
		themes.mergeThemes(s.db, s.facilitator, farm, gig);
		const details = themes.themeHistory(s.db, s.facilitator).map((h) => h.detail);
		expect(details).toEqual([
			{ kind: 'merge', from: farmLabel, into: 'Platform work', statements: 2 },
			{ kind: 'move', from: farmLabel, into: 'Platform work', statements: 1 },
			{ kind: 'status', theme: 'Platform work', from: 'proposed', to: 'accepted' },
			{ kind: 'rename', from: engineLabel, to: 'Platform work', described: false },
			{ kind: 'propose', created: board.themes.length, replaced: 0 }
		]);
	});
});

describe('where a sector’s statements went', () => {
	it('shows a rapporteur the themes of their own sector’s statements, and nobody else’s', async () => {
		const s = withStatements();
		await themes.proposeEventThemes(s.db, s.facilitator);
		const gig = themes
			.boardOf(s.db, s.facilitator)
			.themes.find((t) => t.members.some((m) => m.statementId === s.ids[0]))!;
		const seen = themes.themesOfSector(s.db, s.rapporteur('Labour'), s.sectorId('Labour'));
		expect(seen[s.ids[0]]).toEqual([gig.label]);
		expect(Object.keys(seen).map(Number)).not.toContain(s.ids[3]);
		expect(
			refusal(() => themes.themesOfSector(s.db, s.rapporteur('Labour'), s.sectorId('Gender')))?.code
		).toBe('other_sector');
		themes.setThemeStatus(s.db, s.facilitator, gig.id, 'discarded');
		expect(
			themes.themesOfSector(s.db, s.facilitator, s.sectorId('Labour'))[s.ids[0]]
		).toBeUndefined();
	});
});
