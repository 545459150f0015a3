/** Loads the demo event, the Bangkok digital-justice workshop of the concept note, from its seed data. */
import type { Db } from '../db/connection';
import { createStatement } from '../db/statements';
import {
	countEvents,
	deleteEvent,
	findDemoEvent,
	findEventBySlug,
	listSectors,
	updatePhase
} from '../db/events';
import { createEvent } from '../services/events';
import { detectLanguage } from '$lib/clustering';
import { readDemoSeed } from './seed';
import type { EventInfo } from '$lib/domain/types';

export const DEMO_SLUG = 'bangkok-2019';

/** Who raised a demo statement: in each breakout, every third one came from a digital activist. */
const demoActorType = (i: number) => (i % 3 === 2 ? 'digital' : 'sectoral');

/** The demo's address, or a numbered one when an ordinary event (an import, say) already took it. */
function freeDemoSlug(db: Db): string {
	let slug = DEMO_SLUG;
	for (let n = 2; findEventBySlug(db, slug); n++) slug = `${DEMO_SLUG}-${n}`;
	return slug;
}

/** Loads the demo event (in the breakout phase, statements in place); returns it. */
export function loadDemo(db: Db, key: Buffer): EventInfo {
	const seed = readDemoSeed();
	const { event } = createEvent(
		db,
		key,
		seed.event,
		seed.sectors.map((s) => s.name),
		{ demo: true, slug: freeDemoSlug(db) }
	);
	const sectors = new Map(listSectors(db, event.id).map((s) => [s.name, s.id]));
	db.transaction(() => {
		// the first six sectors met on the afternoon of day one, the others on the morning of day two
		seed.sectors.forEach(({ name, statements }, sectorIndex) => {
			const sectorId = sectors.get(name)!;
			const start = Date.parse(sectorIndex < 6 ? '2019-03-25T14:00:00Z' : '2019-03-26T09:00:00Z');
			statements.forEach(({ title, text }, i) => {
				const at = new Date(start + (sectorIndex % 6) * 60_000 + i * 11 * 60_000).toISOString();
				createStatement(
					db,
					{
						eventId: event.id,
						sectorId,
						title,
						text,
						lang: detectLanguage(`${title} ${text}`),
						authorId: null,
						source: 'demo',
						actorType: demoActorType(i)
					},
					at
				);
			});
		});
		updatePhase(db, event.id, 'breakouts', new Date().toISOString());
	})();
	return findDemoEvent(db)!;
}

/** Loads the demo on the very first start (an empty database); returns whether it did. */
export function loadDemoOnFirstStart(db: Db, key: Buffer): boolean {
	if (countEvents(db) > 0) return false;
	loadDemo(db, key);
	return true;
}

/** Deletes the demo event with everything in it and loads it afresh. */
export function resetDemo(db: Db, key: Buffer): EventInfo {
	const old = findDemoEvent(db);
	if (old) deleteEvent(db, old.id);
	return loadDemo(db, key);
}
