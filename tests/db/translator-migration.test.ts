import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, migrationsDir, type Db } from '$lib/server/db/connection';
import { changePhase, setEventLanguages } from '$lib/server/services/events';
import { submitStatement } from '$lib/server/services/statements';
import { writeRendering } from '$lib/server/services/renderings';
import { issueRapporteurLink, revokeLink } from '$lib/server/services/links';
import { updateProfile } from '$lib/server/services/access';
import { seededEvent } from './helpers';

/** A database built with the migrations up to 0013 only, foreign keys on as the app opens it. */
function databaseAt0013(): Db {
	const dir = mkdtempSync(join(tmpdir(), 'converge-0013-'));
	for (const f of readdirSync(migrationsDir()))
		if (/^\d{4}_/.test(f) && Number(f.slice(0, 4)) <= 13)
			copyFileSync(join(migrationsDir(), f), join(dir, f));
	const db = new Database(':memory:');
	db.pragma('foreign_keys = ON');
	migrate(db, dir);
	return db;
}

/** Every row of every table, by table, in rowid order. */
function everything(db: Db, tables: string[]): Record<string, unknown[]> {
	return Object.fromEntries(
		tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()])
	);
}

const tablesOf = (db: Db) =>
	(
		db
			.prepare(
				"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('schema_migrations', 'sqlite_sequence')"
			)
			.all() as { name: string }[]
	).map((r) => r.name);

describe('migration 0014 (translator role)', () => {
	it('keeps every link, participant and row pointing at them when it rebuilds the two tables', () => {
		const db = databaseAt0013();
		expect(
			(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number }).v
		).toBe(13);
		// an event with links of every role, sessions, a revoked link, statements with authors, a
		// rendering written by a rapporteur, a named participant and a ballot
		const s = seededEvent(db);
		changePhase(db, s.facilitator, 'breakouts');
		setEventLanguages(db, s.facilitator, { languages: ['en', 'th'], workingLanguage: 'en' });
		const labour = s.rapporteur('Labour');
		const st = submitStatement(db, labour, s.sectorId('Labour'), {
			text: 'ไรเดอร์ส่งอาหารถูกแอปไล่ออกโดยไม่มีคำอธิบาย',
			lang: 'th'
		});
		writeRendering(db, labour, st.id, { text: 'Riders are fired by the app with no explanation' });
		const spare = issueRapporteurLink(db, s.key, s.facilitator, s.sectorId('Gender'), 'spare');
		revokeLink(db, s.facilitator, spare.id);
		updateProfile(db, s.participant, { displayName: 'Somchai' });
		const t = '2026-01-01T00:00:00Z';
		db.prepare(
			"INSERT INTO rounds (id, event_id, title, method, created_at) VALUES (1, ?, 'R', 'dot', ?)"
		).run(s.event.id, t);
		db.prepare(
			'INSERT INTO ballots (round_id, participant_id, created_at, updated_at) VALUES (1, ?, ?, ?)'
		).run(s.participant.participantId, t, t);

		const tables = tablesOf(db);
		const before = everything(db, tables);
		expect(before.access_links.length).toBeGreaterThanOrEqual(6);
		expect(before.participants.length).toBeGreaterThanOrEqual(3);

		const applied = migrate(db);
		expect(applied).toContain('0014_translator_role.sql');
		// not a row lost or changed, in these two tables or in any table pointing at them
		expect(everything(db, tables)).toEqual(before);
		expect(db.pragma('foreign_key_check')).toEqual([]);
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
		const indexes = (
			db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]
		).map((r) => r.name);
		expect(indexes).toEqual(expect.arrayContaining(['access_links_event', 'participants_event']));

		// the new role is accepted, a made-up one still is not, and references still hold
		db.prepare(
			"INSERT INTO access_links (event_id, role, token_hash, nonce, created_at) VALUES (?, 'translator', 'h', 'n', ?)"
		).run(s.event.id, t);
		expect(() =>
			db
				.prepare(
					"INSERT INTO participants (event_id, role, created_at, last_seen_at) VALUES (?, 'guest', ?, ?)"
				)
				.run(s.event.id, t, t)
		).toThrow(/CHECK/);
		expect(() =>
			db
				.prepare(
					"INSERT INTO participants (event_id, role, link_id, created_at, last_seen_at) VALUES (?, 'translator', 9999, ?, ?)"
				)
				.run(s.event.id, t, t)
		).toThrow(/FOREIGN KEY/);
		// deleting the event still cascades through the rebuilt tables
		db.prepare('DELETE FROM ballots').run();
		db.prepare('DELETE FROM events WHERE id = ?').run(s.event.id);
		expect(db.prepare('SELECT COUNT(*) AS n FROM participants').get()).toEqual({ n: 0 });
		expect(db.prepare('SELECT COUNT(*) AS n FROM access_links').get()).toEqual({ n: 0 });
	});

	it('refuses a migration that leaves a broken reference, and records nothing of it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'converge-broken-'));
		copyFileSync(join(migrationsDir(), '0001_init.sql'), join(dir, '0001_init.sql'));
		const db = new Database(':memory:');
		db.pragma('foreign_keys = ON');
		migrate(db, dir);
		// a statement whose sector does not exist, slipped in while foreign keys are off
		writeFileSync(
			join(dir, '0002_bad.sql'),
			"INSERT INTO events (id, slug, name, created_at, updated_at) VALUES (1, 'e', 'E', 't', 't');\n" +
				"INSERT INTO statements (event_id, sector_id, text, created_at, updated_at) VALUES (1, 42, 'x', 't', 't');\n"
		);
		expect(() => migrate(db, dir)).toThrow(/0002_bad\.sql leaves 1 broken reference/);
		expect(db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 0 });
		expect(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({ v: 1 });
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
	});
});
