/**
 * Acknowledged means on disk, without stopping the server for every commit.
 *
 * With `synchronous = FULL` SQLite syncs the write-ahead log inside every commit, on the one
 * thread that also answers every request: at 10,000 voters that wait is most of the server's
 * time. The app's connection instead commits with `synchronous = NORMAL` (the log is written,
 * not yet synced) and a request that changed something is answered only after a sync of the log
 * that started after its commit has finished. The sync runs on libuv's thread pool, and every
 * request waiting at the same moment shares one. A commit whose log pages are synced is as durable
 * as under FULL (SQLite replays a synced log on the next open), so an acknowledged ballot or
 * statement survives a power cut either way; only a write nobody has been told about yet can be
 * lost. Tools that open the database themselves keep FULL.
 */
import { closeSync, fdatasync, fstatSync, fsync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from './connection';

/** Syncs to disk everything written so far; rejects when the disk says it could not. */
export type SyncToDisk = () => Promise<void>;

export class DurableCommits {
	/** total_changes() that a finished sync is known to cover */
	private synced: number;
	private running: Promise<void> | null = null;
	private following: Promise<void> | null = null;
	private done = 0;

	constructor(
		/** the connection's count of changed rows since it opened (grows with every write) */
		private readonly changes: () => number,
		private readonly syncToDisk: SyncToDisk
	) {
		this.synced = changes();
	}

	/** Taken when a request starts: what `settle` compares against. */
	mark(): number {
		return this.changes();
	}

	/**
	 * Resolves once every change made until now is on disk; at once when nothing has changed since
	 * `mark` (a request that only read) or a finished sync already covers it.
	 */
	settle(mark: number): Promise<void> {
		const now = this.changes();
		if (now === mark || now <= this.synced) return Promise.resolve();
		// a sync that is running may have started before this commit: the next one covers it
		if (!this.running) return this.start();
		this.following ??= this.running.then(
			() => this.next(),
			() => this.next()
		);
		return this.following;
	}

	/** How many syncs have run (for tests and figures). */
	get syncs(): number {
		return this.done;
	}

	private next(): Promise<void> {
		this.following = null;
		return this.start();
	}

	private start(): Promise<void> {
		const covers = this.changes();
		const run = this.syncToDisk().then(() => {
			this.done++;
			this.synced = Math.max(this.synced, covers);
		});
		this.running = run;
		const clear = () => {
			if (this.running === run) this.running = null;
		};
		run.then(clear, clear);
		return run;
	}
}

function sameFile(fd: number, path: string): boolean {
	try {
		return fstatSync(fd).ino === statSync(path).ino;
	} catch {
		return false;
	}
}

const syncFd = (fd: number, data: boolean) =>
	new Promise<void>((resolve, reject) =>
		(data ? fdatasync : fsync)(fd, (err) => (err ? reject(err) : resolve()))
	);

/**
 * Syncs the database's write-ahead log (`PATH-wal`), opened on first use; the first time, also the
 * folder that holds it, so that the log file itself survives. Falls back to the database file
 * when there is no log (nothing written since the last connection closed it).
 */
export function syncWriteAheadLog(path: string): SyncToDisk {
	let wal: number | null = null;
	return async () => {
		// the log is the same file for as long as the app's connection is open; should it ever be
		// removed and made again, sync the new one
		if (wal !== null && !sameFile(wal, `${path}-wal`)) {
			closeSync(wal);
			wal = null;
		}
		if (wal === null) {
			try {
				wal = openSync(`${path}-wal`, 'r');
			} catch {
				const fd = openSync(path, 'r');
				try {
					await syncFd(fd, true);
				} finally {
					closeSync(fd);
				}
				return;
			}
			const folder = openSync(dirname(path), 'r');
			try {
				await syncFd(folder, false);
			} finally {
				closeSync(folder);
			}
		}
		await syncFd(wal, true);
	};
}

/**
 * Switches the app's connection to NORMAL commits behind a durability barrier (see above).
 * In-memory databases have nothing to sync and keep their setting.
 */
export function durableCommits(db: Db, path: string): DurableCommits | null {
	if (path === ':memory:' || db.memory) return null;
	const total = db.prepare('SELECT total_changes()').pluck();
	db.pragma('synchronous = NORMAL');
	return new DurableCommits(() => total.get() as number, syncWriteAheadLog(path));
}
