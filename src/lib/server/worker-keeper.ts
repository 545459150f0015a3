/**
 * Keeps the engine's worker threads between runs. A worker that answered goes back on an idle list
 * and the next run takes it, with the engine already compiled by V8 and the sentence model already
 * loaded (over 300 statements a run on a new thread takes 4 to 10 times as long,
 * docs/theme-engine.md); a worker that was stopped (time limit, cancel), failed or ran out of
 * memory is never kept. An idle worker is ended after `idleMs` (at once when it is 0: every run on
 * a new worker), and it does not hold the process open meanwhile.
 *
 * How many run at once is the engine pool's business: a worker is made only when none is idle, so
 * there are never more than the pool's runs at once, running or idle.
 */
import type { Timers } from './engine-pool';

/** What the keeper needs of a worker (node:worker_threads' Worker has all of it). */
export interface KeptWorker {
	terminate(): unknown;
	ref(): void;
	unref(): void;
	once(event: 'exit', listener: () => void): unknown;
}

export interface WorkerKeeper<W extends KeptWorker> {
	/** An idle worker (`fresh` false), or a new one (`fresh` true). */
	take(): { worker: W; fresh: boolean };
	/** Puts a worker that finished a run back for the next one. */
	keep(worker: W): void;
	/** Ends a worker for good (stopped, failed, or not wanted again). */
	end(worker: W): void;
	/** Workers idle now. */
	idle(): number;
}

export interface WorkerKeeperOptions<W> {
	create: () => W;
	/** How long an idle worker is kept, in milliseconds. */
	idleMs: number;
	timers: Timers;
}

export function createWorkerKeeper<W extends KeptWorker>(
	options: WorkerKeeperOptions<W>
): WorkerKeeper<W> {
	const { create, idleMs, timers } = options;
	const idle = new Map<W, unknown>();
	const ended = new WeakSet<W>();

	const forget = (worker: W) => {
		if (!idle.has(worker)) return;
		timers.clear(idle.get(worker));
		idle.delete(worker);
	};
	const end = (worker: W) => {
		forget(worker);
		if (ended.has(worker)) return;
		ended.add(worker);
		void worker.terminate();
	};

	return {
		take() {
			// the worker kept longest ago goes first: its timer is the nearest to ending it
			for (const worker of idle.keys()) {
				forget(worker);
				worker.ref();
				return { worker, fresh: false };
			}
			const worker = create();
			// a worker that exits by itself (a crash while idle) is not handed out again
			worker.once('exit', () => {
				forget(worker);
				ended.add(worker);
			});
			return { worker, fresh: true };
		},
		keep(worker) {
			if (ended.has(worker) || idle.has(worker)) return;
			if (idleMs <= 0) return end(worker);
			worker.unref();
			idle.set(
				worker,
				timers.set(() => end(worker), idleMs)
			);
		},
		end,
		idle: () => idle.size
	};
}
