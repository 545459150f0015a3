// The operator's kit: the Dockerfile and the systemd units in deploy/ describe the app as it is
// (its start script, its health check, its Node version, its backup), the units pass systemd's own
// check, and the container's start and health check work when run the way the image runs them.
// (This machine has no Docker engine: the image is checked by reading it and by running its
// commands directly.)
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp } from './lib/app-server';

const root = join(__dirname, '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
	engines: { node: string };
	scripts: Record<string, string>;
};

/** The Dockerfile's instructions, continuation lines joined. */
function dockerfile(): { op: string; args: string }[] {
	return read('Dockerfile')
		.replace(/\\\n/g, ' ')
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l && !l.startsWith('#'))
		.map((l) => {
			const [op, ...rest] = l.split(/\s+/);
			return { op: op.toUpperCase(), args: rest.join(' ') };
		});
}

describe('the Dockerfile', () => {
	const steps = dockerfile();
	const args = (op: string) => steps.filter((s) => s.op === op).map((s) => s.args);

	it('starts from the Node the app asks for, installs from the lock file, builds, and runs the start script', () => {
		const from = args('FROM')[0];
		const major = Number(from.match(/^node:(\d+)/)?.[1]);
		expect(major).toBeGreaterThanOrEqual(Number(pkg.engines.node.match(/(\d+)/)![1]));
		expect(args('RUN').some((r) => r.includes('npm ci'))).toBe(true);
		expect(args('RUN').some((r) => r.includes('npm run build'))).toBe(true);
		expect(JSON.parse(args('CMD')[0])).toEqual(['node', 'scripts/start.js']);
		expect(existsSync(join(root, 'scripts/start.js'))).toBe(true);
		// everything copied exists
		for (const copy of args('COPY'))
			for (const src of copy.split(/\s+/).slice(0, -1))
				expect(existsSync(join(root, src)), src).toBe(true);
	});

	it('keeps the database in a volume, listens where it says, and checks its health at /healthz', () => {
		const env = args('ENV').join(' ');
		const port = env.match(/PORT=(\d+)/)?.[1];
		expect(args('EXPOSE')).toEqual([port]);
		const dbPath = env.match(/DATABASE_PATH=(\S+)/)?.[1] ?? '';
		const volume = JSON.parse(args('VOLUME')[0]) as string[];
		expect(volume.some((v) => dbPath.startsWith(`${v}/`))).toBe(true);
		expect(args('HEALTHCHECK')[0]).toContain(`127.0.0.1:${port}/healthz`);
		expect(existsSync(join(root, 'src/routes/healthz/+server.ts'))).toBe(true);
		expect(args('USER')).toEqual(['node']);
		// the build context leaves out what must not go into an image
		const ignored = read('.dockerignore').split('\n');
		for (const p of ['node_modules', 'build', 'db/*.sqlite', 'db/*.secret', '.git'])
			expect(ignored).toContain(p);
	});

	it('answers its own health check when started as the image starts it', async () => {
		const app = await startApp({ NODE_ENV: 'production', HOST: '127.0.0.1' });
		try {
			const port = new URL(app.url).port;
			const check = args('HEALTHCHECK')[0]
				.replace(/^.*?CMD\s+/, '')
				.replace(':3000/', `:${port}/`);
			const ok = spawnSync('sh', ['-c', check], { encoding: 'utf8' });
			expect(ok.status).toBe(0);
		} finally {
			await app.stop();
		}
		// and the same check fails when nothing answers
		const down = spawnSync(
			'sh',
			[
				'-c',
				args('HEALTHCHECK')[0]
					.replace(/^.*?CMD\s+/, '')
					.replace(':3000/', ':9/')
			],
			{ encoding: 'utf8' }
		);
		expect(down.status).not.toBe(0);
	});
});

describe('the systemd units', () => {
	const units = ['converge.service', 'converge-backup.service', 'converge-backup.timer'];

	it('pass systemd-analyze verify', () => {
		const r = spawnSync(
			'systemd-analyze',
			['verify', ...units.map((u) => join(root, 'deploy', u))],
			{ encoding: 'utf8' }
		);
		expect(r.error, 'systemd-analyze is needed to check the units').toBeUndefined();
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
	});

	it('run the start script and the backup script the app has, on the same database', () => {
		const service = read('deploy/converge.service');
		const backup = read('deploy/converge-backup.service');
		expect(service).toMatch(/^ExecStart=\/usr\/bin\/node scripts\/start\.js$/m);
		expect(service).toMatch(/^Restart=on-failure$/m);
		const db = (unit: string) => unit.match(/^Environment=DATABASE_PATH=(\S+)$/m)?.[1];
		expect(db(service)).toBeTruthy();
		expect(db(backup)).toBe(db(service));
		expect(backup).toMatch(/^ExecStart=\/usr\/bin\/npm run backup -- --to \S+$/m);
		expect(pkg.scripts.backup).toBeTruthy();
		expect(read('deploy/converge-backup.timer')).toMatch(/^OnUnitActiveSec=\d+min$/m);
	});
});
