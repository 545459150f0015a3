// Issue 17, items 1 and 2: ids never reused (a step on a replaced theme is refused, undo never
// collides with another event's rows), and curation against themes that rounds, ballots and
// pointers hold refused with a message, never a foreign key failure; an undo that cannot apply is
// skipped and the next one works.
import { describe, expect, it } from 'vitest';
import * as themes from '$lib/server/services/themes';
import * as voting from '$lib/server/services/voting';
import { submitStatement } from '$lib/server/services/statements';
import { changePhase } from '$lib/server/services/events';
import { openLink } from '$lib/server/services/access';
import { addPointer, removePointer } from '$lib/server/services/manifesto-edit';
import { addSection, removeSection } from '$lib/server/services/manifesto-sections';
import * as manifesto from '$lib/server/services/manifesto-history';
import { listPointerRows } from '$lib/server/db/manifesto';
import { Refusal } from '$lib/server/services/errors';
import { curationRefusalText, replaySkippedText } from '$lib/i18n/themes';
import type { CurationRefusal } from '$lib/domain/curation-refusals';
import { freshDb, seededEvent } from './helpers';
import type { Db } from '$lib/server/db/connection';

const TEXTS: [string, string][] = [
	['Labour', 'Gig platform workers are deactivated by algorithms without appeal'],
	['Labour', 'Platform algorithms set gig workers pay without transparency'],
	['Gender', 'Women gig workers on delivery platforms face algorithmic pay cuts'],
	['Farming', 'Seed data and soil data are extracted from farmers by agritech firms'],
	['Farming', 'Agritech firms extract farm data and sell it back to farmers'],
	['Gender', 'Women farmers lose control of farm data extracted by agritech apps']
];

/** An event with statements on two topics and the engine's proposal over them. */
async function proposed(db: Db = freshDb()) {
	const s = seededEvent(db);
	changePhase(s.db, s.facilitator, 'breakouts');
	const ids = TEXTS.map(
		([sector, text]) => submitStatement(s.db, s.facilitator, s.sectorId(sector), { text }).id
	);
	await themes.proposeEventThemes(s.db, s.facilitator);
	const board = () => themes.boardOf(s.db, s.facilitator);
	const themeOf = (statementId: number) =>
		board().themes.find(
			(t) => t.status !== 'discarded' && t.members.some((m) => m.statementId === statementId)
		)!;
	return { ...s, ids, board, themeOf, gig: themeOf(ids[0]).id, farm: themeOf(ids[3]).id };
}

/** The refusal a call ends in, with its status and particulars, or null when it goes through. */
function refused(fn: () => unknown) {
	try {
		fn();
		return null;
	} catch (e) {
		if (e instanceof Refusal) return { code: e.code, status: e.status, detail: e.detail };
		throw e;
	}
}

async function refusedAsync(fn: () => Promise<unknown>) {
	try {
		await fn();
		return null;
	} catch (e) {
		if (e instanceof Refusal) return { code: e.code, status: e.status, detail: e.detail };
		throw e;
	}
}

const allThemeIds = (db: Db) =>
	(db.prepare('SELECT id FROM themes ORDER BY id').all() as { id: number }[]).map((r) => r.id);

/** A draft round over these themes. */
const roundOver = (s: Awaited<ReturnType<typeof proposed>>, title: string, ids: number[]) =>
	voting.createRound(s.db, s.facilitator, { title, method: 'approval', themeIds: ids });

