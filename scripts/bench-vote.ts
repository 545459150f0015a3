// Benchmark: npm run bench:vote [-- --polis] [--participants N] [--listeners N] [--seconds S]
//                                 [--themes N] [--concurrency N] [--seed N] [--profile DIR]
// Starts the BUILT app (scripts/start.js, as `npm start` does) on a throwaway database with the demo
// event, sets up an approval round as the facilitator over plain HTTP, then from this process (the
// server is a child process) simulates a plenary: participants join over a ramp and cast ballots
// while listeners hold server-sent-event connections. Prints throughput, ballot latency, errors,
// acknowledged vs stored ballots and the delay from an acknowledged ballot to its change event at
// the listeners, with the targets of issue 5; the cost of durable commits (synchronous = FULL against
// NORMAL on this disk); with --profile, where the server's CPU time went. Traffic goes to 127.0.0.1 only. Exits 0 whatever the
// figures; non-zero only when the benchmark itself breaks.
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync
} from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { startApp, demoLinks, type RunningApp } from './lib/app-server.js';
import {
	Client,
	Listener,
	actionResult,
	pageNodes,
	phoneAddress,
	sessionFrom,
	type ActionResult,
	type Reply
} from './lib/bench-vote-http.js';
import { hotSpots, largestProfile } from './lib/cpu-profile.js';
import { percentile, polisPlan, syntheticPlan, type Voter } from './lib/bench-vote-plan.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, '..', 'shared', 'data');
const SEED = 20260505;

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}
function count(name: string, fallback: number): number {
	const raw = option(name);
	if (raw === undefined) return fallback;
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, got ${raw}`);
	return n;
}

const polis = process.argv.includes('--polis');
const LISTENERS = count('listeners', 500);
const SECONDS = count('seconds', polis ? 75 : 60);
const CONCURRENCY = Math.max(1, count('concurrency', 50));
const THEMES = count('themes', polis ? 60 : 10);
const SEED_USED = count('seed', SEED);
const PARTICIPANTS = count('participants', polis ? 0 : 1000); // polis: 0 = every participant in the file
const PROFILE = option('profile');

const log = (s: string) => process.stderr.write(`${s}\n`);
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const sleep = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t)));

class Errors {
	readonly kinds = new Map<string, number>();
	add(kind: string, n = 1) {
		this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + n);
	}
	get total() {
		return [...this.kinds.values()].reduce((a, b) => a + b, 0);
	}
}

/** What a non-success action answer or a thrown request error is called in the error table. */
function kindOf(phase: string, r: ActionResult | Error): string {
	if (r instanceof Error)
		return `${phase}: network ${(r as NodeJS.ErrnoException).code ?? r.message}`;
	const data = r.data as { message?: string } | null;
	const why =
		r.type === 'failure' && data?.message
			? ` (${data.message})`
			: r.type === 'error'
				? ` (${JSON.stringify(r.error).slice(0, 80)})`
				: '';
	return `${phase}: ${r.type} ${r.status}${why}`;
}

async function must(
	what: string,
	p: Promise<Reply>,
	want: 'success' | 'redirect' = 'success'
): Promise<ActionResult & { reply: Reply }> {
	const reply = await p;
	const r = actionResult(reply);
	if (r.type !== want)
		throw new Error(
			`${what}: expected ${want}, got ${r.type} ${r.status} ${String(JSON.stringify(r.data ?? r.error ?? reply.body)).slice(0, 300)}`
		);
	return { ...r, reply };
}

function newestSource(path: string): number {
	if (!existsSync(path)) return 0;
	const s = statSync(path);
	if (!s.isDirectory()) return s.mtimeMs;
	let t = s.mtimeMs;
	for (const name of readdirSync(path))
		if (name !== 'paraglide') t = Math.max(t, newestSource(join(path, name)));
	return t;
}

/** CPU seconds (user + system) of the server, our own child process running scripts/start.js. */
function serverCpu(): number {
	try {
		for (const pid of readFileSync(`/proc/self/task/${process.pid}/children`, 'utf8')
			.trim()
			.split(/\s+/)) {
			if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('scripts/start.js')) continue;
			const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
			return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
		}
	} catch {
		/* not Linux: no figure */
	}
	return NaN;
}

interface Ballot {
	voter: number;
	/** 0: first ballot, 1: changed ballot */
	attempt: number;
	sentAt: number;
	doneAt: number;
	ok: boolean;
	approve: number[];
}

async function main() {
	process.chdir(ROOT);
	const handler = join(ROOT, 'build', 'handler.js');
	if (!existsSync(handler)) {
		console.error(
			'bench:vote needs a build: run `npm run build` first (build/handler.js is missing).'
		);
		process.exit(2);
	}
	const stale = ['src', 'messages', 'static', 'db/migrations'].some(
		(p) => newestSource(join(ROOT, p)) > statSync(handler).mtimeMs
	);
	if (stale)
		log(
			'note: the build is older than the sources; scripts/start.js rebuilds it before serving (about half a minute).'
		);

	// the plan first: a bad data file should fail before a server starts
	let plan: Voter[];
	let polisInfo: ReturnType<typeof polisPlan> | null = null;
	if (polis) {
		const votes = join(DATA, 'polis-bowling-green.votes.csv');
		const comments = join(DATA, 'polis-bowling-green.comments.jsonl');
		for (const f of [votes, comments]) if (!existsSync(f)) throw new Error(`--polis needs ${f}`);
		polisInfo = polisPlan(votes, comments, THEMES, SECONDS, SEED_USED);
		plan = PARTICIPANTS > 0 ? polisInfo.voters.slice(0, PARTICIPANTS) : polisInfo.voters;
	} else plan = syntheticPlan(PARTICIPANTS, THEMES, SECONDS, SEED_USED);

	const load0 = loadavg()[0];
	const wall0 = performance.now();
	log('starting the built app on a throwaway database…');
	if (PROFILE) mkdirSync(PROFILE, { recursive: true });
	// every simulated phone has its own address, told by a pretend proxy (phoneAddress)
	const app: RunningApp = await startApp(
		{ ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' },
		PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${resolve(PROFILE)}`] : []
	);
	let client: Client | null = null;
	const listeners: Listener[] = [];
	try {
		client = new Client(app.url, CONCURRENCY);
		await run(app, client, listeners, plan, polisInfo, load0, wall0);
	} finally {
		for (const l of listeners) l.close();
		client?.close();
		await app.stop();
	}
	console.log(commitCost());
	if (PROFILE) {
		const profile = largestProfile(resolve(PROFILE));
		if (!profile) console.log(`\nno CPU profile was written to ${PROFILE}`);
		else
			console.log(
				[
					'',
					'server CPU profile (self time, whole run):',
					...hotSpots(profile, ROOT, 25).map(
						(h) =>
							`  ${(h.share * 100).toFixed(1).padStart(5)} %  ${h.selfMs.toFixed(0).padStart(7)} ms  ${h.where}`
					)
				].join('\n')
			);
	}
}

