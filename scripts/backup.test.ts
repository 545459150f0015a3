/** `npm run backup` copies the live database safely, checks the copy and refuses bad options. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/server/db/connection';

const dir = mkdtempSync(join(tmpdir(), 'converge-backup-'));
const dbPath = join(dir, 'live.sqlite');

function run(...args: string[]) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, DATABASE_PATH: dbPath },
		timeout: 60_000
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run backup', () => {
	it('copies the database while it is open and being written, every row and the schema', () => {
		const live = openDatabase(dbPath);
		live.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('before');");
		// a write the app has committed but not yet checkpointed out of the write-ahead log
		live.prepare('INSERT INTO t VALUES (?)').run('in the log');
		const out = join(dir, 'copies');
		const r = run('--to', out);
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		const files = readdirSync(out);
		expect(files).toHaveLength(1);
		expect(files[0]).toMatch(/^converge-\d{8}-\d{6}\.sqlite$/);
		expect(r.stdout).toContain(join(out, files[0]));
		const copy = new Database(join(out, files[0]), { readonly: true });
		expect(copy.prepare('SELECT x FROM t ORDER BY rowid').pluck().all()).toEqual([
			'before',
			'in the log'
		]);
		expect(copy.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBeGreaterThan(
			10
		);
		copy.close();
		live.close();
	});

	it('refuses an interval that is not a number of minutes, and a missing database', () => {
		const bad = run('--every', 'soon');
		expect(bad.code).toBe(1);
		expect(bad.stderr).toMatch(/--every takes a number of minutes/);
		const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/backup.ts'], {
			encoding: 'utf8',
			env: { ...process.env, DATABASE_PATH: join(dir, 'none.sqlite') }
		});
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/no database at/);
	});
});
