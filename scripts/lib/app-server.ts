/** Starts the built app on a free port with a throwaway database, the way `npm start` does. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningApp {
	url: string;
	/** everything the server printed, for the links of the demo event */
	output: () => string;
	dbPath: string;
	/** the server's process id, to read its threads and memory */
	pid: number;
	stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
	});
}

/**
 * Runs scripts/start.js (build must exist) with DATABASE_PATH in a fresh temp folder. `nodeArgs`
 * go to node before the script (for example `--cpu-prof`, which NODE_OPTIONS does not accept).
 */
export async function startApp(
	env: Record<string, string> = {},
	nodeArgs: string[] = []
): Promise<RunningApp> {
	const port = await freePort();
	const dbPath = join(mkdtempSync(join(tmpdir(), 'converge-e2e-')), 'e2e.sqlite');
	const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'scripts/start.js'], {
		cwd: process.cwd(),
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			DATABASE_PATH: dbPath,
			DOTENV_CONFIG_QUIET: 'true',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let out = '';
	child.stdout!.on('data', (d) => (out += d));
	child.stderr!.on('data', (d) => (out += d));
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 90_000);
		const check = () => {
			if (out.includes('Listening on')) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout!.on('data', check);
		child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
	});
	return {
		url: `http://127.0.0.1:${port}`,
		output: () => out,
		dbPath,
		pid: child.pid!,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}

/** The demo links printed at start-up, as paths. */
export function demoLinks(output: string) {
	const path = (line: RegExp) => {
		const match = output.match(line);
		if (!match) throw new Error(`no ${line} in the start-up output`);
		return new URL(match[1]).pathname;
	};
	const code = output.match(/code ([A-Z0-9]{3}-[A-Z0-9]{3})/)?.[1];
	return {
		facilitator: path(/Facilitator:\s+(\S+)/),
		rapporteur: (sector: string) => path(new RegExp(`Rapporteur ${sector}\\s+(\\S+)`)),
		joinCode: code ?? ''
	};
}

/** Threads and resident memory of a process, from /proc. */
export function processSample(pid: number): { threads: number; rssMb: number } | null {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const threads = Number(status.match(/^Threads:\s+(\d+)/m)?.[1] ?? NaN);
		const rssKb = Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? NaN);
		return { threads, rssMb: rssKb / 1024 };
	} catch {
		return null;
	}
}
