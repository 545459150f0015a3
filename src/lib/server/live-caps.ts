/**
 * How many live-update streams one person and one address may hold open. A phone or a projector
 * needs one per open tab; a session holding thousands is a script, and every stream costs the
 * server memory and a write per burst. A whole venue may share one address behind its router, so
 * the cap per address is large; the cap per session is what stops one sign-in from hoarding.
 */

/** Streams one session may hold (a few tabs, a projector window and a phone signed in alike). */
export const LIVE_PER_SESSION = 6;
/** Streams one address may hold: a venue of a thousand screens behind one router still fits. */
export const LIVE_PER_CLIENT = 2000;

export type Refusal = 'session' | 'client';

export class LiveCaps {
	private bySession = new Map<string, number>();
	private byClient = new Map<string, number>();
	constructor(
		private readonly perSession = LIVE_PER_SESSION,
		private readonly perClient = LIVE_PER_CLIENT
	) {}

	/**
	 * Counts a new stream of this session from this address, or says which cap it would pass. The
	 * function returned gives the place back; calling it twice gives back one place only.
	 */
	open(session: string, client: string): (() => void) | Refusal {
		if ((this.bySession.get(session) ?? 0) >= this.perSession) return 'session';
		if ((this.byClient.get(client) ?? 0) >= this.perClient) return 'client';
		bump(this.bySession, session, 1);
		bump(this.byClient, client, 1);
		let open = true;
		return () => {
			if (!open) return;
			open = false;
			bump(this.bySession, session, -1);
			bump(this.byClient, client, -1);
		};
	}

	/** Streams open now, for a session or an address (tests and diagnostics). */
	count(of: { session?: string; client?: string }): number {
		return of.session !== undefined
			? (this.bySession.get(of.session) ?? 0)
			: (this.byClient.get(of.client ?? '') ?? 0);
	}
}

function bump(map: Map<string, number>, key: string, by: number) {
	const n = (map.get(key) ?? 0) + by;
	if (n > 0) map.set(key, n);
	else map.delete(key);
}

/** The process's one count of open streams. */
export const liveStreams = new LiveCaps();
