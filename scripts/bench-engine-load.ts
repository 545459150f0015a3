// Benchmark: npm run bench:engine-load [-- --statements N] [--requests N] [--events N]
// Starts the BUILT app (scripts/start.js) on a throwaway database, writes events of ~2,500 statements
// (argument sentences from ../shared/data/argkp-dev.jsonl) straight into it, signs in as each event's
// facilitator over HTTP, then fires N proposal requests at once (spread over the events) while other
// clients keep loading ordinary pages. Prints the latency of those pages (p50/p95) before and
// during the proposals, the server's peak thread count and memory (from /proc), how the requests
// were answered, and how many engine runs started. Target: p95 under 100 ms. Traffic goes to
// 127.0.0.1 only. Exits 0 whatever the figures; non-zero only when the benchmark itself breaks.
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { processSample, startApp, type RunningApp } from './lib/app-server.js';
import { existsSync } from 'node:fs';
import { Client, actionResult } from './lib/bench-vote-http.js';
import { argumentTexts, eventWithStatements, facilitatorSession } from './lib/event-fixture.js';
import { wholeNumberFlag } from './lib/whole-number-flag.js';
import { percentile } from './lib/bench-vote-plan.js';

const STATEMENTS = wholeNumberFlag('statements', 2500);
const REQUESTS = wholeNumberFlag('requests', 32);
const EVENTS = wholeNumberFlag('events', 1);
const PROBES = 4; // other clients, each loading a page, pausing 50 ms, and again
const BASELINE_MS = 5000;

const log = (s: string) => process.stderr.write(`${s}\n`);
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
const fmt = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');

interface Facilitated {
	slug: string;
	token: string;
}

/** Writes an event with its statements into the server's database and signs in as its facilitator. */
async function setUp(app: RunningApp, client: Client, name: string, lines: string[]) {
	const { slug, facilitatorPath } = eventWithStatements(app, name, lines);
	return { slug, token: await facilitatorSession(client, facilitatorPath) } satisfies Facilitated;
}

/** Other clients loading pages back to back until told to stop; every latency in ms. */
function probe(client: Client, pages: { path: string; token?: string }[]) {
	const times: number[] = [];
	const errors: string[] = [];
	let going = true;
	const loops = Array.from({ length: PROBES }, async (_, p) => {
		for (let i = p; going; i++) {
			const page = pages[i % pages.length];
			const t0 = performance.now();
			try {
				const r = await client.send('GET', page.path, { token: page.token });
				if (r.status !== 200) errors.push(`${page.path}: ${r.status}`);
				times.push(performance.now() - t0);
			} catch (e) {
				errors.push(`${page.path}: ${(e as Error).message}`);
			}
			await sleep(50);
		}
	});
	return {
		stop: async () => {
			going = false;
			await Promise.all(loops);
			return { times: times.sort((a, b) => a - b), errors };
		}
	};
}

function report(label: string, r: { times: number[]; errors: string[] }) {
	const t = r.times;
	console.log(
		`  ${label.padEnd(34)} p50 ${fmt(percentile(t, 50)).padStart(9)}  p95 ${fmt(percentile(t, 95)).padStart(9)}  max ${fmt(t[t.length - 1] ?? NaN).padStart(9)}  (${t.length} requests, ${r.errors.length} errors)`
	);
	for (const e of [...new Set(r.errors)].slice(0, 5)) console.log(`    error: ${e}`);
}

