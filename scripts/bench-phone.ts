// Benchmark: npm run bench:phone [-- --budget KB] [--runs N] [--scripts]
// What a phone on a slow network pays to open the three pages people open on their phones: the
// join page, the ballot page (a participant during an open dot round) and a rapporteur's sector
// page. Starts the BUILT app through scripts/start.js on a throwaway database with the demo event
// (CONVERGE_COMPRESS=0 measures it without compression), sets the round up over plain HTTP the
// way bench:live does, then opens each page cold, in its own Chromium context, with CDP throttling:
// 400 kbit/s down and up, 400 ms latency, CPU 4× slower. Prints the requests, the JavaScript bytes
// and all bytes on the wire (as Chromium counts them: gzipped bodies plus headers) and the time
// to interactive, against a JavaScript budget (default 50 KB of gzipped script bodies; the bytes
// with each script response's headers are printed beside them). Each page is opened N times (default
// 3); the visit with the median time to interactive is shown. Time to interactive runs from
// navigation start until SvelteKit has hydrated the page and started its router, whose first act
// is `history.scrollRestoration = 'manual'` (seen by an init script): from then on links, forms
// and live updates work. --scripts lists each page's scripts, largest first, with their gzipped
// bodies. Traffic goes to 127.0.0.1 only; exits non-zero only when it breaks.
import type { Browser, Page } from 'playwright-core';
import { startApp, demoLinks } from './lib/app-server.js';
import { launch, context, PHONE } from './lib/chromium.js';
import {
	Client,
	actionResult,
	pageNodes,
	sessionFrom,
	SESSION_COOKIE
} from './lib/bench-vote-http.js';

const NETWORK = {
	offline: false,
	latency: 400,
	downloadThroughput: 50_000,
	uploadThroughput: 50_000
};
const CPU_SLOWDOWN = 4;
// the page has settled once nothing has arrived for this long after it became interactive
const QUIET_MS = 1500;

function option(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	const raw = i >= 0 ? process.argv[i + 1] : String(fallback);
	const n = Number(raw);
	if (!Number.isFinite(n) || n <= 0)
		throw new Error(`--${name} takes a number above 0, got ${raw}`);
	return n;
}

const log = (s: string) => process.stderr.write(`${s}\n`);
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

async function must(what: string, p: ReturnType<Client['send']>, want = 'success') {
	const reply = await p;
	const r = actionResult(reply);
	if (r.type !== want)
		throw new Error(
			`${what}: expected ${want}, got ${r.type} ${r.status} ${reply.body.slice(0, 300)}`
		);
	return { ...r, reply };
}

/** Opens a dot round over a few accepted themes, as the facilitator; returns the event's slug. */
async function openRound(client: Client, facilitatorPath: string): Promise<string> {
	const opened = await must(
		'open the facilitator link',
		client.send('POST', facilitatorPath, { action: true, form: new URLSearchParams() }),
		'redirect'
	);
	const fac = sessionFrom(opened.reply)!;
	const post = (path: string, form = new URLSearchParams()) =>
		must(path, client.send('POST', path, { token: fac, action: true, form, timeoutMs: 180_000 }));
	const slug = opened.location!.match(/^\/e\/([^/]+)/)![1];
	const rounds = `/e/${slug}/facilitate/rounds`;
	await post(`/e/${slug}/facilitate/themes?/propose`);
	const nodes = pageNodes(await client.send('GET', `${rounds}/__data.json`, { token: fac }));
	const themes = (nodes[nodes.length - 1] as { themes: { id: number; status: string }[] }).themes
		.filter((t) => t.status === 'proposed')
		.slice(0, 5);
	for (const t of themes)
		await post(
			`/e/${slug}/facilitate/themes?/status&theme=${t.id}`,
			new URLSearchParams({ status: 'accepted' })
		);
	const form = new URLSearchParams({
		title: 'Phone bench',
		method: 'dot',
		resultsVisibility: 'live'
	});
	for (const t of themes) form.append('themeId', String(t.id));
	const roundId = Number(
		((await post(`${rounds}?/create`, form)).data as { created: number }).created
	);
	await post(`${rounds}?/open&round=${roundId}`, new URLSearchParams({ outside: 'move' }));
	return slug;
}

/** Opens a link (facilitator, rapporteur or join code) the way its button does: session and page. */
async function follow(client: Client, path: string) {
	const r = await must(
		path,
		client.send('POST', path, { action: true, form: new URLSearchParams() }),
		'redirect'
	);
	return { token: sessionFrom(r.reply), path: r.location! };
}

interface Figures {
	requests: number;
	/** the gzipped bodies of the scripts: what the budget counts */
	jsGzip: number;
	/** the scripts on the wire, their response headers included */
	jsBytes: number;
	bytes: number;
	interactiveMs: number;
	loadMs: number;
	/** each script's path and gzipped body */
	scripts: { path: string; body: number }[];
}

