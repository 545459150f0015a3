/** The event a command names by its address (slug) or id, in the database at DATABASE_PATH. */
import { getDb } from '../../src/lib/server/db/connection';
import { findEventBySlug, getEvent } from '../../src/lib/server/db/events';
import type { EventInfo } from '../../src/lib/domain/types';

/** The event named by its address (slug), or else by its id; null when there is none. */
export function findEvent(name: string): EventInfo | null {
	const bySlug = findEventBySlug(getDb(), name);
	if (bySlug || !/^\d+$/.test(name)) return bySlug;
	try {
		return getEvent(getDb(), Number(name));
	} catch {
		return null;
	}
}
