import { describe, expect, it } from 'vitest';
import * as themes from '$lib/server/services/themes';
import { submitStatement } from '$lib/server/services/statements';
import { changePhase } from '$lib/server/services/events';
import { seededEvent } from './helpers';

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
	for (const [sector, text] of texts)
		submitStatement(s.db, s.facilitator, s.sectorId(sector), { text });
	return s;
}

describe('the theme engine queue', () => {
	it('runs the engine once for two proposals of one event asked at the same time', async () => {
		const s = withStatements();
		const before = themes.engineStats().started;
		const [first, second] = await Promise.all([
			themes.runEngine(s.db, s.facilitator, 'propose', ''),
			themes.runEngine(s.db, s.facilitator, 'propose', '')
		]);
		expect(themes.engineStats().started - before).toBe(1);
		expect('done' in first && 'result' in first.done).toBe(true);
		// the second request got the first's result, not one of its own
		expect(second).toMatchObject({ done: { kind: 'propose', k: '' } });
		expect('done' in second && 'result' in second.done && second.done.result).toEqual(
			'done' in first && 'result' in first.done && first.done.result
		);
		// applied once: one step in the history, and only the themes of that one proposal
		expect(themes.themeHistory(s.db, s.facilitator)).toHaveLength(1);
		const created = 'done' in first && 'result' in first.done ? first.done.result.created : -1;
		expect(created).toBeGreaterThanOrEqual(2);
		expect(themes.boardOf(s.db, s.facilitator).themes).toHaveLength(created);
		// nothing left to show on the themes page: both requests had their answer
		expect(themes.engineState(s.db, s.facilitator)).toMatchObject({ run: null, outcome: null });
	});

	it('tells a preview asked while a proposal runs to wait, and runs nothing for it', async () => {
		const s = withStatements();
		const before = themes.engineStats().started;
		const [proposal, preview] = await Promise.all([
			themes.runEngine(s.db, s.facilitator, 'propose', '3'),
			themes.runEngine(s.db, s.facilitator, 'preview', '')
		]);
		expect(preview).toEqual({
			waiting: { kind: 'propose', k: '3', state: 'running', position: 0 },
			busy: true
		});
		expect('done' in proposal).toBe(true);
		expect(themes.engineStats().started - before).toBe(1);
	});

	it('refuses other roles and a bad number of themes before anything is queued', async () => {
		const s = withStatements();
		const before = themes.engineStats().started;
		await expect(
			themes.runEngine(s.db, s.rapporteur('Labour'), 'propose', '')
		).rejects.toMatchObject({ code: 'wrong_role' });
		await expect(themes.runEngine(s.db, s.facilitator, 'preview', 'many')).rejects.toMatchObject({
			code: 'invalid',
			fields: { k: 'themes_wanted' }
		});
		expect(() => themes.cancelEngine(s.db, s.participant)).toThrow();
		expect(themes.cancelEngine(s.db, s.facilitator)).toBe(false);
		expect(themes.engineStats().started).toBe(before);
	});
});
