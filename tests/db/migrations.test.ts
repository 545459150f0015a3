import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseAnswers, migrate, openDatabase } from '$lib/server/db/connection';
import { freshDb } from './helpers';

describe('migrations', () => {
	it('are applied once, in order, and recorded', () => {
		const db = freshDb();
		const recorded = db
			.prepare('SELECT version, name FROM schema_migrations ORDER BY version')
			.all() as { version: number; name: string }[];
		expect(recorded.length).toBeGreaterThan(0);
		expect(recorded[0]).toMatchObject({ version: 1, name: '0001_init.sql' });
		expect(migrate(db)).toEqual([]);
	});

	it('build every table of the data model', () => {
		const db = freshDb();
		const tables = (
			db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
		).map((t) => t.name);
		for (const t of [
			'events',
			'sectors',
			'access_links',
			'participants',
			'statements',
			'themes',
			'theme_members',
			'rounds',
			'round_themes',
			'ballots',
			'ballot_entries',
			'pointers',
			'pointer_themes',
			'change_log',
			'statement_meaning'
		])
			expect(tables).toContain(t);
	});

	it('open a file database with foreign keys on, write-ahead logging, and every commit on disk', () => {
		const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'cv-')), 'x.sqlite'));
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
		// FULL (2): the log is synced at every commit, so an acknowledged ballot survives a power cut
		expect(db.pragma('synchronous', { simple: true })).toBe(2);
		expect(() =>
			db
				.prepare(
					"INSERT INTO sectors (event_id, name, colour, position, created_at) VALUES (999, 'x', '#000000', 0, 'now')"
				)
				.run()
		).toThrow(/FOREIGN KEY/);
		db.close();
	});

	it('keep one ballot per participant per round in the database itself', () => {
		const db = freshDb();
		const t = '2026-01-01T00:00:00Z';
		db.prepare(
			"INSERT INTO events (id, slug, name, created_at, updated_at) VALUES (1, 'e', 'E', ?, ?)"
		).run(t, t);
		db.prepare(
			"INSERT INTO participants (id, event_id, role, created_at, last_seen_at) VALUES (1, 1, 'participant', ?, ?)"
		).run(t, t);
		db.prepare(
			"INSERT INTO rounds (id, event_id, title, method, created_at) VALUES (1, 1, 'R', 'dot', ?)"
		).run(t);
		const ballot = db.prepare(
			'INSERT INTO ballots (round_id, participant_id, created_at, updated_at) VALUES (1, 1, ?, ?)'
		);
		ballot.run(t, t);
		expect(() => ballot.run(t, t)).toThrow(/UNIQUE/);
	});

	it('answer the health check while open, and not once closed', () => {
		const db = openDatabase(':memory:');
		expect(databaseAnswers(db)).toBe(true);
		db.close();
		expect(databaseAnswers(db)).toBe(false);
	});
});