async function main() {
	if (!existsSync('build/handler.js')) throw new Error('run `npm run build` first');
	const lines = argumentTexts(STATEMENTS);
	const load0 = loadavg()[0];
	log('starting the built app on a throwaway database…');
	const app = await startApp({ CONVERGE_DEMO: '0' });
	const fire = new Client(app.url, REQUESTS + 8);
	const others = new Client(app.url, PROBES + 2);
	try {
		const events: Facilitated[] = [];
		for (let e = 0; e < EVENTS; e++)
			events.push(await setUp(app, fire, `Engine load ${e + 1}`, lines));
		// the other people: a facilitator of another, small event, and the home page
		const bystander = await setUp(app, others, 'Bystander', lines.slice(0, 30));
		const pages = [
			{ path: '/' },
			{ path: `/e/${bystander.slug}/facilitate`, token: bystander.token },
			{ path: `/e/${bystander.slug}/facilitate/statements`, token: bystander.token }
		];
		log(`set-up: ${EVENTS} event(s) of ${lines.length} statements; measuring a quiet baseline…`);

		let peak = processSample(app.pid) ?? { threads: NaN, rssMb: NaN };
		const idle = peak;
		const sampler = setInterval(() => {
			const s = processSample(app.pid);
			if (s)
				peak = {
					threads: Math.max(peak.threads, s.threads),
					rssMb: Math.max(peak.rssMb, s.rssMb)
				};
		}, 50);

		const quiet = probe(others, pages);
		await sleep(BASELINE_MS);
		const baseline = await quiet.stop();

		log(`firing ${REQUESTS} proposal requests at once…`);
		const runsBefore = (app.output().match(/Proposing themes for/g) ?? []).length;
		const loaded = probe(others, pages);
		const t0 = performance.now();
		const answers = await Promise.all(
			Array.from({ length: REQUESTS }, (_, i) => {
				const ev = events[i % events.length];
				return fire
					.send('POST', `/e/${ev.slug}/facilitate/themes?/propose`, {
						token: ev.token,
						action: true,
						form: new URLSearchParams(),
						timeoutMs: 600_000
					})
					.then((r) => ({ r, at: performance.now() - t0 }));
			})
		);
		// wait until every event's run has ended
		for (const ev of events)
			for (;;) {
				const r = await fire.send('GET', `/e/${ev.slug}/facilitate/themes/engine`, {
					token: ev.token
				});
				if ((JSON.parse(r.body) as { run: unknown }).run === null) break;
				await sleep(250);
			}
		const drained = performance.now() - t0;
		const during = await loaded.stop();
		clearInterval(sampler);
		const runs = (app.output().match(/Proposing themes for/g) ?? []).length - runsBefore;

		const kinds = new Map<string, number>();
		for (const { r } of answers) {
			const a = actionResult(r);
			const d = a.data as Record<string, unknown> | null;
			const kind =
				a.type !== 'success'
					? `${a.type} ${a.status}`
					: d && 'proposed' in d
						? 'proposed'
						: d && 'waiting' in d
							? `waiting (${(d.waiting as { state: string }).state})`
							: d && 'outcome' in d
								? `stopped (${JSON.stringify((d.outcome as { stopped?: string }).stopped)})`
								: 'other';
			kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
		}
		const answerTimes = answers.map((a) => a.at).sort((a, b) => a - b);

		console.log(
			`Engine load: ${REQUESTS} proposal requests at once over ${EVENTS} event(s) of ${lines.length} statements; ${PROBES} other clients loading pages (${availableParallelism()} cores, engine threads: max(1, cores - 1))`
		);
		console.log(
			`Machine load average (1 min) at the start: ${load0.toFixed(2)}, at the end: ${loadavg()[0].toFixed(2)}`
		);
		console.log('Latency of other clients’ page requests:');
		report('quiet (5 s before)', baseline);
		report(`while ${REQUESTS} proposals are requested`, during);
		console.log(
			`  target: p95 under 100 ms while proposals are requested → ${percentile(during.times, 95) < 100 ? 'met' : 'NOT met'}`
		);
		console.log('Server process:');
		console.log(
			`  threads  idle ${idle.threads}, peak ${peak.threads}    RSS  idle ${idle.rssMb.toFixed(0)} MB, peak ${peak.rssMb.toFixed(0)} MB`
		);
		console.log('Proposal requests:');
		console.log(
			`  answered: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}; all answered within ${(answerTimes[answerTimes.length - 1] / 1000).toFixed(1)} s`
		);
		console.log(
			`  engine runs started: ${runs} (one per event: requests for a running proposal join it); all runs ended after ${(drained / 1000).toFixed(1)} s`
		);
	} finally {
		fire.close();
		others.close();
		await app.stop();
	}
}

await main();