/** One cold visit under throttling; bytes as Chromium's network stack counts them. */
async function visit(page: Page, url: string): Promise<Figures> {
	const cdp = await page.context().newCDPSession(page);
	const wire = new Map<string, { url: string; js: boolean; body: number; bytes: number }>();
	let lastAt = Date.now();
	cdp.on('Network.requestWillBeSent', (e) => {
		if (!e.request.url.startsWith('data:'))
			wire.set(e.requestId, { url: e.request.url, js: e.type === 'Script', body: 0, bytes: 0 });
	});
	cdp.on('Network.dataReceived', (e) => {
		const r = wire.get(e.requestId);
		// the body's chunks as they arrive, compressed
		if (r) {
			r.body += e.encodedDataLength;
			r.bytes += e.encodedDataLength;
		}
		lastAt = Date.now();
	});
	cdp.on('Network.loadingFinished', (e) => {
		const r = wire.get(e.requestId);
		// the total, headers included, replaces the running sum of the body's chunks
		if (r) r.bytes = Math.max(r.bytes, e.encodedDataLength);
		lastAt = Date.now();
	});
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	// what a phone asks for over plain http on the workshop's network: Chromium offers brotli only
	// to secure origins (127.0.0.1 counts as one, a laptop's LAN address does not)
	await cdp.send('Network.setExtraHTTPHeaders', {
		headers: { 'Accept-Encoding': 'gzip, deflate' }
	});
	await cdp.send('Network.emulateNetworkConditions', NETWORK);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
	await page.waitForFunction(() => 'routerAt' in window, null, { timeout: 180_000, polling: 100 });
	while (Date.now() - lastAt < QUIET_MS) await sleep(200);
	const times = await page.evaluate(() => ({
		interactiveMs: (window as unknown as { routerAt: number }).routerAt,
		loadMs: performance.getEntriesByType('navigation')[0].toJSON().loadEventEnd as number
	}));
	const all = [...wire.values()];
	const sum = (rs: typeof all) => rs.reduce((n, r) => n + r.bytes, 0);
	const scripts = all.filter((r) => r.js);
	return {
		requests: all.length,
		jsGzip: scripts.reduce((n, r) => n + r.body, 0),
		jsBytes: sum(scripts),
		bytes: sum(all),
		...times,
		scripts: scripts
			.map((r) => ({ path: new URL(r.url).pathname, body: r.body }))
			.sort((a, b) => b.body - a.body)
	};
}

/** Records when SvelteKit's router starts, i.e. right after hydration. */
function markRouterStart() {
	const own = Object.getOwnPropertyDescriptor(History.prototype, 'scrollRestoration')!;
	Object.defineProperty(History.prototype, 'scrollRestoration', {
		configurable: true,
		get() {
			return own.get!.call(this);
		},
		set(v: ScrollRestoration) {
			if (v === 'manual' && !('routerAt' in window))
				Object.assign(window, { routerAt: performance.now() });
			own.set!.call(this, v);
		}
	});
}

async function measure(browser: Browser, origin: string, path: string, token: string | null) {
	const ctx = await context(browser, { viewport: PHONE });
	if (token)
		await ctx.addCookies([
			{ name: SESSION_COOKIE, value: token, url: origin, httpOnly: true, sameSite: 'Lax' }
		]);
	await ctx.addInitScript(markRouterStart);
	try {
		return await visit(await ctx.newPage(), origin + path);
	} finally {
		await ctx.close();
	}
}

async function main() {
	const budget = option('budget', 50);
	const runs = Math.round(option('runs', 3));
	const listScripts = process.argv.includes('--scripts');
	const compressed = process.env.CONVERGE_COMPRESS !== '0';
	log('starting the built app (scripts/start.js) on a throwaway database…');
	const app = await startApp();
	const client = new Client(app.url, 4);
	let browser: Browser | null = null;
	try {
		const links = demoLinks(app.output());
		const slug = await openRound(client, links.facilitator);
		const participant = await follow(client, `/join/${links.joinCode.replace('-', '')}`);
		const rapporteur = await follow(client, links.rapporteur('Labour'));
		log(`set-up: a dot round is open in ${slug}; rapporteur page ${rapporteur.path}`);
		const pages = [
			{ name: 'join', path: '/join', token: null },
			{ name: 'ballot', path: `/e/${slug}/vote`, token: participant.token },
			{ name: 'rapporteur', path: rapporteur.path, token: rapporteur.token }
		];
		browser = await launch();
		console.log(`bench:phone — compression ${compressed ? 'on' : 'off (CONVERGE_COMPRESS=0)'}`);
		console.log(
			`400 kbit/s down and up, 400 ms latency, CPU ${CPU_SLOWDOWN}× slower, cold cache; JavaScript budget ${budget} KB gzipped; median of ${runs} visits`
		);
		console.log(
			'page        requests   JS gzip  JS+headers   all bytes  interactive   load  budget'
		);
		for (const p of pages) {
			const visits: Figures[] = [];
			for (let i = 0; i < runs; i++) visits.push(await measure(browser, app.url, p.path, p.token));
			const f = visits.sort((a, b) => a.interactiveMs - b.interactiveMs)[(runs - 1) >> 1];
			const verdict = f.jsGzip <= budget * 1000 ? 'pass' : 'FAIL';
			console.log(
				`${p.name.padEnd(11)} ${String(f.requests).padStart(8)} ${String(f.jsGzip).padStart(9)} ${String(f.jsBytes).padStart(11)} ${String(f.bytes).padStart(11)} ${(f.interactiveMs / 1000).toFixed(1).padStart(10)} s ${(f.loadMs / 1000).toFixed(1).padStart(4)} s  ${verdict}  ${p.path}`
			);
			if (listScripts)
				for (const s of f.scripts) console.log(`${String(s.body).padStart(29)}  ${s.path}`);
		}
		console.log(
			"JS gzip: the scripts' compressed bodies (the budget); JS+headers: the same with each response's headers"
		);
		console.log(
			'interactive: navigation start until SvelteKit has hydrated and started its router'
		);
	} finally {
		await browser?.close();
		client.close();
		await app.stop();
	}
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
