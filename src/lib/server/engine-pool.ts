/**
 * A bounded queue for the theme engine: at most `size` runs at once across the server, at most one
 * run per key (an event), a request that matches the run already queued or running for its key
 * joins it, and every run has a time limit and can be cancelled. Runs start in the order asked.
 *
 * A task gets an AbortSignal; the pool aborts it on timeout or cancel and settles the run's promise
 * with an `EngineStopped` at once, freeing the slot (the task is expected to stop its worker).
 */

/** Why a run ended without a result. */
export type StopReason = 'timeout' | 'cancelled' | 'memory';

export class EngineStopped extends Error {
	constructor(readonly reason: StopReason) {
		super(`theme engine stopped: ${reason}`);
	}
}

export type EngineTask<R> = (signal: AbortSignal) => Promise<R>;

/** Where a key's run stands: waiting with its place in line (1 is next), or running. */
export type RunState = { state: 'queued'; position: number } | { state: 'running' };

export interface Submitted<R> {
	promise: Promise<R>;
	/** true when the request joined a run already queued or running for its key */
	joined: boolean;
}

export interface Timers {
	set(fn: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

export interface EnginePoolOptions {
	/** runs at once across all keys */
	size: number;
	/** a run's time limit once started, in milliseconds */
	timeoutMs: number;
	timers?: Timers;
}

interface Run {
	key: string;
	signature: string;
	task: EngineTask<unknown>;
	controller: AbortController;
	resolve: (value: unknown) => void;
	reject: (err: unknown) => void;
	promise: Promise<unknown>;
	timer?: unknown;
	settled: boolean;
}

export interface EnginePool {
	/**
	 * Queues a task for a key. When a run for the key is queued or running with the same
	 * signature, the request joins it; with another signature it is refused (`busy`).
	 */
	submit<R>(
		key: string,
		signature: string,
		task: EngineTask<R>
	): Submitted<R> | { busy: RunState & { signature: string } };
	/** The key's run, or null when it has none. */
	status(key: string): (RunState & { signature: string }) | null;
	/** Cancels the key's run, queued or running; false when it had none. */
	cancel(key: string): boolean;
	/** Runs running and queued now, and runs started since the pool was made. */
	stats(): { running: number; queued: number; started: number };
}

const realTimers: Timers = {
	set: (fn, ms) => setTimeout(fn, ms),
	clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>)
};

export function createEnginePool(options: EnginePoolOptions): EnginePool {
	const size = Math.max(1, Math.floor(options.size));
	const timers = options.timers ?? realTimers;
	const queue: Run[] = [];
	const running = new Map<string, Run>();
	let started = 0;

	const find = (key: string) => running.get(key) ?? queue.find((r) => r.key === key);

	function finish(run: Run, outcome: { value: unknown } | { error: unknown }) {
		if (run.settled) return;
		run.settled = true;
		if (run.timer !== undefined) timers.clear(run.timer);
		if (running.get(run.key) === run) running.delete(run.key);
		const i = queue.indexOf(run);
		if (i >= 0) queue.splice(i, 1);
		if ('value' in outcome) run.resolve(outcome.value);
		else run.reject(outcome.error);
		pump();
	}

	function stop(run: Run, reason: StopReason) {
		run.controller.abort(new EngineStopped(reason));
		finish(run, { error: new EngineStopped(reason) });
	}

	function pump() {
		while (running.size < size && queue.length > 0) {
			const run = queue.shift()!;
			running.set(run.key, run);
			started++;
			run.timer = timers.set(() => stop(run, 'timeout'), options.timeoutMs);
			let result: Promise<unknown>;
			try {
				result = run.task(run.controller.signal);
			} catch (error) {
				result = Promise.reject(error);
			}
			result.then(
				(value) => finish(run, { value }),
				(error) => finish(run, { error })
			);
		}
	}

	function stateOf(run: Run): RunState & { signature: string } {
		return running.get(run.key) === run
			? { state: 'running', signature: run.signature }
			: { state: 'queued', position: queue.indexOf(run) + 1, signature: run.signature };
	}

	return {
		submit<R>(key: string, signature: string, task: EngineTask<R>) {
			const existing = find(key);
			if (existing) {
				if (existing.signature !== signature) return { busy: stateOf(existing) };
				return { promise: existing.promise as Promise<R>, joined: true };
			}
			let resolve!: (value: unknown) => void;
			let reject!: (err: unknown) => void;
			const promise = new Promise<unknown>((res, rej) => {
				resolve = res;
				reject = rej;
			});
			// a run nobody awaits any more (everyone went away) must not count as unhandled
			promise.catch(() => {});
			queue.push({
				key,
				signature,
				task: task as EngineTask<unknown>,
				controller: new AbortController(),
				resolve,
				reject,
				promise,
				settled: false
			});
			pump();
			return { promise: promise as Promise<R>, joined: false };
		},
		status(key) {
			const run = find(key);
			return run ? stateOf(run) : null;
		},
		cancel(key) {
			const run = find(key);
			if (!run) return false;
			stop(run, 'cancelled');
			return true;
		},
		stats: () => ({ running: running.size, queued: queue.length, started })
	};
}