describe('ids that are never reused', () => {
	it('gives a re-proposal new ids, so a step posted against a replaced theme is refused (409), not applied to the new one', async () => {
		const s = await proposed();
		const before = s.board().themes;
		const stale = before.find((t) => t.id === s.gig)!;
		expect(stale.version).toBe(1);
		// a colleague proposes again (a number of themes asked for): every untouched theme is replaced
		await themes.proposeEventThemes(s.db, s.facilitator, '3');
		const after = s.board().themes;
		expect(after.length).toBeGreaterThan(0);
		expect(after.some((t) => before.some((b) => b.id === t.id))).toBe(false);
		// "discard, version 1" from the page that still showed the old theme
		const r = refused(() =>
			themes.setThemeStatus(s.db, s.facilitator, stale.id, 'discarded', stale.version)
		);
		expect(r).toEqual({ code: 'conflict', status: 409, detail: { kind: 'theme_gone' } });
		expect(s.board().themes).toEqual(after);
		expect(curationRefusalText(r!.detail!)).toMatch(/no longer on the board/);
	});

	it('names the theme when it was changed since the page showed it', async () => {
		const s = await proposed();
		themes.describeTheme(s.db, s.facilitator, s.gig, { label: 'Gig work' }, 1);
		const r = refused(() => themes.setThemeStatus(s.db, s.facilitator, s.gig, 'discarded', 1));
		expect(r).toEqual({
			code: 'conflict',
			status: 409,
			detail: { kind: 'theme_changed', label: 'Gig work' }
		});
		expect(curationRefusalText(r!.detail!)).toContain('“Gig work”');
	});

	it('undoes in one event after a theme was created in another: no collision', async () => {
		const s = await proposed();
		// a theme made by hand at the top of the ids, then merged away (deleted)
		const x = themes.createManualTheme(s.db, s.facilitator, 'Extra', []);
		themes.mergeThemes(s.db, s.facilitator, x, s.gig);
		expect(allThemeIds(s.db)).not.toContain(x);
		// another event makes a theme meanwhile: it takes a new id, not the deleted one
		const b = seededEvent(s.db);
		const z = themes.createManualTheme(s.db, b.facilitator, 'Elsewhere', []);
		expect(z).toBeGreaterThan(x);
		// the undo brings the merged theme back under its own id, as it was
		expect(themes.undo(s.db, s.facilitator)).toEqual({ action: 'themes.merge', skipped: null });
		expect(s.board().themes.find((t) => t.id === x)).toMatchObject({ label: 'Extra' });
		expect(themes.boardOf(s.db, b.facilitator).themes.map((t) => t.id)).toEqual([z]);
		// and every undo after it works
		expect(themes.undo(s.db, s.facilitator)).toEqual({ action: 'themes.create', skipped: null });
		expect(themes.redo(s.db, s.facilitator)).toEqual({ action: 'themes.create', skipped: null });
	});

	it('skips an undo whose theme id another event took before ids were kept (an older database), and the next undo works', async () => {
		const s = await proposed();
		const other = openLink(s.db, s.links.facilitator!.path!.slice(3)).actor;
		themes.describeTheme(s.db, s.facilitator, s.gig, { label: 'Gig work' });
		const keep = themes.createManualTheme(s.db, other, 'Data', []);
		themes.mergeThemes(s.db, s.facilitator, s.farm, keep);
		// as a database from before migration 0016 could have it: another event's theme took the id
		const b = seededEvent(s.db);
		s.db
			.prepare(
				"INSERT INTO themes (id, event_id, label, status, origin, created_at, updated_at) VALUES (?, ?, 'Reused', 'accepted', 'manual', 'now', 'now')"
			)
			.run(s.farm, b.event.id);
		const skipped = themes.undo(s.db, s.facilitator);
		expect(skipped).toEqual({ action: 'themes.merge', skipped: { reason: 'taken' } });
		expect(replaySkippedText('undo', 'a merge', skipped.skipped!)).toMatch(
			/^Could not undo a merge, so it was skipped: .*Undo now takes back the step before it\.$/
		);
		// nothing changed, in either event
		expect(themes.boardOf(s.db, b.facilitator).themes.map((t) => t.label)).toEqual(['Reused']);
		expect(s.board().themes.find((t) => t.id === keep)?.members.length).toBeGreaterThan(0);
		// not stuck: the next undo takes the step before
		expect(themes.undoState(s.db, s.facilitator).undo).toBe('themes.describe');
		expect(themes.undo(s.db, s.facilitator)).toEqual({
			action: 'themes.describe',
			skipped: null
		});
		expect(s.board().themes.find((t) => t.id === s.gig)?.label).not.toBe('Gig work');
		// the history says what was skipped
		expect(themes.themeHistory(s.db, s.facilitator)[1]).toMatchObject({
			action: 'themes.skip',
			undone: 'themes.merge',
			skipped: { reason: 'taken', direction: 'undo' }
		});
	});

	it('is not fooled by an id that names another theme now: the undo is skipped, not applied to it', async () => {
		const s = await proposed();
		themes.setThemeStatus(s.db, s.facilitator, s.gig, 'accepted');
		// an older database handed the id to a new theme with the same version: it says otherwise
		s.db.prepare("UPDATE themes SET label = 'Someone else’s theme' WHERE id = ?").run(s.gig);
		expect(themes.undo(s.db, s.facilitator).skipped).toEqual({
			reason: 'changed',
			labels: ['Someone else’s theme']
		});
		expect(s.board().themes.find((t) => t.id === s.gig)?.status).toBe('accepted');
	});
});

