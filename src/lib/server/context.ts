/** The process's database and server key, opened once. */
import { databasePath, getDb } from './db/connection';
import { durableCommits, type DurableCommits } from './db/durable';
import { serverKey } from './security';

/** The shared connection and key the routes hand to services. */
export function app() {
	return { db: getDb(), key: serverKey(databasePath()) };
}

let barrier: DurableCommits | null | undefined;

/**
 * The app's durability barrier (see db/durable.ts): a request that changed something is answered
 * once its changes are on disk. Null for an in-memory database.
 */
export function durability(): DurableCommits | null {
	if (barrier === undefined) barrier = durableCommits(getDb(), databasePath());
	return barrier;
}
