/** The process's database and server key, opened once. */
import { databasePath, getDb } from './db/connection';
import { serverKey } from './security';

/** The shared connection and key the routes hand to services. */
export function app() {
	return { db: getDb(), key: serverKey(databasePath()) };
}
