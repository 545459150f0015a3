// Benchmark: npm run bench:live [-- --build DIR] [--ballots N] [--gap MS] [--themes N]
// How many bytes a phone downloads per ballot cast by someone else. Starts a BUILT app (DIR/index.js,
// default `build`, run from DIR's parent so it finds its own db/migrations) on a throwaway database
// with the demo event, sets up a dot round with live results over plain HTTP, opens the round's
// results page and the vote page on two phone-sized pages in Chromium, lets them settle, then has N
// other participants cast a ballot each, one every MS milliseconds (longer than the server's and the
// page's coalescing, so each ballot is its own notice). Counts what each page receives meanwhile
// (on the wire, through a counting proxy: every byte the app sends it, the live stream included) and prints
// bytes per ballot. `--build` lets the same script measure another checkout's build. Traffic goes to
// 127.0.0.1 only; exits non-zero only when the benchmark itself breaks.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import {
	Client,
	actionResult,
	pageNodes,
	sessionFrom,
	SESSION_COOKIE
} from './lib/bench-vote-http.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
const PHONE = { width: 390, height: 844 };
// a page is at rest once nothing has arrived for this long
const QUIET_MS = 2000;

function option(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
function count(name: string, fallback: number): number {
	const raw = option(name, String(fallback));
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 1)
		throw new Error(`--${name} takes a whole number above 0, got ${raw}`);
	return n;
}

const BUILD = resolve(option('build', 'build'));
const BALLOTS = count('ballots', 30);
const GAP_MS = count('gap', 600);
const THEMES = count('themes', 5);

const log = (s: string) => process.stderr.write(`${s}\n`);
const sleep = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t)));

async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const s = createServer();
		s.once('error', fail);
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => done(port));
		});
	});
}

interface App {
	url: string;
	port: number;
	output: () => string;
	stop: () => Promise<void>;
}

