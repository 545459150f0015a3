/** SQL for events and their sectors. */
import type { Db } from './connection';
import type { EventInfo, Phase, Sector } from '$lib/domain/types';
import { displayColour } from '$lib/domain/sectors';

interface EventRow {
	id: number;
	slug: string;
	name: string;
	description: string;
	place: string;
	starts_on: string | null;
	ends_on: string | null;
	phase: Phase;
	submissions_reopened: number;
	is_demo: number;
	created_at: string;
	updated_at: string;
	manifesto_published_at: string | null;
	time_zone: string | null;
	languages: string;
	working_language: string | null;
}

function toEvent(r: EventRow): EventInfo {
	return {
		id: r.id,
		slug: r.slug,
		name: r.name,
		description: r.description,
		place: r.place,
		startsOn: r.starts_on,
		endsOn: r.ends_on,
		phase: r.phase,
		submissionsReopened: r.submissions_reopened === 1,
		isDemo: r.is_demo === 1,
		createdAt: r.created_at,
		updatedAt: r.updated_at,
		manifestoPublishedAt: r.manifesto_published_at,
		timeZone: r.time_zone,
		languages: JSON.parse(r.languages) as string[],
		workingLanguage: r.working_language
	};
}

export interface EventDetails {
	name: string;
	description: string;
	place: string;
	startsOn: string | null;
	endsOn: string | null;
	/** left as it is when absent */
	timeZone?: string | null;
}

/** Inserts an event in the set-up phase. */
export function createEvent(
	db: Db,
	slug: string,
	details: EventDetails,
	isDemo: boolean,
	now: string
): EventInfo {
	const id = db
		.prepare(
			`INSERT INTO events (slug, name, description, place, starts_on, ends_on, is_demo, created_at, updated_at)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
		)
		.run(
			slug,
			details.name,
			details.description,
			details.place,
			details.startsOn,
			details.endsOn,
			isDemo ? 1 : 0,
			now,
			now
		).lastInsertRowid;
	return getEvent(db, Number(id));
}

/** Publishes the event's manifesto to everyone with its address (a time), or withdraws it (null). */
export function updateManifestoPublished(db: Db, id: number, at: string | null, now: string): void {
	db.prepare('UPDATE events SET manifesto_published_at = ?, updated_at = ? WHERE id = ?').run(
		at,
		now,
		id
	);
}

/** The event with this id; throws when missing. */
export function getEvent(db: Db, id: number): EventInfo {
	const row = db.prepare('SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
	if (!row) throw new Error(`event ${id} does not exist`);
	return toEvent(row);
}

/** The event with this slug, or null. */
export function findEventBySlug(db: Db, slug: string): EventInfo | null {
	const row = db.prepare('SELECT * FROM events WHERE slug = ?').get(slug) as EventRow | undefined;
	return row ? toEvent(row) : null;
}

/** The demo event, or null when it was never loaded. */
export function findDemoEvent(db: Db): EventInfo | null {
	const row = db.prepare('SELECT * FROM events WHERE is_demo = 1 ORDER BY id LIMIT 1').get() as
		EventRow | undefined;
	return row ? toEvent(row) : null;
}

/** Writes the editable details of an event. */
export function updateEventDetails(db: Db, id: number, d: EventDetails, now: string): void {
	db.prepare(
		`UPDATE events SET name = ?, description = ?, place = ?, starts_on = ?, ends_on = ?,
		 time_zone = CASE WHEN ? THEN ? ELSE time_zone END, updated_at = ? WHERE id = ?`
	).run(
		d.name,
		d.description,
		d.place,
		d.startsOn,
		d.endsOn,
		d.timeZone === undefined ? 0 : 1,
		d.timeZone ?? null,
		now,
		id
	);
}

/** Writes the languages of an event and its working language. */
export function updateEventLanguages(
	db: Db,
	id: number,
	languages: string[],
	workingLanguage: string | null,
	now: string
): void {
	db.prepare(
		'UPDATE events SET languages = ?, working_language = ?, updated_at = ? WHERE id = ?'
	).run(JSON.stringify(languages), workingLanguage, now, id);
}

/** Moves the event to a phase; a phase change always closes a reopening. */
export function updatePhase(db: Db, id: number, phase: Phase, now: string): void {
	db.prepare(
		'UPDATE events SET phase = ?, submissions_reopened = 0, updated_at = ? WHERE id = ?'
	).run(phase, now, id);
}

/** Opens or closes rapporteur submissions outside the breakouts. */
export function updateSubmissionsReopened(
	db: Db,
	id: number,
	reopened: boolean,
	now: string
): void {
	db.prepare('UPDATE events SET submissions_reopened = ?, updated_at = ? WHERE id = ?').run(
		reopened ? 1 : 0,
		now,
		id
	);
}

/** Removes an event and everything in it. */
export function deleteEvent(db: Db, id: number): void {
	db.prepare('DELETE FROM events WHERE id = ?').run(id);
}

interface SectorRow {
	id: number;
	event_id: number;
	name: string;
	colour: string;
	position: number;
}

const toSector = (r: SectorRow): Sector => ({
	id: r.id,
	eventId: r.event_id,
	name: r.name,
	// a colour of the former palette reads as its accessible successor
	colour: displayColour(r.colour),
	position: r.position
});

/** The sectors of an event in their order. */
export function listSectors(db: Db, eventId: number): Sector[] {
	return (
		db
			.prepare('SELECT * FROM sectors WHERE event_id = ? ORDER BY position, id')
			.all(eventId) as SectorRow[]
	).map(toSector);
}

/** The sector with this id inside this event, or null. */
export function findSector(db: Db, eventId: number, sectorId: number): Sector | null {
	const row = db
		.prepare('SELECT * FROM sectors WHERE event_id = ? AND id = ?')
		.get(eventId, sectorId) as SectorRow | undefined;
	return row ? toSector(row) : null;
}

/** The sector with this name (any case) inside this event, or null. */
export function findSectorByName(db: Db, eventId: number, name: string): Sector | null {
	const row = db
		.prepare('SELECT * FROM sectors WHERE event_id = ? AND lower(name) = lower(?)')
		.get(eventId, name.trim()) as SectorRow | undefined;
	return row ? toSector(row) : null;
}

/** Adds a sector. */
export function createSector(
	db: Db,
	eventId: number,
	name: string,
	colour: string,
	position: number,
	now: string
): Sector {
	const id = db
		.prepare(
			'INSERT INTO sectors (event_id, name, colour, position, created_at) VALUES (?, ?, ?, ?, ?)'
		)
		.run(eventId, name, colour, position, now).lastInsertRowid;
	return findSector(db, eventId, Number(id))!;
}

/** Renames and recolours a sector. */
export function updateSector(db: Db, sectorId: number, name: string, colour: string): void {
	db.prepare('UPDATE sectors SET name = ?, colour = ? WHERE id = ?').run(name, colour, sectorId);
}

/** Sets the order of a sector. */
export function updateSectorPosition(db: Db, sectorId: number, position: number): void {
	db.prepare('UPDATE sectors SET position = ? WHERE id = ?').run(position, sectorId);
}

/** Removes a sector (callers make sure no statement refers to it). */
export function deleteSector(db: Db, sectorId: number): void {
	db.prepare('DELETE FROM sectors WHERE id = ?').run(sectorId);
}

/** How many events the database holds. */
export function countEvents(db: Db): number {
	return (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
}
