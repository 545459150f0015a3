// HTTP plumbing of `npm run bench:vote`: a bounded keep-alive client for form actions, the action
// JSON ({type, status, data}) with SvelteKit's flattened data decoded without devalue, and
// server-sent-event listeners that timestamp every `change` event. Only ever talks to the app's URL.
import { Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';

export const SESSION_COOKIE = 'converge_session';

export interface Reply {
	status: number;
	headers: IncomingMessage['headers'];
	body: string;
	/** performance.now() when the request was handed to the socket pool and when the body ended */
	sentAt: number;
	doneAt: number;
}

/** A counting semaphore: at most `limit` requests in flight from this process. */
export class Gate {
	private active = 0;
	private waiting: (() => void)[] = [];
	constructor(readonly limit: number) {}
	async run<T>(fn: () => Promise<T>): Promise<T> {
		if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
		else this.active++;
		try {
			return await fn();
		} finally {
			const next = this.waiting.shift();
			if (next) next();
			else this.active--;
		}
	}
	get inFlight() {
		return this.active;
	}
}

/** The app's client: keep-alive sockets (at most `maxSockets`), requests gated to the same bound. */
export class Client {
	readonly origin: string;
	private readonly host: string;
	private readonly port: number;
	private readonly agent: Agent;
	readonly gate: Gate;

	constructor(url: string, maxInFlight: number) {
		const u = new URL(url);
		if (u.hostname !== '127.0.0.1')
			throw new Error(`refusing to load anything but 127.0.0.1 (got ${u.hostname})`);
		this.origin = u.origin;
		this.host = u.hostname;
		this.port = Number(u.port);
		this.agent = new Agent({
			keepAlive: true,
			maxSockets: maxInFlight,
			maxFreeSockets: maxInFlight
		});
		this.gate = new Gate(maxInFlight);
	}

	/** One request through the gate; the timing starts once the gate lets it through. */
	send(
		method: 'GET' | 'POST',
		path: string,
		opts: {
			token?: string;
			form?: URLSearchParams;
			action?: boolean;
			timeoutMs?: number;
			/** the address this request comes from, as a proxy in front of the app would say */
			from?: string;
		} = {}
	): Promise<Reply> {
		return this.gate.run(() => this.raw(method, path, opts));
	}

	private raw(
		method: 'GET' | 'POST',
		path: string,
		opts: {
			token?: string;
			form?: URLSearchParams;
			action?: boolean;
			timeoutMs?: number;
			/** the address this request comes from, as a proxy in front of the app would say */
			from?: string;
		}
	): Promise<Reply> {
		const body = opts.form ? Buffer.from(opts.form.toString()) : undefined;
		const headers: Record<string, string> = { accept: opts.action ? 'application/json' : '*/*' };
		if (opts.token) headers.cookie = `${SESSION_COOKIE}=${opts.token}`;
		// behind a pretend proxy (see phoneAddress) every request says where it comes from
		headers['x-forwarded-for'] = opts.from ?? '127.0.0.1';
		if (method === 'POST') {
			headers.origin = this.origin;
			headers['content-type'] = 'application/x-www-form-urlencoded';
			headers['content-length'] = String(body?.length ?? 0);
		}
		if (opts.action) headers['x-sveltekit-action'] = 'true';
		return new Promise((resolve, reject) => {
			const sentAt = performance.now();
			const req = httpRequest(
				{ host: this.host, port: this.port, method, path, headers, agent: this.agent },
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c: Buffer) => chunks.push(c));
					res.on('error', reject);
					res.on('end', () =>
						resolve({
							status: res.statusCode ?? 0,
							headers: res.headers,
							body: Buffer.concat(chunks).toString('utf8'),
							sentAt,
							doneAt: performance.now()
						})
					);
				}
			);
			req.setTimeout(opts.timeoutMs ?? 30_000, () =>
				req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' }))
			);
			req.on('error', reject);
			req.end(body);
		});
	}

	close() {
		this.agent.destroy();
	}
}

/** The session token a response sets, if any. */
export function sessionFrom(reply: Reply): string | null {
	for (const c of reply.headers['set-cookie'] ?? []) {
		const m = c.match(new RegExp(`^${SESSION_COOKIE}=([^;]+)`));
		if (m) return m[1];
	}
	return null;
}

/** A form action's JSON answer: success, failure, redirect or error. */
export interface ActionResult {
	type: string;
	status: number;
	data: unknown;
	location?: string;
	error?: unknown;
}

export function actionResult(reply: Reply): ActionResult {
	let parsed: {
		type?: string;
		status?: number;
		data?: unknown;
		location?: string;
		error?: unknown;
	};
	try {
		parsed = JSON.parse(reply.body);
	} catch {
		return { type: 'not_json', status: reply.status, data: reply.body.slice(0, 200) };
	}
	const data = typeof parsed.data === 'string' ? unflatten(JSON.parse(parsed.data)) : parsed.data;
	return {
		type: parsed.type ?? 'unknown',
		status: parsed.status ?? reply.status,
		data,
		location: parsed.location,
		error: parsed.error
	};
}