describe('curation against themes in use', () => {
	it('keeps an untouched proposed theme a round includes when proposing again', async () => {
		const s = await proposed();
		const round = roundOver(s, 'First look', [s.gig]);
		const preview = await themes.previewProposal(s.db, s.facilitator);
		expect(preview.disappear.map((t) => t.id)).not.toContain(s.gig);
		await themes.proposeEventThemes(s.db, s.facilitator);
		// the round's theme is still there, as it was; the other proposals were replaced
		expect(s.board().themes.find((t) => t.id === s.gig)).toMatchObject({
			status: 'proposed',
			version: 1
		});
		expect(s.board().themes.some((t) => t.id === s.farm)).toBe(false);
		expect(voting.listRounds(s.db, s.facilitator).find((r) => r.id === round)?.themeIds).toEqual([
			s.gig
		]);
	});

	it('refuses a proposal whose theme a round took while the engine ran, changing nothing', async () => {
		const s = await proposed();
		const before = s.board().themes;
		// the engine runs off the request thread; the round is created before it answers
		const running = refusedAsync(() => themes.proposeEventThemes(s.db, s.facilitator));
		roundOver(s, 'Quick vote', [s.farm]);
		const r = await running;
		expect(r).toMatchObject({
			code: 'theme_in_use',
			status: 409,
			detail: { kind: 'theme_in_use', step: 'propose' }
		});
		expect((r!.detail as Extract<CurationRefusal, { kind: 'theme_in_use' }>).holds).toEqual([
			{
				themeId: s.farm,
				label: expect.any(String),
				rounds: ['Quick vote'],
				ballots: 0,
				pointers: []
			}
		]);
		expect(curationRefusalText(r!.detail!)).toMatch(
			/in the vote round “Quick vote”.*Propose again/
		);
		expect(s.board().themes).toEqual(before);
		// proposing again keeps it
		await themes.proposeEventThemes(s.db, s.facilitator);
		expect(s.board().themes.some((t) => t.id === s.farm)).toBe(true);
	});

	it('refuses to merge away a theme a round, its ballots or a pointer holds, saying what holds it and what to do', async () => {
		const s = await proposed();
		const round = roundOver(s, 'Day 1 vote', [s.gig, s.farm]);
		// in a round: refused, with the way that works
		let r = refused(() => themes.mergeThemes(s.db, s.facilitator, s.gig, s.farm));
		expect(r?.code).toBe('theme_in_use');
		expect(r?.detail).toMatchObject({
			step: 'merge',
			holds: [{ themeId: s.gig, rounds: ['Day 1 vote'], ballots: 0 }],
			into: { held: true }
		});
		// with ballots
		voting.setRoundStatus(s.db, s.facilitator, round, 'open', 'keep');
		voting.castBallot(s.db, s.participant, round, [{ themeId: s.gig, value: 1 }]);
		const extra = themes.createManualTheme(s.db, s.facilitator, 'Loose ends', [s.ids[1]]);
		r = refused(() => themes.mergeThemes(s.db, s.facilitator, s.gig, extra));
		expect(r?.detail).toMatchObject({
			holds: [{ themeId: s.gig, rounds: ['Day 1 vote'], ballots: 1, pointers: [] }],
			into: { label: 'Loose ends', held: false }
		});
		const label = s.board().themes.find((t) => t.id === s.gig)!.label;
		expect(curationRefusalText(r!.detail!)).toBe(
			`“${label}” is still in use (it is in the vote round “Day 1 vote” and 1 ballot names it), so it cannot be removed. ` +
				`Nothing was changed. To combine the two, merge “Loose ends” into “${label}” instead: “${label}” stays, and the other joins it.`
		);
		// behind a pointer
		voting.setRoundStatus(s.db, s.facilitator, round, 'closed');
		voting.promoteThemes(s.db, s.facilitator, round, { themeIds: [s.gig] });
		r = refused(() => themes.mergeThemes(s.db, s.facilitator, s.gig, extra));
		expect(r?.detail).toMatchObject({ holds: [{ pointers: [label] }] });
		// nothing changed; the other way goes through
		expect(s.board().themes.find((t) => t.id === s.gig)).toBeDefined();
		themes.mergeThemes(s.db, s.facilitator, extra, s.gig);
		expect(s.board().themes.some((t) => t.id === extra)).toBe(false);
	});

	it('lets every other step act on a voted theme behind a pointer, keeping it alive', async () => {
		const s = await proposed();
		const round = roundOver(s, 'Vote', [s.gig, s.farm]);
		voting.setRoundStatus(s.db, s.facilitator, round, 'open', 'keep');
		voting.castBallot(s.db, s.participant, round, [
			{ themeId: s.gig, value: 1 },
			{ themeId: s.farm, value: 1 }
		]);
		voting.setRoundStatus(s.db, s.facilitator, round, 'closed');
		voting.promoteThemes(s.db, s.facilitator, round, { themeIds: [s.gig] });
		const f = s.facilitator;
		themes.describeTheme(s.db, f, s.gig, { label: 'Platform work', description: 'As voted' });
		for (const status of ['accepted', 'locked', 'discarded', 'proposed'] as const)
			themes.setThemeStatus(s.db, f, s.gig, status);
		themes.moveStatement(s.db, f, s.ids[0], s.gig, s.farm);
		themes.moveStatement(s.db, f, s.ids[0], s.farm, s.gig);
		themes.linkStatement(s.db, f, s.ids[3], s.gig);
		themes.unlinkStatement(s.db, f, s.ids[3], s.gig);
		const split = themes.splitTheme(s.db, f, s.gig, [s.ids[1]], 'Pay');
		themes.mergeThemes(s.db, f, split, s.gig);
		const made = themes.createManualTheme(s.db, f, 'Made by hand', [s.ids[2]]);
		themes.mergeThemes(s.db, f, made, s.farm);
		expect(refused(() => themes.mergeThemes(s.db, f, s.farm, s.gig))?.code).toBe('theme_in_use');
		expect(refused(() => themes.mergeThemes(s.db, f, s.gig, s.farm))?.code).toBe('theme_in_use');
		await themes.proposeEventThemes(s.db, f);
		// both themes, the round, its ballot and the pointer are as they should be
		expect(s.board().themes.find((t) => t.id === s.gig)?.label).toBe('Platform work');
		expect(s.board().themes.some((t) => t.id === s.farm)).toBe(true);
		expect(
			voting
				.roundResults(s.db, f, round)
				.results?.themes.map((t) => t.themeId)
				.sort()
		).toEqual([s.gig, s.farm].sort());
		expect(listPointerRows(s.db, f.eventId)[0].themes).toEqual([
			{ themeId: s.gig, roundId: round }
		]);
		// and every step undoes: those that would remove a theme in use are skipped, never stuck
		const reasons: (string | null)[] = [];
		while (themes.undoState(s.db, f).undo)
			reasons.push(themes.undo(s.db, f).skipped?.reason ?? null);
		expect(reasons).toContain(null);
		expect(s.board().themes.some((t) => t.id === s.gig)).toBe(true);
		expect(s.board().themes.some((t) => t.id === s.farm)).toBe(true);
	});

	it('skips undoing the creation of a theme a round uses, and the next undo works', async () => {
		const s = await proposed();
		themes.describeTheme(s.db, s.facilitator, s.gig, { label: 'Gig work' });
		const made = themes.createManualTheme(s.db, s.facilitator, 'Data rights', [s.ids[5]]);
		roundOver(s, 'Day 2 vote', [made]);
		const r = themes.undo(s.db, s.facilitator);
		expect(r).toEqual({
			action: 'themes.create',
			skipped: {
				reason: 'in_use',
				holds: [
					{ themeId: made, label: 'Data rights', rounds: ['Day 2 vote'], ballots: 0, pointers: [] }
				]
			}
		});
		expect(replaySkippedText('undo', 'creating a theme', r.skipped!)).toBe(
			'Could not undo creating a theme, so it was skipped: undoing it would remove a theme that is still in use. ' +
				'“Data rights” is still in use (it is in the vote round “Day 2 vote”), so it cannot be removed. ' +
				'Undo now takes back the step before it.'
		);
		expect(s.board().themes.some((t) => t.id === made)).toBe(true);
		// the skip leaves the redo stack alone, and the next undo takes the step before
		expect(themes.undoState(s.db, s.facilitator)).toEqual({ undo: 'themes.describe', redo: null });
		expect(themes.undo(s.db, s.facilitator).skipped).toBeNull();
		expect(s.board().themes.find((t) => t.id === s.gig)?.label).not.toBe('Gig work');
	});

	it('skips undoing a split or a proposal whose new themes a round uses, and redoing a merge of a theme taken into a round since', async () => {
		const s = await proposed();
		const f = s.facilitator;
		const split = themes.splitTheme(s.db, f, s.gig, [s.ids[2]], 'Women gig workers');
		roundOver(s, 'Split vote', [split]);
		expect(themes.undo(s.db, f)).toMatchObject({
			action: 'themes.split',
			skipped: { reason: 'in_use' }
		});
		// the split stays, so the proposal before it cannot be undone either: skipped too
		expect(themes.undo(s.db, f)).toMatchObject({
			action: 'themes.propose',
			skipped: { reason: 'changed' }
		});
		expect(themes.undoState(s.db, f)).toEqual({ undo: null, redo: null });
		expect(s.board().themes.some((x) => x.id === split)).toBe(true);

		// a proposal whose own (untouched) theme a round took
		const p = await proposed();
		roundOver(p, 'Early vote', [p.farm]);
		expect(themes.undo(p.db, p.facilitator)).toMatchObject({
			action: 'themes.propose',
			skipped: { reason: 'in_use', holds: [{ themeId: p.farm, rounds: ['Early vote'] }] }
		});
		expect(p.board().themes.some((x) => x.id === p.farm)).toBe(true);

		const t = await proposed();
		const g = t.facilitator;
		themes.mergeThemes(t.db, g, t.farm, t.gig);
		expect(themes.undo(t.db, g).skipped).toBeNull();
		roundOver(t, 'Farm vote', [t.farm]);
		expect(themes.redo(t.db, g)).toMatchObject({
			action: 'themes.merge',
			skipped: { reason: 'in_use' }
		});
		expect(themes.undoState(t.db, g)).toEqual({ undo: 'themes.propose', redo: null });
		expect(t.board().themes.some((x) => x.id === t.farm)).toBe(true);
	});

	it('skips a manifesto undo that would bring back a pointer whose theme is gone, and the next undo works', async () => {
		const s = await proposed();
		const f = s.facilitator;
		const round = roundOver(s, 'Vote', [s.gig]);
		voting.setRoundStatus(s.db, f, round, 'open', 'keep');
		voting.setRoundStatus(s.db, f, round, 'closed');
		const [pointer] = voting.promoteThemes(s.db, f, round, { themeIds: [s.gig] });
		addPointer(s.db, f, { title: 'Written by hand', body: '' });
		removePointer(s.db, f, pointer);
		// the round still holds the theme, so it cannot go; in a database where it went anyway (an
		// older one, whose rounds did not hold their themes the same way) the pointer cannot come back
		expect(refused(() => themes.mergeThemes(s.db, f, s.gig, s.farm))?.code).toBe('theme_in_use');
		s.db.prepare('DELETE FROM round_themes WHERE theme_id = ?').run(s.gig);
		themes.mergeThemes(s.db, f, s.gig, s.farm);
		expect(manifesto.undo(s.db, f)).toEqual({
			action: expect.any(String),
			skipped: { reason: 'theme_gone' }
		});
		expect(listPointerRows(s.db, f.eventId).map((p) => p.title)).toEqual(['Written by hand']);
		expect(manifesto.undo(s.db, f).skipped).toBeNull();
		expect(listPointerRows(s.db, f.eventId)).toEqual([]);
	});

	it('skips an undo the database still refuses (a pointer put back in a section removed since), rolling back what it wrote', async () => {
		const s = await proposed();
		const f = s.facilitator;
		const other = openLink(s.db, s.links.facilitator!.path!.slice(3)).actor;
		const section = addSection(s.db, other, { title: 'Data' });
		const pointer = addPointer(s.db, other, {
			title: 'In the section',
			body: '',
			sectionId: section
		});
		addPointer(s.db, f, { title: 'First', body: '' });
		removePointer(s.db, f, pointer);
		removeSection(s.db, other, section);
		const before = listPointerRows(s.db, f.eventId);
		expect(manifesto.undo(s.db, f)).toEqual({
			action: 'manifesto.pointer.remove',
			skipped: { reason: 'blocked' }
		});
		expect(listPointerRows(s.db, f.eventId)).toEqual(before);
		// the next undo works
		expect(manifesto.undo(s.db, f)).toEqual({ action: 'manifesto.pointer.add', skipped: null });
		expect(listPointerRows(s.db, f.eventId)).toEqual([]);
	});
});
