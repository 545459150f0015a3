/**
 * How much one person and one address may send. Every form and every write goes through one
 * count per session (a signed-in phone, a facilitator's laptop) and one per address; past either,
 * the request is refused unread with a message that says when to try again, and nothing is saved.
 * A room behind one router shares an address, so its allowance is large (a plenary of a thousand
 * votes in a minute fits); the per-session allowance is what stops one sign-in from flooding.
 * Counts are kept in memory per minute: a restart forgets them.
 */

export const WINDOW_MS = 60_000;
/** Writes a session may send per minute: a facilitator curating at speed sends a few dozen. */
export const POSTS_PER_SESSION = 300;
/** Writes an address may send per minute: a venue behind one router, every phone voting at once. */
export const POSTS_PER_ADDRESS = 6000;
/**
 * Writes one event may receive per minute from everyone: a plenary of 10,000 voting within a
 * minute fits with room to spare, and one event's flood cannot take the whole server from the
 * others on it.
 */
export const POSTS_PER_EVENT = 30_000;
/** Keys remembered at most; the ones idle longest are forgotten first. */
const MAX_KEYS = 100_000;

export class RateLimit {
	private windows = new Map<string, { start: number; count: number }>();
	constructor(
		private readonly max: number,
		private readonly windowMs = WINDOW_MS,
		private readonly now: () => number = Date.now
	) {}

	/** Counts one request of `key`: 0 when it may go on, else the seconds until it may. */
	take(key: string): number {
		const t = this.now();
		let w = this.windows.get(key);
		if (!w || t - w.start >= this.windowMs) w = { start: t, count: 0 };
		this.windows.delete(key);
		this.windows.set(key, w);
		if (this.windows.size > MAX_KEYS) this.windows.delete(this.windows.keys().next().value!);
		if (w.count >= this.max) return Math.max(1, Math.ceil((w.start + this.windowMs - t) / 1000));
		w.count++;
		return 0;
	}
}

function allowance(name: string, fallback: number): number {
	const n = Number(process.env[name]);
	return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The process's counts, with the allowances the operator may set (CONVERGE_POSTS_PER_SESSION, …_PER_ADDRESS, …_PER_EVENT). */
export const writes = {
	bySession: new RateLimit(allowance('CONVERGE_POSTS_PER_SESSION', POSTS_PER_SESSION)),
	byAddress: new RateLimit(allowance('CONVERGE_POSTS_PER_ADDRESS', POSTS_PER_ADDRESS)),
	byEvent: new RateLimit(allowance('CONVERGE_POSTS_PER_EVENT', POSTS_PER_EVENT))
};

/**
 * Seconds a write must wait, counting it against the session (when signed in), the address and
 * the event it is for (by its address, `/e/<event>/…`); 0 when it may go on.
 */
export function writeWait(session: string | undefined, address: string, path: string): number {
	return writeWaitWith(writes, session, address, path);
}

/** The same, with the counts given (tests). */
export function writeWaitWith(
	counts: typeof writes,
	session: string | undefined,
	address: string,
	path: string
): number {
	const bySession = session ? counts.bySession.take(session) : 0;
	if (bySession) return bySession;
	const byAddress = counts.byAddress.take(address);
	if (byAddress) return byAddress;
	const event = path.match(/^\/e\/([^/]+)/)?.[1];
	return event ? counts.byEvent.take(event) : 0;
}
