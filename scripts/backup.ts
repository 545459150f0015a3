// `npm run backup -- [--to DIR] [--every MINUTES]`: copies the database at DATABASE_PATH (default
// db/converge.sqlite) with SQLite's online backup, safe while the app runs and people vote, into
// DIR (default backups/) as converge-YYYYMMDD-HHMMSS.sqlite, checks the copy's integrity and
// prints where it is. With --every, keeps doing so every MINUTES until stopped (Ctrl-C), for the
// days an event is live.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { databasePath } from '../src/lib/server/db/connection';

const USAGE = 'usage: npm run backup -- [--to DIR] [--every MINUTES]';

function die(message: string): never {
	process.stderr.write(`backup: ${message}\n`);
	process.exit(1);
}

function options(): { to: string; every: number | null } {
	try {
		const { values } = parseArgs({
			options: { to: { type: 'string', default: 'backups' }, every: { type: 'string' } },
			strict: true
		});
		const every = values.every === undefined ? null : Number(values.every);
		if (every !== null && !(Number.isFinite(every) && every >= 1))
			die(`--every takes a number of minutes, at least 1, got "${values.every}" (${USAGE})`);
		return { to: resolve(values.to ?? 'backups'), every };
	} catch (e) {
		die(`${(e as Error).message} (${USAGE})`);
	}
}

/** converge-20261203-154512.sqlite, in UTC, sorting in time order. */
const fileName = (at: Date) =>
	`converge-${at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}.sqlite`;

/** One backup: the online copy, then its integrity checked; returns the copy's path. */
async function backupOnce(source: Database.Database, dir: string): Promise<string> {
	mkdirSync(dir, { recursive: true });
	const target = join(dir, fileName(new Date()));
	await source.backup(target);
	const copy = new Database(target);
	try {
		// one self-contained file: out of write-ahead logging, so no -wal or -shm beside it
		copy.pragma('journal_mode = DELETE');
		const check = copy.pragma('integrity_check', { simple: true });
		if (check !== 'ok') die(`the copy at ${target} failed its integrity check: ${check}`);
	} finally {
		copy.close();
	}
	return target;
}

const { to, every } = options();
const path = databasePath();
if (!existsSync(path)) die(`no database at ${path} (set DATABASE_PATH)`);
// read-only, and the app's own writes wait on nothing: the backup copies pages between them
const source = new Database(path, { readonly: true, fileMustExist: true });
source.pragma('busy_timeout = 5000');
console.log(`Backed up ${path} to ${await backupOnce(source, to)}`);
if (every !== null) {
	console.log(`Backing up again every ${every} minute${every === 1 ? '' : 's'}; Ctrl-C stops.`);
	setInterval(
		async () => console.log(`Backed up ${path} to ${await backupOnce(source, to)}`),
		every * 60_000
	);
} else source.close();
