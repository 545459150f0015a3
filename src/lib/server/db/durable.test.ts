import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DurableCommits, durableCommits } from './durable';
import { openDatabase } from './connection';

/** A disk whose syncs finish when the test says so. */
function slowDisk() {
	const pending: { resolve: () => void; reject: (e: Error) => void }[] = [];
	return {
		pending,
		sync: () => new Promise<void>((resolve, reject) => pending.push({ resolve, reject })),
		finish: async (i = 0) => {
			pending.splice(i, 1)[0].resolve();
			await new Promise((r) => setTimeout(r, 0));
		}
	};
}

const settled = async (p: Promise<void>) => {
	let done = false;
	p.then(() => (done = true));
	await new Promise((r) => setTimeout(r, 0));
	return done;
};

describe('durable commits', () => {
	it('answers a request that changed nothing at once, without a sync', async () => {
		let changes = 5;
		const disk = slowDisk();
		const barrier = new DurableCommits(() => changes, disk.sync);
		const mark = barrier.mark();
		expect(await settled(barrier.settle(mark))).toBe(true);
		expect(disk.pending).toHaveLength(0);
		changes++;
		expect(await settled(barrier.settle(barrier.mark()))).toBe(true);
		expect(disk.pending).toHaveLength(0);
	});

	it('holds the answer to a change until a sync started after it has finished', async () => {
		let changes = 0;
		const disk = slowDisk();
		const barrier = new DurableCommits(() => changes, disk.sync);
		const mark = barrier.mark();
		changes++; // the request commits
		const answer = barrier.settle(mark);
		expect(disk.pending).toHaveLength(1);
		expect(await settled(answer)).toBe(false);
		await disk.finish();
		expect(await settled(answer)).toBe(true);
		expect(barrier.syncs).toBe(1);
	});

	it('waits for the next sync when one that started before the commit is running, and shares it', async () => {
		let changes = 0;
		const disk = slowDisk();
		const barrier = new DurableCommits(() => changes, disk.sync);
		const m1 = barrier.mark();
		changes++;
		const first = barrier.settle(m1); // sync 1 starts, covering change 1
		const later = [1, 2, 3].map(() => {
			const m = barrier.mark();
			changes++; // committed while sync 1 runs: not covered by it
			return barrier.settle(m);
		});
		expect(disk.pending).toHaveLength(1);
		await disk.finish();
		expect(await settled(first)).toBe(true);
		for (const p of later) expect(await settled(p)).toBe(false);
		// one more sync for all three
		expect(disk.pending).toHaveLength(1);
		await disk.finish();
		for (const p of later) expect(await settled(p)).toBe(true);
		expect(barrier.syncs).toBe(2);
		// a change already covered by a finished sync does not wait again
		expect(await settled(barrier.settle(0))).toBe(true);
		expect(disk.pending).toHaveLength(0);
	});

	it('does not acknowledge a change the disk could not keep', async () => {
		let changes = 0;
		const disk = slowDisk();
		const barrier = new DurableCommits(() => changes, disk.sync);
		const mark = barrier.mark();
		changes++;
		const answer = barrier.settle(mark);
		disk.pending.splice(0, 1)[0].reject(new Error('EIO'));
		await expect(answer).rejects.toThrow('EIO');
		// and the next change gets a sync of its own
		const m2 = barrier.mark();
		changes++;
		const again = barrier.settle(m2);
		expect(disk.pending).toHaveLength(1);
		await disk.finish();
		expect(await settled(again)).toBe(true);
	});

	describe('on a database file', () => {
		let dir = '';
		afterEach(() => rmSync(dir, { recursive: true, force: true }));

		it('commits with NORMAL and counts a real write, syncing the log once for it', async () => {
			dir = mkdtempSync(join(tmpdir(), 'converge-durable-'));
			const path = join(dir, 'test.sqlite');
			const db = openDatabase(path);
			expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL until the barrier is on
			const barrier = durableCommits(db, path)!;
			expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL behind the barrier
			const readOnly = barrier.mark();
			db.prepare('SELECT count(*) FROM events').get();
			await barrier.settle(readOnly);
			expect(barrier.syncs).toBe(0);
			const mark = barrier.mark();
			db.prepare(
				"INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'x', 'now')"
			).run();
			await barrier.settle(mark);
			expect(barrier.syncs).toBe(1);
			db.close();
		});

		it('leaves an in-memory database as it is', () => {
			const db = openDatabase(':memory:');
			expect(durableCommits(db, ':memory:')).toBeNull();
			db.close();
		});
	});
});
