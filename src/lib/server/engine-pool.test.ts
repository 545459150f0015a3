import { describe, expect, it } from 'vitest';
import { createEnginePool, EngineStopped } from './engine-pool';
import { manualTimers } from './manual-timers';

/** A task that records when it starts and settles only when the test resolves or fails it. */
function fakeTasks() {
	const started: string[] = [];
	const control = new Map<
		string,
		{ resolve: (v: string) => void; reject: (e: unknown) => void; signal: AbortSignal }
	>();
	const task = (name: string) => (signal: AbortSignal) =>
		new Promise<string>((resolve, reject) => {
			started.push(name);
			control.set(name, { resolve, reject, signal });
			signal.addEventListener('abort', () => reject(signal.reason));
		});
	return { started, control, task };
}

const flush = () => new Promise<void>((r) => setImmediate(r));

function submitted<R>(s: ReturnType<ReturnType<typeof createEnginePool>['submit']>) {
	if ('busy' in s) throw new Error('unexpectedly busy');
	return s as { promise: Promise<R>; joined: boolean };
}

describe('engine pool', () => {
	it('runs no more tasks at once than its size, and the rest in the order asked', async () => {
		const t = manualTimers();
		const pool = createEnginePool({ size: 2, timeoutMs: 1000, timers: t.timers });
		const f = fakeTasks();
		const runs = ['a', 'b', 'c', 'd'].map((k) => submitted(pool.submit(k, 'propose', f.task(k))));
		expect(f.started).toEqual(['a', 'b']);
		expect(pool.stats()).toEqual({ running: 2, queued: 2, started: 2 });

		f.control.get('b')!.resolve('B');
		await expect(runs[1].promise).resolves.toBe('B');
		await flush();
		expect(f.started).toEqual(['a', 'b', 'c']);

		f.control.get('a')!.resolve('A');
		await flush();
		expect(f.started).toEqual(['a', 'b', 'c', 'd']);
		expect(pool.stats().queued).toBe(0);
	});

	it('gives each waiting key its place in line, moving up as runs end', async () => {
		const t = manualTimers();
		const pool = createEnginePool({ size: 1, timeoutMs: 1000, timers: t.timers });
		const f = fakeTasks();
		for (const k of ['a', 'b', 'c']) pool.submit(k, 'propose', f.task(k));
		expect(pool.status('a')).toEqual({ state: 'running', signature: 'propose' });
		expect(pool.status('b')).toEqual({ state: 'queued', position: 1, signature: 'propose' });
		expect(pool.status('c')).toEqual({ state: 'queued', position: 2, signature: 'propose' });
		expect(pool.status('z')).toBeNull();

		f.control.get('a')!.resolve('A');
		await flush();
		expect(pool.status('a')).toBeNull();
		expect(pool.status('b')).toEqual({ state: 'running', signature: 'propose' });
		expect(pool.status('c')).toEqual({ state: 'queued', position: 1, signature: 'propose' });
	});

	it('joins a second request for the same key and signature to the run, which starts once', async () => {
		const t = manualTimers();
		const pool = createEnginePool({ size: 1, timeoutMs: 1000, timers: t.timers });
		const f = fakeTasks();
		const first = submitted<string>(pool.submit('e1', 'propose:auto', f.task('e1')));
		const second = submitted<string>(pool.submit('e1', 'propose:auto', f.task('e1 again')));
		expect(first.joined).toBe(false);
		expect(second.joined).toBe(true);
		// joining a queued run works the same way
		pool.submit('e2', 'preview:3', f.task('e2'));
		const queuedJoin = submitted<string>(pool.submit('e2', 'preview:3', f.task('e2 again')));
		expect(queuedJoin.joined).toBe(true);

		f.control.get('e1')!.resolve('themes');
		await expect(first.promise).resolves.toBe('themes');
		await expect(second.promise).resolves.toBe('themes');
		await flush();
		expect(f.started).toEqual(['e1', 'e2']);
		expect(pool.stats().started).toBe(2);
	});

	it('tells a different request for a busy key to wait, and starts nothing for it', () => {
		const t = manualTimers();
		const pool = createEnginePool({ size: 1, timeoutMs: 1000, timers: t.timers });
		const f = fakeTasks();
		pool.submit('other', 'propose:auto', f.task('other'));
		pool.submit('e1', 'propose:auto', f.task('e1'));
		const answer = pool.submit('e1', 'preview:4', f.task('e1 preview'));
		expect(answer).toEqual({
			busy: { state: 'queued', position: 1, signature: 'propose:auto' }
		});
		expect(pool.stats()).toEqual({ running: 1, queued: 1, started: 1 });
	});

	it('stops a run at its time limit: the signal aborts, the caller is told why, the next starts', async () => {
		const t = manualTimers();
		const pool = createEnginePool({ size: 1, timeoutMs: 5000, timers: t.timers });
		const f = fakeTasks();
		const slow = submitted(pool.submit('a', 'propose', f.task('a')));
		pool.submit('b', 'propose', f.task('b'));
		// only the running task has a clock; the queued one waits without one
		expect(t.pending().map((x) => x.ms)).toEqual([5000]);

		t.fireAll();
		await expect(slow.promise).rejects.toEqual(new EngineStopped('timeout'));
		expect(f.control.get('a')!.signal.aborted).toBe(true);
		expect(pool.status('b')).toEqual({ state: 'running', signature: 'propose' });
		expect(f.started).toEqual(['a', 'b']);
	});

	it('cancels a running run, and a queued one without ever starting it', async () => {
		const t = manualTimers();
		const pool = createEnginePool({ size: 1, timeoutMs: 1000, timers: t.timers });
		const f = fakeTasks();
		const a = submitted(pool.submit('a', 'propose', f.task('a')));
		const b = submitted(pool.submit('b', 'propose', f.task('b')));
		const c = submitted(pool.submit('c', 'propose', f.task('c')));

		expect(pool.cancel('b')).toBe(true);
		await expect(b.promise).rejects.toEqual(new EngineStopped('cancelled'));
		expect(pool.status('c')).toEqual({ state: 'queued', position: 1, signature: 'propose' });

		expect(pool.cancel('a')).toBe(true);
		await expect(a.promise).rejects.toEqual(new EngineStopped('cancelled'));
		expect(f.control.get('a')!.signal.aborted).toBe(true);
		expect(t.pending()).toHaveLength(1); // a's clock is gone, c's is running
		expect(f.started).toEqual(['a', 'c']);

		expect(pool.cancel('b')).toBe(false);
		f.control.get('c')!.resolve('C');
		await expect(c.promise).resolves.toBe('C');
	});

	it('passes a failing task on to its callers and moves on', async () => {
		const t = manualTimers();
		const pool = createEnginePool({ size: 1, timeoutMs: 1000, timers: t.timers });
		const f = fakeTasks();
		const a = submitted(pool.submit('a', 'propose', f.task('a')));
		const b = submitted(pool.submit('b', 'propose', () => Promise.resolve('B')));
		f.control.get('a')!.reject(new EngineStopped('memory'));
		await expect(a.promise).rejects.toEqual(new EngineStopped('memory'));
		await expect(b.promise).resolves.toBe('B');
		expect(t.pending()).toHaveLength(0);
		expect(pool.stats()).toEqual({ running: 0, queued: 0, started: 2 });
	});

	it('a new request for a key after its run ended starts a new run', async () => {
		const t = manualTimers();
		const pool = createEnginePool({ size: 1, timeoutMs: 1000, timers: t.timers });
		const f = fakeTasks();
		const first = submitted(pool.submit('a', 'propose', f.task('first')));
		f.control.get('first')!.resolve('1');
		await first.promise;
		await flush();
		const again = submitted(pool.submit('a', 'propose', f.task('again')));
		expect(again.joined).toBe(false);
		expect(f.started).toEqual(['first', 'again']);
	});
});
