import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, migrationsDir, type Db } from '$lib/server/db/connection';
import * as themes from '$lib/server/services/themes';
import * as voting from '$lib/server/services/voting';
import { changePhase } from '$lib/server/services/events';
import { submitStatement } from '$lib/server/services/statements';
import { addPointer, removePointer } from '$lib/server/services/manifesto-edit';
import { addAction, addSection, removeSection } from '$lib/server/services/manifesto-sections';
import { seededEvent } from './helpers';

/** A database built with the migrations up to 0015 only, foreign keys on as the app opens it. */
function databaseAt0015(): Db {
	const dir = mkdtempSync(join(tmpdir(), 'converge-0015-'));
	for (const f of readdirSync(migrationsDir()))
		if (/^\d{4}_/.test(f) && Number(f.slice(0, 4)) <= 15)
			copyFileSync(join(migrationsDir(), f), join(dir, f));
	const db = new Database(':memory:');
	db.pragma('foreign_keys = ON');
	migrate(db, dir);
	return db;
}

const tablesOf = (db: Db) =>
	(
		db
			.prepare(
				"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('schema_migrations', 'sqlite_sequence')"
			)
			.all() as { name: string }[]
	).map((r) => r.name);

/** Every row of every table, by table, in rowid order. */
const everything = (db: Db, tables: string[]) =>
	Object.fromEntries(
		tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()])
	);

const maxId = (db: Db, table: string) =>
	(db.prepare(`SELECT COALESCE(MAX(id), 0) AS n FROM ${table}`).get() as { n: number }).n;

describe('migration 0016 (stable ids)', () => {
	// the database stops at 0015, before statements had sentence vectors (0017)
	beforeAll(() => vi.stubEnv('CONVERGE_MEANING', 'off'));
	afterAll(() => vi.unstubAllEnvs());

	it('keeps every row, and never again hands out an id a theme, pointer, section or action had', async () => {
		const db = databaseAt0015();
		const s = seededEvent(db);
		changePhase(db, s.facilitator, 'breakouts');
		for (const [sector, text] of [
			['Labour', 'Gig platform workers are deactivated by algorithms without appeal'],
			['Labour', 'Platform algorithms set gig workers pay without transparency'],
			['Farming', 'Agritech firms extract farm data and sell it back to farmers'],
			['Farming', 'Seed data and soil data are extracted from farmers by agritech firms']
		])
			submitStatement(db, s.facilitator, s.sectorId(sector), { text });
		await themes.proposeEventThemes(db, s.facilitator);
		const [first, second] = themes.boardOf(db, s.facilitator).themes.map((t) => t.id);
		// a round with a ballot and a pointer traced to a theme, a section and an action plan
		const round = voting.createRound(db, s.facilitator, {
			title: 'R',
			method: 'approval',
			themeIds: [first]
		});
		voting.setRoundStatus(db, s.facilitator, round, 'open', 'keep');
		voting.castBallot(db, s.participant, round, [{ themeId: first, value: 1 }]);
		voting.setRoundStatus(db, s.facilitator, round, 'closed');
		const [promoted] = voting.promoteThemes(db, s.facilitator, round, { themeIds: [first] });
		const section = addSection(db, s.facilitator, { title: 'Data' });
		addAction(db, s.facilitator, promoted, { description: 'Write to the ministry' });

		// before 0016 an id deleted at the top is handed out again: the defect of issue 17
		const top = themes.createManualTheme(db, s.facilitator, 'Top', []);
		themes.mergeThemes(db, s.facilitator, top, second);
		expect(themes.createManualTheme(db, s.facilitator, 'Reuses the id', [])).toBe(top);
		themes.undo(db, s.facilitator);
		// a theme, a pointer and an action deleted at the top, named only by the change log now
		const gone = themes.createManualTheme(db, s.facilitator, 'Gone', []);
		themes.mergeThemes(db, s.facilitator, gone, second);
		const goneSection = addSection(db, s.facilitator, { title: 'Gone' });
		const gonePointer = addPointer(db, s.facilitator, { title: 'Gone', body: '' });
		const goneAction = addAction(db, s.facilitator, gonePointer, { description: 'Gone' });
		removePointer(db, s.facilitator, gonePointer);
		removeSection(db, s.facilitator, goneSection);
		expect(maxId(db, 'themes')).toBeLessThan(gone);
		expect(maxId(db, 'pointers')).toBeLessThan(gonePointer);
		expect(maxId(db, 'pointer_actions')).toBeLessThan(goneAction);
		expect(goneSection).toBeGreaterThan(section);

		const tables = tablesOf(db);
		const before = everything(db, tables);
		// 0016 and every migration after it
		expect(migrate(db)).toEqual(
			readdirSync(migrationsDir())
				.filter((f) => f.endsWith('.sql') && f >= '0016')
				.sort()
		);
		// not a row lost or changed, in the four tables or in any table pointing at them
		expect(everything(db, tables)).toEqual(before);
		expect(db.pragma('foreign_key_check')).toEqual([]);
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
		for (const table of ['themes', 'pointers', 'manifesto_sections', 'pointer_actions'])
			expect(
				(
					db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as {
						sql: string;
					}
				).sql
			).toMatch(/id INTEGER PRIMARY KEY AUTOINCREMENT/);

		// new rows take ids above every id the log still names, so undo can bring those back
		expect(themes.createManualTheme(db, s.facilitator, 'New', [])).toBeGreaterThan(gone);
		expect(addPointer(db, s.facilitator, { title: 'New', body: '' })).toBeGreaterThan(gonePointer);
		expect(addSection(db, s.facilitator, { title: 'New' })).toBeGreaterThan(goneSection);
		expect(addAction(db, s.facilitator, promoted, { description: 'New' })).toBeGreaterThan(
			goneAction
		);
		// and a deleted top id is never handed out again
		const again = themes.createManualTheme(db, s.facilitator, 'Again', []);
		themes.mergeThemes(db, s.facilitator, again, second);
		expect(themes.createManualTheme(db, s.facilitator, 'After', [])).toBe(again + 1);
		expect(themes.undo(db, s.facilitator).skipped).toBeNull();
	});
});
