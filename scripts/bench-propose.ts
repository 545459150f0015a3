// Benchmark: npm run bench:propose [-- --statements N] [--runs N] [--meaning]
// How long a facilitator waits for themes in the BUILT app: starts scripts/start.js on a throwaway
// database with an event of N statements (argument sentences from ../shared/data/argkp-dev.jsonl,
// 300 by default), asks for a preview of a new proposal (k = auto) N times in a row over HTTP, and
// prints each run's time as the server logged it ("Themes proposed … in X s") and as the request
// waited for it. Twice: with every run on a new worker thread (CONVERGE_ENGINE_IDLE_S=0, the engine
// compiled afresh each time), and with the worker kept between runs (the default). With --meaning
// the sentence model is on: the first run embeds every statement, the later ones reuse the vectors.
// Exits 0 whatever the figures; non-zero only when the benchmark itself breaks.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { startApp } from './lib/app-server.js';
import { Client, actionResult, sessionFrom } from './lib/bench-vote-http.js';
import { openDatabase } from '../src/lib/server/db/connection.js';
import { serverKey } from '../src/lib/server/security.js';
import { createEvent } from '../src/lib/server/services/events.js';
import { createStatement } from '../src/lib/server/db/statements.js';
import { listSectors } from '../src/lib/server/db/events.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, '..', 'shared', 'data', 'argkp-dev.jsonl');
const SECTORS = ['Education', 'Health', 'Economy'];

function count(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	if (i < 0) return fallback;
	const n = Number(process.argv[i + 1]);
	if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number, at least 1`);
	return n;
}

const STATEMENTS = count('statements', 300);
const RUNS = count('runs', 6);
const MEANING = process.argv.includes('--meaning');
const log = (s: string) => process.stderr.write(`${s}\n`);

function texts(n: number): string[] {
	if (!existsSync(DATA)) throw new Error(`the benchmark needs ${DATA}`);
	const seen = new Set<string>();
	for (const line of readFileSync(DATA, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		const t = (JSON.parse(line) as { text: string }).text.trim();
		if (t.length >= 20) seen.add(t.slice(0, 1000));
		if (seen.size >= n) break;
	}
	if (seen.size < n) throw new Error(`${DATA} holds only ${seen.size} usable texts`);
	return [...seen];
}

const SERVER_TIME = /^Themes proposed for (\d+) statements in (\d+\.\d+) s$/;
const STARTED =
	/^Proposing themes for \d+ statements on a worker thread( kept from an earlier run)?/;

interface Run {
	server: number;
	request: number;
	kept: boolean;
	/** the server process's resident memory after the run, in MB (NaN where /proc is missing) */
	rssMb: number;
}

/** Resident memory of a process, from /proc, in MB. */
function rssOf(pid: number): number {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? NaN) / 1024;
	} catch {
		return NaN;
	}
}

/** One app, one event, RUNS previews in a row; each run's times. */
async function session(lines: string[], idleSeconds: string | null): Promise<Run[]> {
	const app = await startApp({
		CONVERGE_DEMO: '0',
		CONVERGE_MEANING: MEANING ? 'on' : 'off',
		...(idleSeconds === null ? {} : { CONVERGE_ENGINE_IDLE_S: idleSeconds })
	});
	const client = new Client(app.url, 2);
	try {
		const db = openDatabase(app.dbPath);
		const { event, facilitatorPath } = createEvent(
			db,
			serverKey(app.dbPath),
			{ name: 'Propose bench' },
			SECTORS
		);
		const sectors = listSectors(db, event.id);
		const now = new Date().toISOString();
		db.transaction(() =>
			lines.forEach((text, i) =>
				createStatement(
					db,
					{
						eventId: event.id,
						sectorId: sectors[i % sectors.length].id,
						title: '',
						text,
						lang: 'en',
						authorId: null,
						source: 'import'
					},
					now
				)
			)
		)();
		db.close();
		const opened = await client.send('POST', facilitatorPath, {
			action: true,
			form: new URLSearchParams()
		});
		const token = sessionFrom(opened);
		if (!token) throw new Error('the facilitator link set no session cookie');

		const runs: Run[] = [];
		for (let r = 0; r < RUNS; r++) {
			const before = app.output().split('\n').length;
			const t0 = performance.now();
			const reply = await client.send('POST', `/e/${event.slug}/facilitate/themes?/preview`, {
				token,
				action: true,
				form: new URLSearchParams({ k: '' }),
				timeoutMs: 600_000
			});
			const request = (performance.now() - t0) / 1000;
			const result = actionResult(reply);
			const data = result.data as Record<string, unknown> | null;
			if (result.type !== 'success' || !data || !('preview' in data))
				throw new Error(`run ${r + 1} did not answer with a preview: ${reply.body.slice(0, 300)}`);
			// the log line can trail the answer by a moment
			let logged: string[] = [];
			for (let wait = 0; wait < 40; wait++) {
				logged = app
					.output()
					.split('\n')
					.slice(before - 1);
				if (logged.some((l) => SERVER_TIME.test(l))) break;
				await new Promise((res) => setTimeout(res, 25));
			}
			const time = logged.map((l) => l.match(SERVER_TIME)).find((m) => m);
			const start = logged.map((l) => l.match(STARTED)).find((m) => m);
			if (!time || !start) throw new Error(`run ${r + 1} left no log lines:\n${logged.join('\n')}`);
			if (Number(time[1]) !== lines.length)
				throw new Error(`run ${r + 1} proposed for ${time[1]} statements, not ${lines.length}`);
			runs.push({
				server: Number(time[2]),
				request,
				kept: Boolean(start[1]),
				rssMb: rssOf(app.pid)
			});
			log(`  run ${r + 1}: ${time[2]} s${start[1] ? ' (kept worker)' : ' (new worker)'}`);
		}
		return runs;
	} finally {
		client.close();
		await app.stop();
	}
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length === 0 ? NaN : (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};
const secs = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)} s` : '–');