/**
 * Decodes SvelteKit's flattened payload (devalue's format: a table of values, index 0 the root,
 * objects and arrays holding indices) for the plain values this app sends: objects, arrays,
 * strings, numbers, booleans, null, dates (as ISO strings), maps and sets.
 */
export function unflatten(table: unknown): unknown {
	if (typeof table === 'number') return special(table);
	if (!Array.isArray(table)) throw new Error('not a flattened payload');
	const done = new Map<number, unknown>();
	const at = (i: number): unknown => {
		if (i < 0) return special(i);
		if (done.has(i)) return done.get(i);
		const v = table[i];
		if (v === null || typeof v !== 'object') {
			done.set(i, v);
			return v;
		}
		if (Array.isArray(v)) {
			if (typeof v[0] === 'string') {
				const [kind, ...rest] = v as [string, ...unknown[]];
				let out: unknown;
				if (kind === 'Date') out = rest[0];
				else if (kind === 'Set') out = new Set((rest as number[]).map(at));
				else if (kind === 'Map') {
					const m = new Map();
					for (let k = 0; k < rest.length; k += 2)
						m.set(at(rest[k] as number), at(rest[k + 1] as number));
					out = m;
				} else if (kind === 'null') {
					const o: Record<string, unknown> = {};
					for (let k = 0; k < rest.length; k += 2) o[rest[k] as string] = at(rest[k + 1] as number);
					out = o;
				} else out = rest[0];
				done.set(i, out);
				return out;
			}
			const arr: unknown[] = [];
			done.set(i, arr);
			for (const n of v as number[]) arr.push(at(n));
			return arr;
		}
		const obj: Record<string, unknown> = {};
		done.set(i, obj);
		for (const [k, n] of Object.entries(v as Record<string, number>)) obj[k] = at(n);
		return obj;
	};
	return at(0);
}

function special(n: number): unknown {
	switch (n) {
		case -1:
			return undefined;
		case -3:
			return NaN;
		case -4:
			return Infinity;
		case -5:
			return -Infinity;
		case -6:
			return -0;
		default:
			return null;
	}
}

/** A page's data from its __data.json: the data of every node (layouts first, the page last). */
export function pageNodes(reply: Reply): unknown[] {
	const parsed = JSON.parse(reply.body) as {
		type: string;
		nodes?: ({ type: string; data?: unknown } | null)[];
	};
	if (parsed.type !== 'data' || !parsed.nodes)
		throw new Error(`no page data (${reply.status}): ${reply.body.slice(0, 200)}`);
	return parsed.nodes.map((n) => (n && n.type === 'data' ? unflatten(n.data) : null));
}

/** One server-sent-events connection, timestamping each `event: change`. */
export class Listener {
	/** performance.now() of every change event, in arrival order */
	readonly changes: number[] = [];
	ended: string | null = null;
	private closing = false;
	private req: ReturnType<typeof httpRequest> | null = null;

	/** Resolves once the stream is open (the server has subscribed it before sending headers). */
	open(url: string, path: string, token: string, from?: string): Promise<void> {
		const u = new URL(url);
		return new Promise((resolve, reject) => {
			const req = httpRequest(
				{
					host: u.hostname,
					port: Number(u.port),
					path,
					method: 'GET',
					agent: false,
					headers: {
						accept: 'text/event-stream',
						cookie: `${SESSION_COOKIE}=${token}`,
						...(from ? { 'x-forwarded-for': from } : {})
					}
				},
				(res) => {
					if (
						res.statusCode !== 200 ||
						!String(res.headers['content-type']).startsWith('text/event-stream')
					) {
						res.resume();
						reject(
							Object.assign(new Error(`live answered ${res.statusCode}`), {
								code: `sse_status_${res.statusCode}`
							})
						);
						return;
					}
					res.setEncoding('utf8');
					let carry = '';
					res.on('data', (chunk: string) => {
						const now = performance.now();
						carry += chunk;
						let cut: number;
						while ((cut = carry.indexOf('\n\n')) >= 0) {
							const block = carry.slice(0, cut);
							carry = carry.slice(cut + 2);
							if (block.startsWith('event: change') || block.includes('\nevent: change'))
								this.changes.push(now);
						}
					});
					res.on('close', () => {
						if (!this.closing) this.ended ??= 'sse_disconnect';
					});
					res.on('error', () => {
						if (!this.closing) this.ended ??= 'sse_error';
					});
					resolve();
				}
			);
			req.on('error', (err: NodeJS.ErrnoException) => {
				if (this.closing) return;
				this.ended ??= `sse_${err.code ?? 'error'}`;
				reject(err);
			});
			req.end();
			this.req = req;
		});
	}

	close() {
		this.closing = true;
		this.req?.destroy();
	}
}

/**
 * The address of simulated phone `i`, one of a private network's: the app is started behind a
 * pretend proxy (ADDRESS_HEADER), so that every phone counts as its own client, as on a venue's
 * network where each has its own address.
 */
export function phoneAddress(i: number): string {
	return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}
