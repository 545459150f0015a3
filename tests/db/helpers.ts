/** A real SQLite database built from db/migrations, and an event in it, for repository and service tests. */
import { randomBytes } from 'node:crypto';
import { openDatabase, type Db } from '$lib/server/db/connection';
import { createEvent } from '$lib/server/services/events';
import { openLink, joinWithCode } from '$lib/server/services/access';
import { currentLinks } from '$lib/server/services/links';
import { listSectors } from '$lib/server/db/events';
import type { Actor } from '$lib/domain/types';
import { Refusal } from '$lib/server/services/errors';

export const SECTORS = ['Labour', 'Gender', 'Farming'];

/** A fresh in-memory database with every migration applied. */
export function freshDb(): Db {
	return openDatabase(':memory:');
}

/** An event with three sectors, and a session for each role. */
export function seededEvent(db: Db = freshDb()) {
	const key = randomBytes(32);
	const { event, facilitatorPath } = createEvent(db, key, { name: 'Test workshop' }, SECTORS);
	const facilitator = openLink(db, facilitatorPath.slice(3)).actor;
	const links = currentLinks(db, key, facilitator);
	const sectors = listSectors(db, event.id);
	const rapporteur = (name: string): Actor => {
		const sector = sectors.find((s) => s.name === name)!;
		return openLink(db, links.bySector.get(sector.id)!.path!.slice(3)).actor;
	};
	const participant = joinWithCode(db, links.join!.code!).actor;
	const sectorId = (name: string) => sectors.find((s) => s.name === name)!.id;
	return { db, key, event, facilitator, rapporteur, participant, sectorId, links };
}

/** The refusal a call ends in (code and field errors), or null when it goes through. */
export function refusal(
	fn: () => unknown
): { code: string; fields: Record<string, string> } | null {
	try {
		fn();
		return null;
	} catch (e) {
		if (e instanceof Refusal) return { code: e.code, fields: e.fields };
		throw e;
	}
}