/** Runs `node DIR/index.js` (adapter-node's server) from DIR's parent, on a fresh database. */
async function startBuilt(build: string): Promise<App> {
	if (!existsSync(join(build, 'index.js')))
		throw new Error(`no built app at ${build} (run \`npx vite build\` there first)`);
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const dbPath = join(mkdtempSync(join(tmpdir(), 'converge-bench-live-')), 'bench.sqlite');
	const env = {
		...process.env,
		HOST: '127.0.0.1',
		PORT: String(port),
		ORIGIN: url,
		DATABASE_PATH: dbPath,
		DOTENV_CONFIG_QUIET: 'true',
		BODY_SIZE_LIMIT: '2M'
	};
	const child: ChildProcess = spawn(process.execPath, [join(build, 'index.js')], {
		cwd: dirname(build),
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let out = '';
	child.stdout!.on('data', (d) => (out += d));
	child.stderr!.on('data', (d) => (out += d));
	await new Promise<void>((done, fail) => {
		const timer = setTimeout(() => fail(new Error(`server did not start:\n${out}`)), 90_000);
		child.stdout!.on('data', () => {
			if (out.includes('Listening on')) {
				clearTimeout(timer);
				done();
			}
		});
		child.once('exit', (code) => fail(new Error(`server exited with ${code}:\n${out}`)));
	});
	return {
		url,
		port,
		output: () => out,
		stop: () =>
			new Promise((done) => {
				if (child.exitCode !== null) return done();
				child.once('exit', () => done());
				child.kill('SIGTERM');
			})
	};
}

/**
 * Bytes a page receives, counted on the wire: the page talks to the app through its own little TCP
 * proxy, which counts every byte the app sends back (headers, chunk framing and the live stream
 * included) and sees which requests were made.
 */
class WireCounter {
	bytes = 0;
	live = 0;
	dataRequests = 0;
	/** live streams opened: more than none means the page reconnected meanwhile */
	streams = 0;
	lastAt = Date.now();
	private constructor(private readonly server: Server) {}

	/** Starts a proxy to the app's port; the page is opened on the returned URL. */
	static async start(appPort: number): Promise<{ counter: WireCounter; url: string }> {
		const server = createServer();
		const counter = new WireCounter(server);
		server.on('connection', (down) => {
			const up = connect(appPort, '127.0.0.1');
			let isLive = false;
			down.on('data', (chunk: Buffer) => {
				const head = chunk.toString('latin1');
				if (/^GET \S*\/live[ ?]/m.test(head)) {
					isLive = true;
					counter.streams++;
				}
				counter.dataRequests += head.match(/^GET \S*__data\.json/gm)?.length ?? 0;
				up.write(chunk);
			});
			up.on('data', (chunk: Buffer) => {
				counter.bytes += chunk.length;
				if (isLive) counter.live += chunk.length;
				counter.lastAt = Date.now();
				down.write(chunk);
			});
			const close = () => (down.destroy(), up.destroy());
			down.on('close', close).on('error', close);
			up.on('close', close).on('error', close);
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		return { counter, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
	}

	reset() {
		this.bytes = this.live = this.dataRequests = this.streams = 0;
	}

	stop() {
		this.server.close();
	}
}

async function must(what: string, p: ReturnType<Client['send']>, want = 'success') {
	const reply = await p;
	const r = actionResult(reply);
	if (r.type !== want)
		throw new Error(
			`${what}: expected ${want}, got ${r.type} ${r.status} ${JSON.stringify(r.data ?? r.error).slice(0, 300)}`
		);
	return { ...r, reply };
}

async function quiet(counters: WireCounter[], maxMs = 20_000) {
	const start = Date.now();
	while (Date.now() - start < maxMs && counters.some((c) => Date.now() - c.lastAt < QUIET_MS))
		await sleep(200);
}

async function main() {
	log(`starting the built app in ${BUILD} on a throwaway database…`);
	const app = await startBuilt(BUILD);
	const client = new Client(app.url, 8);
	const counters: WireCounter[] = [];
	let browser: Browser | null = null;
	try {
		// ---- set-up over HTTP: the facilitator proposes themes, accepts some, opens a live dot round
		const facilitatorPath = new URL(app.output().match(/Facilitator:\s+(\S+)/)![1]).pathname;
		const joinCode = app.output().match(/code ([A-Z0-9]{3}-[A-Z0-9]{3})/)![1];
		const opened = await must(
			'open the facilitator link',
			client.send('POST', facilitatorPath, { action: true, form: new URLSearchParams() }),
			'redirect'
		);
		const fac = sessionFrom(opened.reply)!;
		const slug = opened.location?.match(/^\/e\/([^/]+)/)?.[1] ?? 'bangkok-2019';
		const roundsPage = `/e/${slug}/facilitate/rounds`;
		await must(
			'propose themes',
			client.send('POST', `/e/${slug}/facilitate/themes?/propose`, {
				token: fac,
				action: true,
				form: new URLSearchParams(),
				timeoutMs: 180_000
			})
		);
		const nodes = pageNodes(await client.send('GET', `${roundsPage}/__data.json`, { token: fac }));
		const themes = (nodes[nodes.length - 1] as { themes: { id: number; status: string }[] }).themes
			.filter((t) => t.status === 'proposed')
			.slice(0, THEMES);
		for (const t of themes)
			await must(
				`accept theme ${t.id}`,
				client.send('POST', `/e/${slug}/facilitate/themes?/status&theme=${t.id}`, {
					token: fac,
					action: true,
					form: new URLSearchParams({ status: 'accepted' })
				})
			);
		const form = new URLSearchParams({
			title: 'Live dots (bench)',
			method: 'dot',
			resultsVisibility: 'live'
		});
		for (const t of themes) form.append('themeId', String(t.id));
		const created = await must(
			'create the round',
			client.send('POST', `${roundsPage}?/create`, { token: fac, action: true, form })
		);
		const roundId = Number((created.data as { created: number }).created);
		await must(
			'open the round',
			client.send('POST', `${roundsPage}?/open&round=${roundId}`, {
				token: fac,
				action: true,
				form: new URLSearchParams({ outside: 'move' })
			})
		);
		log(`set-up: dot round ${roundId} over ${themes.length} themes is open, results live`);

		const join = async () =>
			sessionFrom(
				(
					await must(
						'join',
						client.send('POST', `/join/${joinCode.replace('-', '')}`, {
							action: true,
							form: new URLSearchParams()
						}),
						'redirect'
					)
				).reply
			)!;
		const viewers = [await join(), await join()];
		const voters: string[] = [];
		for (let i = 0; i < BALLOTS; i++) voters.push(await join());

		// ---- two phones: one on the results page, one on the vote page ---------------------------
		browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
		const pages: { name: string; path: string; token: string }[] = [
			{ name: 'results page', path: `/e/${slug}/rounds/${roundId}`, token: viewers[0] },
			{ name: 'vote page', path: `/e/${slug}/vote`, token: viewers[1] }
		];
		for (const p of pages) {
			const { counter, url } = await WireCounter.start(app.port);
			counters.push(counter);
			const ctx = await browser.newContext({ viewport: PHONE, locale: 'en-GB' });
			await ctx.addCookies([
				{
					name: SESSION_COOKIE,
					value: p.token,
					domain: '127.0.0.1',
					path: `/e/${slug}`,
					httpOnly: true,
					sameSite: 'Lax'
				}
			]);
			const page = await ctx.newPage();
			await page.goto(url + p.path, { waitUntil: 'networkidle' });
		}
		await sleep(1000);
		await quiet(counters);
		for (const c of counters) c.reset();

		// ---- the ballots of others, one every GAP_MS ------------------------------------------------
		const t0 = Date.now();
		for (let i = 0; i < voters.length; i++) {
			await sleep(t0 + i * GAP_MS - Date.now());
			const ballot = new URLSearchParams({
				round: String(roundId),
				[`value-${themes[i % themes.length].id}`]: '1'
			});
			await must(
				`ballot ${i + 1}`,
				client.send('POST', `/e/${slug}/vote`, { token: voters[i], action: true, form: ballot })
			);
		}
		await sleep(1000);
		await quiet(counters);

		// ---- figures ---------------------------------------------------------------------------------
		console.log(`bench:live — ${BUILD}`);
		console.log(
			`${BALLOTS} ballots by others, one every ${GAP_MS} ms, on a dot round of ${themes.length} themes with live results`
		);
		for (const [i, p] of pages.entries()) {
			const c = counters[i];
			const reload = c.dataRequests
				? ` (${Math.round((c.bytes - c.live) / c.dataRequests)} bytes each)`
				: '';
			console.log(
				`${p.name} (${p.path}): ${c.bytes} bytes, of which ${c.live} on the live stream (reopened ${c.streams} times); ${c.dataRequests} data reloads${reload}; ${Math.round(c.bytes / BALLOTS)} bytes per ballot`
			);
		}
	} finally {
		await browser?.close();
		for (const c of counters) c.stop();
		client.close();
		await app.stop();
	}
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
