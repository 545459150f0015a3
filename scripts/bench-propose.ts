// Benchmark: npm run bench:propose [-- --statements N] [--runs N] [--meaning]
// How long a facilitator waits for themes in the BUILT app: starts scripts/start.js on a throwaway
// database with an event of N statements (argument sentences from ../shared/data/argkp-dev.jsonl,
// 300 by default), asks for a preview of a new proposal (k = auto) N times in a row over HTTP, and
// prints each run's time as the server logged it ("Themes proposed … in X s") and as the request
// waited for it. Twice: with every run on a new worker thread (CONVERGE_ENGINE_IDLE_S=0, the engine
// compiled afresh each time), and with the worker kept between runs (the default). With --meaning
// the sentence model is on: the first run embeds every statement, the later ones reuse the vectors.
// Exits 0 whatever the figures; non-zero only when the benchmark itself breaks.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { processSample, startApp } from './lib/app-server.js';
import { Client, actionResult } from './lib/bench-vote-http.js';
import { argumentTexts, eventWithStatements, facilitatorSession } from './lib/event-fixture.js';
import { wholeNumberFlag } from './lib/whole-number-flag.js';

const STATEMENTS = wholeNumberFlag('statements', 300);
const RUNS = wholeNumberFlag('runs', 6);
const MEANING = process.argv.includes('--meaning');
const log = (s: string) => process.stderr.write(`${s}\n`);

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

/** One app, one event, RUNS previews in a row; each run's times. */
async function session(lines: string[], idleSeconds: string | null): Promise<Run[]> {
	const app = await startApp({
		CONVERGE_DEMO: '0',
		CONVERGE_MEANING: MEANING ? 'on' : 'off',
		...(idleSeconds === null ? {} : { CONVERGE_ENGINE_IDLE_S: idleSeconds })
	});
	const client = new Client(app.url, 2);
	try {
		const event = eventWithStatements(app, 'Propose bench', lines);
		const token = await facilitatorSession(client, event.facilitatorPath);

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
				rssMb: processSample(app.pid)?.rssMb ?? NaN
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
	const lines = argumentTexts(STATEMENTS);
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
