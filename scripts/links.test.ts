/** `npm run links` and `npm run demo:reset` print links phones can open, and say what a reset breaks. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'converge-links-'));
const db = join(dir, 'links.sqlite');

function run(script: string, env: Record<string, string>, ...args: string[]) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
		encoding: 'utf8',
		env: { ...process.env, DATABASE_PATH: db, CONVERGE_SECRET: 'links-test', ...env },
		timeout: 60_000
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const facilitatorOf = (out: string) => out.match(/Facilitator:\s+(\S+)/)?.[1];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('links on the command line', () => {
	it('demo:reset says the old links are gone and prints new ones at the configured address', () => {
		const r = run('scripts/demo-reset.ts', { HOST: '10.1.2.3', PORT: '4321' });
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/those handed out before no longer open it/);
		expect(facilitatorOf(r.stdout)).toMatch(/^http:\/\/10\.1\.2\.3:4321\/k\//);
		expect(r.stdout).toMatch(
			/Participants:\s+http:\/\/10\.1\.2\.3:4321\/join\s+code [A-Z0-9]{3}-[A-Z0-9]{3}/
		);
	});

	it('prints an event’s links again, by address or id, with ORIGIN when set', () => {
		const a = run(
			'scripts/links.ts',
			{ ORIGIN: 'https://converge.example.org' },
			'--event',
			'bangkok-2019'
		);
		expect(a.code).toBe(0);
		expect(facilitatorOf(a.stdout)).toMatch(/^https:\/\/converge\.example\.org\/k\//);
		expect(a.stdout.match(/Rapporteur /g)).toHaveLength(11);
		const b = run('scripts/links.ts', { ORIGIN: 'https://converge.example.org' }, '--event', '1');
		expect(facilitatorOf(b.stdout)).toBe(facilitatorOf(a.stdout));
	});

	it('reissues the facilitator link: a new one, and the next listing shows it', () => {
		const before = facilitatorOf(
			run('scripts/links.ts', { HOST: '10.1.2.3' }, '--event', 'bangkok-2019').stdout
		);
		const r = run('scripts/links.ts', { HOST: '10.1.2.3' }, '--event', 'bangkok-2019', '--reissue');
		expect(r.stdout).toMatch(/new facilitator link was issued/);
		const after = facilitatorOf(r.stdout);
		expect(after).not.toBe(before);
		expect(
			facilitatorOf(run('scripts/links.ts', { HOST: '10.1.2.3' }, '--event', 'bangkok-2019').stdout)
		).toBe(after);
	});

	it('names an unknown event and exits with an error', () => {
		const r = run('scripts/links.ts', {}, '--event', 'no-such-event');
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/no event with the id or address "no-such-event"/);
	});
});
