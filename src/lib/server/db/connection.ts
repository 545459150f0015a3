/**
 * The one SQLite connection of the process, and the migrator that builds it from db/migrations.
 */
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export type Db = Database.Database;

/** Where the numbered SQL migrations live (overridable for tools run from elsewhere). */
export function migrationsDir(): string {
	return resolve(process.env.MIGRATIONS_DIR ?? join(process.cwd(), 'db', 'migrations'));
}

/** Opens a database file (or ':memory:') with foreign keys on, WAL mode, synchronous commits and all migrations applied. */
export function openDatabase(path: string): Db {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const db = new Database(path);
	db.pragma('journal_mode = WAL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	// every commit synced to disk before it is acknowledged: a workshop laptop's battery can die
	// mid-vote, and NORMAL (under WAL) may then lose the last acknowledged ballots
	db.pragma('synchronous = FULL');
	migrate(db);
	cacheStatements(db);
	return db;
}

/**
 * Prepares each SQL text once: repositories call `db.prepare(sql)` where they use it, and under a
 * plenary's load compiling the same statements again was a noticeable share of the server's time.
 * A statement handed out again starts without the modes (`pluck`, `raw`, `expand`) a previous
 * caller set on it. Nothing here keeps a statement iterating across calls, which a shared statement
 * would not allow.
 */
const STATEMENTS_KEPT = 1000;

function cacheStatements(db: Db): void {
	const prepare = db.prepare.bind(db);
	const cache = new Map<string, Database.Statement>();
	db.prepare = ((sql: string) => {
		let statement = cache.get(sql);
		if (!statement) {
			statement = prepare(sql);
			// texts built with a varying number of placeholders stay few, but never without bound
			if (cache.size >= STATEMENTS_KEPT) cache.delete(cache.keys().next().value!);
			cache.set(sql, statement);
		} else if (statement.reader) statement.pluck(false).raw(false).expand(false);
		return statement;
	}) as Db['prepare'];
}

/**
 * Applies, in order and each in its own transaction, the migrations not yet recorded. Foreign keys
 * are off while they run, so that a migration may rebuild a table (SQLite cannot alter a CHECK)
 * without its DROP clearing or cascading the rows that point at it; every reference is checked
 * before each migration commits, and foreign keys are back as they were afterwards.
 */
export function migrate(db: Db, dir = migrationsDir()): string[] {
	db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
	const done = new Set(
		db
			.prepare('SELECT version FROM schema_migrations')
			.all()
			.map((r) => (r as { version: number }).version)
	);
	const files = readdirSync(dir)
		.filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
		.sort();
	const applied: string[] = [];
	const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
	// the pragma is a no-op inside a transaction: set it around them
	db.pragma('foreign_keys = OFF');
	try {
		for (const file of files) {
			const version = Number(file.slice(0, 4));
			if (done.has(version)) continue;
			const sql = readFileSync(join(dir, file), 'utf8');
			db.transaction(() => {
				db.exec(sql);
				const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
				if (broken.length)
					throw new Error(
						`migration ${file} leaves ${broken.length} broken reference(s), the first from ${broken[0].table} to ${broken[0].parent}`
					);
				db.prepare(
					'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)'
				).run(version, file, new Date().toISOString());
			})();
			applied.push(file);
		}
	} finally {
		if (foreignKeys) db.pragma('foreign_keys = ON');
	}
	return applied;
}

let shared: Db | undefined;

/** The process-wide connection, opened on first use at DATABASE_PATH (default db/converge.sqlite). */
export function getDb(): Db {
	shared ??= openDatabase(databasePath());
	return shared;
}

/** The configured database file. */
export function databasePath(): string {
	return process.env.DATABASE_PATH ?? join('db', 'converge.sqlite');
}

/** Closes the shared connection (tests and scripts). */
export function closeDb(): void {
	shared?.close();
	shared = undefined;
}

/** True when the database answers a read (for the health check). */
export function databaseAnswers(db: Db): boolean {
	try {
		return db.prepare('SELECT count(*) FROM schema_migrations').pluck().get() !== undefined;
	} catch {
		return false;
	}
}
