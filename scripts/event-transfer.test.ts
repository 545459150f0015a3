import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'converge-transfer-'));
const source = join(dir, 'source.sqlite');
const target = join(dir, 'target.sqlite');

/** Runs a script against a database file, as `npm run` would with DATABASE_PATH set. */
function run(script: string, databasePath: string, ...args: string[]) {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		DATABASE_PATH: databasePath,
		CONVERGE_DEMO: '0',
		// the links an import prints are at the address the server would be bound to
		HOST: 'localhost'
	};
	delete env.CONVERGE_SECRET;
	const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
		encoding: 'utf8',
		env,
		timeout: 60_000
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const exportEvent = (db: string, ...args: string[]) => run('scripts/event-export.ts', db, ...args);
const importEvent = (db: string, ...args: string[]) => run('scripts/event-import.ts', db, ...args);

/** Rows in every table of a database file. */
function counts(path: string): Record<string, number> {
	const db = new Database(path, { readonly: true });
	try {
		const tables = db
			.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
			.all() as { name: string }[];
		return Object.fromEntries(
			tables.map(({ name }) => [
				name,
				(db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n
			])
		);
	} finally {
		db.close();
	}
}

// the demo played through to a published manifesto, so that every list of the file has rows
beforeAll(() => {
	const r = run('scripts/demo-reset.ts', source, '--finished');
	if (r.code !== 0) throw new Error(`demo:reset failed: ${r.stderr}`);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('event:export and event:import', () => {
	it('move the finished demo event to an empty database and back out as the same file', () => {
		const first = join(dir, 'first.json');
		const again = join(dir, 'again.json');
		expect(exportEvent(source, '--event', 'bangkok-2019', '--out', first)).toMatchObject({
			code: 0,
			stdout: ''
		});
		const file = JSON.parse(readFileSync(first, 'utf8'));
		for (const list of ['themes', 'ballots', 'pointers', 'pointerActions', 'statementOutcomes'])
			expect(file[list].length, list).toBeGreaterThan(0);
		const imported = importEvent(target, first);
		expect(imported.code).toBe(0);
		expect(imported.stdout).toMatch(/\/e\/bangkok-2019\n/);
		expect(imported.stdout).toMatch(
			/Facilitator link: http:\/\/localhost:\d+\/k\/[A-Za-z0-9_-]{22}\n/
		);
		expect(imported.stdout).toMatch(/issued afresh/);
		// by id this time: the only event of the target database
		expect(exportEvent(target, '--event', '1', '--out', again).code).toBe(0);
		expect(readFileSync(again, 'utf8')).toBe(readFileSync(first, 'utf8'));
		// without --out the file goes to stdout
		expect(exportEvent(target, '--event', 'bangkok-2019').stdout).toBe(readFileSync(first, 'utf8'));
	}, 60_000);

	// runs after the test above, which put the demo event in the target database
	it('refuse a bad file with one line naming the problem, and leave the database as it was', () => {
		const good = join(dir, 'good.json');
		exportEvent(source, '--event', 'bangkok-2019', '--out', good);
		const broken = join(dir, 'broken.json');
		const file = JSON.parse(readFileSync(good, 'utf8'));
		file.statements[12].sectorId = 999;
		writeFileSync(broken, JSON.stringify(file));
		const notJson = join(dir, 'not.json');
		writeFileSync(notJson, 'sector,text\nLabour,Gig workers\n');
		const before = counts(target);
		const cases: [string[], RegExp][] = [
			[
				[broken, '--slug', 'broken-copy'],
				/^event:import: .*broken\.json: statements\[12\]\.sectorId refers to no sector; nothing was imported\n$/
			],
			[
				[notJson],
				/^event:import: .*not\.json: the file is not JSON \(.*\); nothing was imported\n$/
			],
			[[good], /already exists here: import it under another address with --slug NEW/],
			[[good, '--slug', 'No Spaces'], /--slug must be lower-case letters/],
			[[join(dir, 'missing.json')], /cannot read .*missing\.json/],
			[[], /give exactly one FILE/]
		];
		for (const [args, message] of cases) {
			const r = importEvent(target, ...args);
			expect(r.code, args.join(' ')).not.toBe(0);
			expect(r.stderr).toMatch(message);
			expect(r.stderr.trim().split('\n')).toHaveLength(1);
			expect(r.stdout).toBe('');
		}
		expect(counts(target)).toEqual(before);
		// the same file under a free address goes in
		expect(importEvent(target, good, '--slug', 'bangkok-copy').stdout).toMatch(
			/\/e\/bangkok-copy\n/
		);
	}, 120_000);

	it('export says which event it cannot find', () => {
		const r = exportEvent(source, '--event', 'nowhere');
		expect(r.code).not.toBe(0);
		expect(r.stderr).toMatch(/^event:export: no event with the id or address "nowhere"/);
		expect(exportEvent(source).stderr).toMatch(/--event is required/);
		expect(exportEvent(join(dir, 'none.sqlite'), '--event', '1').stderr).toMatch(/no database at/);
	}, 60_000);
});
