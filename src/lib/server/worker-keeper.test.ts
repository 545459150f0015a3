import { describe, expect, it } from 'vitest';
import { manualTimers } from './manual-timers';
import { createWorkerKeeper } from './worker-keeper';

/** A worker that records what was done to it and can exit when the test says so. */
class FakeWorker {
	terminated = 0;
	referenced = true;
	private onExit: (() => void)[] = [];
	constructor(readonly name: string) {}
	terminate() {
		this.terminated++;
	}
	ref() {
		this.referenced = true;
	}
	unref() {
		this.referenced = false;
	}
	once(_event: 'exit', listener: () => void) {
		this.onExit.push(listener);
	}
	exit() {
		for (const l of this.onExit.splice(0)) l();
	}
}

function keeper(idleMs = 1000) {
	const t = manualTimers();
	const made: FakeWorker[] = [];
	const k = createWorkerKeeper({
		create: () => {
			const w = new FakeWorker(`w${made.length + 1}`);
			made.push(w);
			return w;
		},
		idleMs,
		timers: t.timers
	});
	return { t, made, k };
}

describe('worker keeper', () => {
	it('hands a worker that finished its run to the next run instead of making one', () => {
		const { made, k } = keeper();
		const first = k.take();
		expect(first.fresh).toBe(true);
		k.keep(first.worker);
		expect(k.idle()).toBe(1);
		expect(first.worker.referenced).toBe(false);

		const second = k.take();
		expect(second).toEqual({ worker: first.worker, fresh: false });
		expect(second.worker.referenced).toBe(true);
		expect(made).toHaveLength(1);
		expect(k.idle()).toBe(0);
	});

	it('makes a new worker when every kept one is busy', () => {
		const { made, k } = keeper();
		const a = k.take();
		const b = k.take();
		expect(a.worker).not.toBe(b.worker);
		expect(made).toHaveLength(2);
		k.keep(a.worker);
		k.keep(b.worker);
		expect(k.idle()).toBe(2);
		// the one kept longest ago goes first
		expect(k.take().worker).toBe(a.worker);
	});

	it('ends an idle worker after the idle time, and does not hand it out again', () => {
		const { t, made, k } = keeper(5 * 60_000);
		const { worker } = k.take();
		k.keep(worker);
		expect(t.pending().map((p) => p.ms)).toEqual([5 * 60_000]);
		t.fireAll();
		expect(worker.terminated).toBe(1);
		expect(k.idle()).toBe(0);
		expect(k.take().worker).not.toBe(worker);
		expect(made).toHaveLength(2);
	});

	it('clears the idle timer of a worker taken again, so a busy worker is never ended', () => {
		const { t, k } = keeper();
		const { worker } = k.take();
		k.keep(worker);
		k.take();
		expect(t.pending()).toHaveLength(0);
		t.fireAll();
		expect(worker.terminated).toBe(0);
	});

	it('never keeps a worker that was ended (a stopped or failed run)', () => {
		const { t, k } = keeper();
		const { worker } = k.take();
		k.end(worker);
		k.end(worker);
		expect(worker.terminated).toBe(1);
		k.keep(worker);
		expect(k.idle()).toBe(0);
		expect(t.pending()).toHaveLength(0);
		expect(k.take().worker).not.toBe(worker);
	});

	it('drops a kept worker that exits by itself while idle', () => {
		const { t, k } = keeper();
		const { worker } = k.take();
		k.keep(worker);
		worker.exit();
		expect(k.idle()).toBe(0);
		expect(t.pending()).toHaveLength(0);
		expect(k.take()).toMatchObject({ fresh: true });
		k.keep(worker);
		expect(k.idle()).toBe(0);
	});

	it('keeps nothing when the idle time is 0: every run gets a new worker', () => {
		const { t, made, k } = keeper(0);
		const { worker } = k.take();
		k.keep(worker);
		expect(worker.terminated).toBe(1);
		expect(k.idle()).toBe(0);
		expect(t.pending()).toHaveLength(0);
		expect(k.take()).toMatchObject({ fresh: true });
		expect(made).toHaveLength(2);
	});

	it('keeps a worker once however often it is put back', () => {
		const { t, k } = keeper();
		const { worker } = k.take();
		k.keep(worker);
		k.keep(worker);
		expect(k.idle()).toBe(1);
		expect(t.pending()).toHaveLength(1);
	});
});
