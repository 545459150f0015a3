/**
 * Guessing doors: join codes and links are secrets, and a client that gets many wrong in a row is
 * guessing. Each client (by its address) may get at most MAX_MISSES wrong in a sliding WINDOW_MS;
 * past that, every try (right or wrong) is refused until the oldest miss leaves the window, with
 * a message that says when to try again. Right answers never count, so a room full of people
 * joining behind one address is never held up by its own success. In memory: a restart forgets.
 */

/** Wrong tries a client may make per window; a person mistyping a code makes two or three. */
export const MAX_MISSES = 10;
export const WINDOW_MS = 60_000;
/** Clients remembered at most; the ones idle longest are forgotten first. */
const MAX_CLIENTS = 50_000;

export class Attempts {
	private misses = new Map<string, number[]>();
	constructor(
		private readonly max = MAX_MISSES,
		private readonly windowMs = WINDOW_MS,
		private readonly now: () => number = Date.now
	) {}

	private recent(key: string): number[] {
		const since = this.now() - this.windowMs;
		const kept = (this.misses.get(key) ?? []).filter((t) => t > since);
		if (kept.length) this.misses.set(key, kept);
		else this.misses.delete(key);
		return kept;
	}

	/** Seconds until the client may try again, or 0 when it may try now. */
	waitSeconds(key: string): number {
		const kept = this.recent(key);
		if (kept.length < this.max) return 0;
		return Math.max(
			1,
			Math.ceil((kept[kept.length - this.max] + this.windowMs - this.now()) / 1000)
		);
	}

	/** Notes a wrong try. */
	miss(key: string): void {
		const kept = this.recent(key);
		kept.push(this.now());
		this.misses.delete(key);
		this.misses.set(key, kept);
		if (this.misses.size > MAX_CLIENTS) this.misses.delete(this.misses.keys().next().value!);
	}
}

/** The process's one record of wrong tries at its doors (join codes and links). */
export const doors = new Attempts();