async function main() {
	if (!existsSync('build/handler.js')) throw new Error('run `npm run build` first');
	const lines = texts(STATEMENTS);
	console.log(
		`# Waiting for themes: ${lines.length} statements, ${RUNS} previews in a row (k = auto), ${MEANING ? 'words and meaning (the first run embeds every statement)' : 'words alone'}`
	);
	console.log('');
	console.log(
		'| worker | run 1 | runs 2–' +
			RUNS +
			', median | runs 2–' +
			RUNS +
			', range | request, runs 2–' +
			RUNS +
			' median | server memory after run 1, 2, ' +
			RUNS +
			' |'
	);
	console.log('| --- | --- | --- | --- | --- | --- |');
	for (const [label, idle] of [
		['new for every run', '0'],
		['kept between runs', null]
	] as const) {
		log(`${label}:`);
		const runs = await session(lines, idle);
		const rest = runs.slice(1);
		const kept = rest.filter((r) => r.kept).length;
		const server = rest.map((r) => r.server);
		console.log(
			`| ${label} (${kept} of ${rest.length} later runs on a kept worker) | ${secs(runs[0].server)} | ${secs(median(server))} | ${secs(Math.min(...server))}–${secs(Math.max(...server))} | ${secs(median(rest.map((r) => r.request)))} | ${[runs[0], runs[1], runs[runs.length - 1]].map((r) => (r ? `${r.rssMb.toFixed(0)} MB` : '–')).join(', ')} |`
		);
	}
	console.log('');
	console.log(
		'Seconds are the server’s, from the request reaching the engine to its answer (worker start, the engine, and with --meaning the embedding); the request column is what the facilitator’s browser waited, page and database work included; memory is the server process’s resident set, its worker threads included.'
	);
}

await main();