/**
 * What durable commits cost on this disk: one-row write transactions on a WAL database, as the
 * app commits a ballot, synced inside each commit (synchronous = FULL) against not synced
 * (NORMAL). The app commits with NORMAL and answers after a sync of the log that waiting answers
 * share, off the main thread (src/lib/server/db/durable.ts): FULL's guarantee without its wait on
 * the one thread that serves everyone.
 */
function commitCost(): string {
	const dir = mkdtempSync(join(tmpdir(), 'converge-sync-'));
	const n = 500;
	const perCommit = (mode: 'FULL' | 'NORMAL') => {
		const db = new Database(join(dir, `${mode}.sqlite`));
		db.pragma('journal_mode = WAL');
		db.pragma(`synchronous = ${mode}`);
		db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
		const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
		const t0 = performance.now();
		for (let i = 0; i < n; i++) db.transaction(() => insert.run(`ballot ${i}`))();
		const each = (performance.now() - t0) / n;
		db.close();
		return each;
	};
	try {
		const normal = perCommit('NORMAL');
		const full = perCommit('FULL');
		return [
			'',
			`durable commits:     a commit synced inside it (synchronous = FULL) takes ${full.toFixed(3)} ms on this disk, unsynced (NORMAL) ${normal.toFixed(3)} ms (${n} one-row commits each);`,
			`                     the app commits unsynced and answers each change after a shared sync of the log off the main thread, so the ballot latency above includes that sync`
		].join('\n');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

async function run(
	app: RunningApp,
	client: Client,
	listeners: Listener[],
	plan: Voter[],
	polisInfo: ReturnType<typeof polisPlan> | null,
	load0: number,
	wall0: number
) {
	const links = demoLinks(app.output());

	// ---- set-up as the facilitator -------------------------------------------------------------
	const opened = await must(
		'open the facilitator link',
		client.send('POST', links.facilitator, { action: true, form: new URLSearchParams() }),
		'redirect'
	);
	const fac = sessionFrom(opened.reply);
	if (!fac) throw new Error('the facilitator link set no session cookie');
	const slug = opened.location?.match(/^\/e\/([^/]+)/)?.[1] ?? 'bangkok-2019';
	const themesPage = `/e/${slug}/facilitate/themes`;
	const roundsPage = `/e/${slug}/facilitate/rounds`;
	let themeIds: number[];
	const t0 = performance.now();
	if (polisInfo) {
		themeIds = [];
		for (const c of polisInfo.comments) {
			const r = await must(
				`create theme for comment ${c.id}`,
				client.send('POST', `${themesPage}?/create`, {
					token: fac,
					action: true,
					form: new URLSearchParams({ label: c.label })
				})
			);
			themeIds.push(Number((r.data as { saved: number }).saved));
		}
		log(
			`set-up: ${themeIds.length} themes created from the most-voted moderated comments (${((performance.now() - t0) / 1000).toFixed(1)} s)`
		);
	} else {
		const proposed = await must(
			'propose themes',
			client.send('POST', `${themesPage}?/propose`, {
				token: fac,
				action: true,
				form: new URLSearchParams(),
				timeoutMs: 120_000
			})
		);
		const nodes = pageNodes(await client.send('GET', `${roundsPage}/__data.json`, { token: fac }));
		const page = nodes[nodes.length - 1] as { themes: { id: number; status: string }[] };
		const candidates = page.themes.filter((t) => t.status === 'proposed').slice(0, THEMES);
		for (const t of candidates)
			await must(
				`accept theme ${t.id}`,
				client.send('POST', `${themesPage}?/status&theme=${t.id}`, {
					token: fac,
					action: true,
					form: new URLSearchParams({ status: 'accepted' })
				})
			);
		themeIds = candidates.map((t) => t.id);
		log(
			`set-up: ${(proposed.data as { proposed: number }).proposed} themes proposed, ${themeIds.length} accepted (${((performance.now() - t0) / 1000).toFixed(1)} s)`
		);
	}
	if (themeIds.length === 0) throw new Error('no themes to vote on');
	const roundForm = new URLSearchParams({
		title: polisInfo ? 'Bowling Green (Pol.is replay)' : 'Plenary approval (bench)',
		method: 'approval',
		resultsVisibility: 'live'
	});
	for (const id of themeIds) roundForm.append('themeId', String(id));
	const created = await must(
		'create the round',
		client.send('POST', `${roundsPage}?/create`, { token: fac, action: true, form: roundForm })
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
	log(`set-up: approval round ${roundId} over ${themeIds.length} themes is open`);

	const errors = new Errors();
	const joinPath = `/join/${encodeURIComponent(links.joinCode)}`;
	const join = async (
		phase: string,
		from: string
	): Promise<{ token: string; reply: Reply; from: string } | null> => {
		try {
			const reply = await client.send('POST', joinPath, {
				from,
				action: true,
				form: new URLSearchParams()
			});
			const r = actionResult(reply);
			const token = sessionFrom(reply);
			if (r.type !== 'redirect' || !token) {
				errors.add(kindOf(phase, r));
				return null;
			}
			return { token, reply, from };
		} catch (err) {
			errors.add(kindOf(phase, err as Error));
			return null;
		}
	};

	// ---- listeners: participants holding the live stream (projectors, phones) ------------------
	const livePath = `/e/${slug}/live`;
	const tl = performance.now();
	const listenerTokens = (
		await Promise.all(
			Array.from({ length: LISTENERS }, (_, i) =>
				join('listener join', phoneAddress(plan.length + i))
			)
		)
	).filter((x) => x !== null);
	for (let i = 0; i < listenerTokens.length; i += CONCURRENCY) {
		await Promise.all(
			listenerTokens.slice(i, i + CONCURRENCY).map(async ({ token, from }) => {
				const l = new Listener();
				try {
					await l.open(app.url, livePath, token, from);
					listeners.push(l);
				} catch (err) {
					errors.add(kindOf('listener connect', err as Error));
				}
			})
		);
	}
	log(
		`listeners: ${listeners.length} of ${LISTENERS} holding ${livePath} (${((performance.now() - tl) / 1000).toFixed(1)} s)`
	);
	await sleep(500);
	const strayBefore = listeners.reduce((a, l) => a + l.changes.length, 0);
	for (const l of listeners) l.changes.length = 0;

	// ---- the load --------------------------------------------------------------------------------
	const ballots: Ballot[] = [];
	const tokens: (string | null)[] = new Array(plan.length).fill(null);
	let joins = 0;
	let requests = 0;
	let lastDone = 0;
	const vote = async (
		v: Voter,
		token: string,
		attempt: number,
		approve: number[]
	): Promise<boolean> => {
		const form = new URLSearchParams({ round: String(roundId) });
		for (const i of approve) form.set(`value-${themeIds[i]}`, '1');
		let reply: Reply;
		try {
			reply = await client.send('POST', `/e/${slug}/vote`, {
				token,
				action: true,
				form,
				from: phoneAddress(v.index)
			});
		} catch (err) {
			errors.add(kindOf(attempt ? 'ballot change' : 'ballot', err as Error));
			return false;
		}
		requests++;
		lastDone = Math.max(lastDone, reply.doneAt);
		const r = actionResult(reply);
		const ok = r.type === 'success';
		if (!ok) errors.add(kindOf(attempt ? 'ballot change' : 'ballot', r));
		ballots.push({
			voter: v.index,
			attempt,
			sentAt: reply.sentAt,
			doneAt: reply.doneAt,
			ok,
			approve
		});
		return ok;
	};
	const start = performance.now();
	const cpu0 = { server: serverCpu(), own: process.cpuUsage() };
	const ticker = setInterval(() => {
		const s = (performance.now() - start) / 1000;
		log(
			`  ${s.toFixed(0).padStart(3)} s: ${joins} joined, ${ballots.filter((b) => b.ok).length} ballots acknowledged, ${client.gate.inFlight} in flight`
		);
	}, 10_000);
	let finishedPeople = 0;
	const people = plan
		.map(async (v) => {
			await sleep(start + v.joinAt - performance.now());
			const j = await join('join', phoneAddress(v.index));
			if (!j) return;
			joins++;
			requests++;
			tokens[v.index] = j.token;
			await sleep(v.thinkMs);
			const ok = await vote(v, j.token, 0, v.approve);
			if (ok && v.change) {
				await sleep(v.change.afterMs);
				await vote(v, j.token, 1, v.change.approve);
			}
		})
		.map((p) => p.finally(() => finishedPeople++));
	// bounded: every request times out after 30 s, and the whole load after the window plus a minute
	const finished = await Promise.race([
		Promise.all(people).then(() => true),
		sleep(SECONDS * 1000 + 60_000).then(() => false)
	]);
	clearInterval(ticker);
	if (!finished)
		errors.add(
			'load: participants still waiting for an answer a minute after the window',
			plan.length - finishedPeople
		);
	const loadSeconds = (lastDone - start) / 1000;
	const cpu = { server: serverCpu() - cpu0.server, own: process.cpuUsage(cpu0.own) };
	const ownCpu = (cpu.own.user + cpu.own.system) / 1e6;

	// let the last change events reach the listeners: until nothing arrives for a second (at most 15 s)
	for (let quiet = 0, last = -1, waited = 0; quiet < 1000 && waited < 15_000; waited += 200) {
		const total = listeners.reduce((a, l) => a + l.changes.length, 0);
		quiet = total === last ? quiet + 200 : 0;
		last = total;
		await sleep(200);
	}
	for (const l of listeners) if (l.ended) errors.add(`listener: ${l.ended}`);

	// ---- the database, read-only, after the run -------------------------------------------------
	const db = new Database(app.dbPath, { readonly: true, fileMustExist: true });
	const stored = (
		db.prepare('SELECT COUNT(*) AS n FROM ballots WHERE round_id = ?').get(roundId) as { n: number }
	).n;
	const eventId = (db.prepare('SELECT id FROM events WHERE slug = ?').get(slug) as { id: number })
		.id;
	const openedAt = (
		db
			.prepare(
				`SELECT MAX(id) AS id FROM change_log WHERE event_id = ? AND action = 'round.open' AND entity_id = ?`
			)
			.get(eventId, roundId) as { id: number }
	).id;
	const changes = db
		.prepare(
			'SELECT action, actor_id AS actorId FROM change_log WHERE event_id = ? AND id > ? ORDER BY id'
		)
		.all(eventId, openedAt) as { action: string; actorId: number | null }[];
	const byHash = new Map(
		(
			db
				.prepare(
					'SELECT id, session_hash AS h FROM participants WHERE event_id = ? AND session_hash IS NOT NULL'
				)
				.all(eventId) as { id: number; h: string }[]
		).map((p) => [p.h, p.id])
	);
	const storedEntries = db
		.prepare(
			'SELECT b.participant_id AS p, e.theme_id AS t FROM ballots b LEFT JOIN ballot_entries e ON e.ballot_id = b.id AND e.value = 1 WHERE b.round_id = ?'
		)
		.all(roundId) as { p: number; t: number | null }[];
	db.close();

	// ---- figures ----------------------------------------------------------------------------------
	const acked = ballots.filter((b) => b.ok);
	const latencies = Float64Array.from(ballots.map((b) => b.doneAt - b.sentAt)).sort();
	const participantOf = tokens.map((t) =>
		t ? (byHash.get(createHash('sha256').update(t).digest('hex')) ?? null) : null
	);
	const lastAck = new Map<number, Ballot>();
	for (const b of [...acked].sort((a, b) => a.attempt - b.attempt)) lastAck.set(b.voter, b);
	const storedBy = new Map<number, Set<number>>();
	for (const row of storedEntries) {
		if (!storedBy.has(row.p)) storedBy.set(row.p, new Set());
		if (row.t !== null) storedBy.get(row.p)!.add(row.t);
	}
	let missing = 0;
	let stale = 0;
	for (const [voter, b] of lastAck) {
		const pid = participantOf[voter];
		const got = pid === null ? undefined : storedBy.get(pid);
		if (!got) missing++;
		else if (got.size !== b.approve.length || b.approve.some((i) => !got.has(themeIds[i]))) stale++;
	}
	const ackedVoters = lastAck.size;

	// tally delay: the server gathers change notices for a moment and sends one per burst, so for
	// each acknowledged ballot and listener it is the time from the ballot's response to the next
	// change event that listener received (pessimistic: the notice may leave before the response)
	const expectedEvents = changes.length;
	const perListener = listeners.length ? listeners.map((l) => l.changes.length) : [0];
	const delays: number[] = [];
	let missed = 0;
	for (const l of listeners) {
		const times = Float64Array.from(l.changes).sort();
		for (const b of acked) {
			let lo = 0;
			let hi = times.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (times[mid] < b.doneAt) lo = mid + 1;
				else hi = mid;
			}
			if (lo >= times.length) missed++;
			else delays.push(times[lo] - b.doneAt);
		}
	}
	const sortedDelays = Float64Array.from(delays).sort();
	const tallyP50 = percentile(sortedDelays, 50);
	const tallyP95 = percentile(sortedDelays, 95);
	if (missed) errors.add('listener: change event never received (listener × ballot pairs)', missed);

	const p = (q: number) => percentile(latencies, q);
	const lost = missing + stale;
	const rps = requests / loadSeconds;
	const mode = polisInfo
		? `Pol.is replay (polis-bowling-green: ${polisInfo.participants} participants, ${polisInfo.voteRows} votes; ${themeIds.length} most-voted moderated comments as themes)`
		: `synthetic (seed ${SEED_USED}; ${themeIds.length} accepted themes; ${plan.filter((v) => v.change).length} planned ballot changes)`;
	const out = [
		`bench:vote — ${mode}`,
		`  ${plan.length} participants joining over ${(SECONDS * (polisInfo ? 0.8 : 0.75)).toFixed(0)} s of a ${SECONDS} s window, ${listeners.length} SSE listeners, ≤ ${CONCURRENCY} requests in flight, load average before start ${load0.toFixed(2)} (2-core box)`,
		``,
		`requests:            ${requests} (${joins} joins + ${ballots.length} ballots) in ${loadSeconds.toFixed(1)} s = ${rps.toFixed(1)} req/s`,
		`ballot latency:      p50 ${ms(p(50))}, p95 ${ms(p(95))}, p99 ${ms(p(99))}, max ${ms(latencies[latencies.length - 1])}`,
		`acknowledged:        ${acked.length} ballots (${acked.filter((b) => b.attempt === 0).length} first + ${acked.filter((b) => b.attempt === 1).length} changed) from ${ackedVoters} participants`,
		`errors:              ${errors.total}${[...errors.kinds].map(([k, n]) => `\n  ${String(n).padStart(6)}  ${k}`).join('')}`,
		`ballots in database: ${stored} (round ${roundId})`,
		`lost: ${lost}${lost ? ` (${missing} acknowledged participants without a stored ballot, ${stale} stored ballots differing from the last acknowledged one)` : ''}${stored > ackedVoters ? `; ${stored - ackedVoters} stored but never acknowledged (requests that timed out here, committed there)` : ''}`,
		`tally delay:         p50 ${ms(tallyP50)}, p95 ${ms(tallyP95)} over ${delays.length} listener × ballot pairs (${listeners.length} listeners; from each response to the next change event)`,
		`listeners:           change events per listener min ${Math.min(...perListener)}, max ${Math.max(...perListener)} (for ${expectedEvents} committed changes, gathered into bursts)${strayBefore ? `; ${strayBefore} before the load ignored` : ''}`,
		`cpu during the load: server ${cpu.server.toFixed(1)} s (${((cpu.server * 1000) / Math.max(1, requests)).toFixed(1)} ms per request), load generator ${ownCpu.toFixed(1)} s, over ${loadSeconds.toFixed(1)} s; load average now ${loadavg()[0].toFixed(2)}`,
		`wall time:           ${((performance.now() - wall0) / 1000).toFixed(0)} s`,
		``,
		`targets:`,
		`  zero errors              ${errors.total === 0 ? 'PASS' : 'FAIL'}  (${errors.total})`,
		`  zero lost ballots        ${lost === 0 ? 'PASS' : 'FAIL'}  (lost ${lost})`,
		`  ballot p99 < 100 ms      ${p(99) < 100 ? 'PASS' : 'FAIL'}  (${ms(p(99))})`,
		`  tally delay p95 < 1 s    ${tallyP95 < 1000 ? 'PASS' : 'FAIL'}  (${ms(tallyP95)})`
	];
	console.log(out.join('\n'));
}

main().then(
	() => process.exit(0),
	(err) => {
		console.error(
			`bench:vote broke: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`
		);
		process.exit(1);
	}
);
