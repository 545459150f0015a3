/** Event set-up: details, sectors, phases. */
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connection';
import * as repo from '../db/events';
import { appendChange } from '../db/change-log';
import { sectorHasStatements } from '../db/statements';
import type { Actor, EventInfo, Phase, Sector } from '$lib/domain/types';
import { slugify, SECTORS_MAX } from '$lib/domain/event-rules';
import { eventDetailsInput, eventLanguagesInput, sectorNameInput } from '$lib/domain/event-schema';
import { check } from '$lib/domain/text-schema';
import { isHexColour, readsOnPage, sectorColour } from '$lib/domain/sectors';
import { canReopenSubmissions, isPhase } from '$lib/domain/phases';
import { requireRole } from './access';
import { createLinkUnchecked } from './links';
import { ensure, Refusal } from './errors';
import { now } from './clock';
import { publish } from '../live';

function log(
	db: Db,
	a: Actor,
	action: string,
	entity: string,
	entityId: number | null,
	before: unknown,
	after: unknown
) {
	appendChange(
		db,
		{
			eventId: a.eventId,
			actorId: a.participantId,
			actorRole: a.role,
			action,
			entity,
			entityId,
			before,
			after
		},
		now()
	);
	// the transaction commits right after; listeners only reload, so telling them now is safe
	queueMicrotask(() => publish(a.eventId, 'event'));
}

/** The event's sectors in their order, for every page of the event (public: sector names are not secret). */
export function eventSectors(db: Db, event: EventInfo): Sector[] {
	return repo.listSectors(db, event.id);
}

export interface CreatedEvent {
	event: EventInfo;
	/** path of the facilitator link, to open at once */
	facilitatorPath: string;
}

/**
 * Creates an event with its sectors, a facilitator link, a join code and one rapporteur link per
 * sector, all in one transaction. Anyone may create an event; its creator becomes its facilitator.
 */
export function createEvent(
	db: Db,
	key: Buffer,
	raw: Record<string, unknown>,
	sectorNames: string[],
	options: { demo?: boolean; slug?: string } = {}
): CreatedEvent {
	const details = check(eventDetailsInput, raw);
	if (!details.ok) throw new Refusal('invalid', details.errors);
	const names = [...new Set(sectorNames.map((n) => n.trim()).filter(Boolean))].slice(
		0,
		SECTORS_MAX
	);
	return db.transaction(() => {
		const t = now();
		const slug = options.slug ?? slugify(details.value.name, randomBytes(3).toString('hex'));
		const event = repo.createEvent(db, slug, details.value, options.demo ?? false, t);
		names.forEach((name, i) => repo.createSector(db, event.id, name, sectorColour(i), i, t));
		const facilitator = createLinkUnchecked(db, key, event.id, 'facilitator', null, 'facilitator');
		createLinkUnchecked(db, key, event.id, 'participant', null, 'join code');
		for (const s of repo.listSectors(db, event.id))
			createLinkUnchecked(db, key, event.id, 'rapporteur', s.id, s.name);
		appendChange(
			db,
			{
				eventId: event.id,
				actorId: null,
				actorRole: 'system',
				action: 'event.create',
				entity: 'event',
				entityId: event.id,
				before: null,
				after: { ...details.value, sectors: names }
			},
			t
		);
		return { event, facilitatorPath: facilitator.path! };
	})();
}

/** Edits name, place, dates and description. */
export function updateEventDetails(
	db: Db,
	actor: Actor | null,
	raw: Record<string, unknown>
): EventInfo {
	const a = requireRole(actor, 'facilitator');
	const details = check(eventDetailsInput, raw);
	if (!details.ok) throw new Refusal('invalid', details.errors);
	return db.transaction(() => {
		const before = repo.getEvent(db, a.eventId);
		repo.updateEventDetails(db, a.eventId, details.value, now());
		const { name, place, description, startsOn, endsOn } = before;
		log(
			db,
			a,
			'event.update',
			'event',
			a.eventId,
			{ name, place, description, startsOn, endsOn },
			details.value
		);
		return repo.getEvent(db, a.eventId);
	})();
}

/**
 * Sets the languages the event works in and its working language (one of them): statements are
 * written in any of them, and the working language is the one themes are grouped in.
 */
export function setEventLanguages(
	db: Db,
	actor: Actor | null,
	raw: { languages?: unknown; workingLanguage?: unknown }
): EventInfo {
	const a = requireRole(actor, 'facilitator');
	const checked = check(eventLanguagesInput, {
		languages: Array.isArray(raw.languages) ? raw.languages : [],
		workingLanguage: raw.workingLanguage
	});
	if (!checked.ok) throw new Refusal('invalid', checked.errors);
	const { languages, workingLanguage } = checked.value;
	return db.transaction(() => {
		const before = repo.getEvent(db, a.eventId);
		repo.updateEventLanguages(db, a.eventId, languages, workingLanguage, now());
		log(
			db,
			a,
			'event.languages',
			'event',
			a.eventId,
			{ languages: before.languages, workingLanguage: before.workingLanguage },
			{ languages, workingLanguage }
		);
		return repo.getEvent(db, a.eventId);
	})();
}

/** Moves the event to any phase, forwards or back. */
export function changePhase(db: Db, actor: Actor | null, phase: unknown): EventInfo {
	const a = requireRole(actor, 'facilitator');
	if (!isPhase(phase)) throw new Refusal('invalid', { phase: 'bad_phase' });
	return db.transaction(() => {
		const before = repo.getEvent(db, a.eventId);
		repo.updatePhase(db, a.eventId, phase as Phase, now());
		log(db, a, 'event.phase', 'event', a.eventId, { phase: before.phase }, { phase });
		return repo.getEvent(db, a.eventId);
	})();
}

/** Lets rapporteurs write again outside the breakouts, or stops it. */
export function setSubmissionsReopened(db: Db, actor: Actor | null, reopened: boolean): EventInfo {
	const a = requireRole(actor, 'facilitator');
	return db.transaction(() => {
		const before = repo.getEvent(db, a.eventId);
		// closing again is always allowed; opening only where it means something
		if (reopened) ensure(canReopenSubmissions(before.phase), 'phase_closed');
		repo.updateSubmissionsReopened(db, a.eventId, reopened, now());
		log(
			db,
			a,
			'event.reopen',
			'event',
			a.eventId,
			{ submissionsReopened: before.submissionsReopened },
			{ submissionsReopened: reopened }
		);
		return repo.getEvent(db, a.eventId);
	})();
}

function checkedName(db: Db, eventId: number, raw: unknown, exceptId?: number): string {
	const r = check(sectorNameInput, { name: raw });
	if (!r.ok) throw new Refusal('invalid', r.errors);
	const same = repo.findSectorByName(db, eventId, r.value.name);
	if (same && same.id !== exceptId) throw new Refusal('invalid', { name: 'sector_exists' });
	return r.value.name;
}

/** Adds a sector at the end, with a rapporteur link of its own. */
export function addSector(db: Db, key: Buffer, actor: Actor | null, rawName: unknown): Sector {
	const a = requireRole(actor, 'facilitator');
	return db.transaction(() => {
		const sectors = repo.listSectors(db, a.eventId);
		if (sectors.length >= SECTORS_MAX) throw new Refusal('invalid', { name: 'too_many_sectors' });
		const name = checkedName(db, a.eventId, rawName);
		const position = sectors.length ? Math.max(...sectors.map((s) => s.position)) + 1 : 0;
		const sector = repo.createSector(db, a.eventId, name, sectorColour(position), position, now());
		createLinkUnchecked(db, key, a.eventId, 'rapporteur', sector.id, name);
		log(db, a, 'sector.create', 'sector', sector.id, null, { name, colour: sector.colour });
		return sector;
	})();
}

/** Renames and recolours a sector. */
export function updateSector(
	db: Db,
	actor: Actor | null,
	sectorId: number,
	rawName: unknown,
	rawColour: unknown
): Sector {
	const a = requireRole(actor, 'facilitator');
	return db.transaction(() => {
		const sector = repo.findSector(db, a.eventId, sectorId);
		ensure(sector, 'not_found');
		const name = checkedName(db, a.eventId, rawName, sectorId);
		const colour =
			typeof rawColour === 'string' && isHexColour(rawColour) ? rawColour.toLowerCase() : null;
		if (rawColour !== undefined && rawColour !== '' && !colour)
			throw new Refusal('invalid', { colour: 'bad_colour' });
		// a colour picked by hand must read on the page and on cards, as the palette's do; an
		// unchanged colour (an older event's own) is never refused
		if (colour && colour !== sector.colour && !readsOnPage(colour))
			throw new Refusal('invalid', { colour: 'colour_low_contrast' });
		repo.updateSector(db, sectorId, name, colour ?? sector.colour);
		log(
			db,
			a,
			'sector.update',
			'sector',
			sectorId,
			{ name: sector.name, colour: sector.colour },
			{ name, colour: colour ?? sector.colour }
		);
		return repo.findSector(db, a.eventId, sectorId)!;
	})();
}

/** Moves a sector one place up (-1) or down (+1) in the list. */
export function moveSector(db: Db, actor: Actor | null, sectorId: number, direction: -1 | 1): void {
	const a = requireRole(actor, 'facilitator');
	db.transaction(() => {
		const sectors = repo.listSectors(db, a.eventId);
		const i = sectors.findIndex((s) => s.id === sectorId);
		ensure(i >= 0, 'not_found');
		const j = i + direction;
		if (j < 0 || j >= sectors.length) return;
		[sectors[i], sectors[j]] = [sectors[j], sectors[i]];
		sectors.forEach((s, position) => repo.updateSectorPosition(db, s.id, position));
		log(db, a, 'sector.move', 'sector', sectorId, { position: i }, { position: j });
	})();
}

/** Removes a sector that has no statements (statements are never lost with their sector). */
export function removeSector(db: Db, actor: Actor | null, sectorId: number): void {
	const a = requireRole(actor, 'facilitator');
	db.transaction(() => {
		const sector = repo.findSector(db, a.eventId, sectorId);
		ensure(sector, 'not_found');
		ensure(!sectorHasStatements(db, sectorId), 'sector_in_use');
		repo.deleteSector(db, sectorId);
		log(
			db,
			a,
			'sector.delete',
			'sector',
			sectorId,
			{ name: sector.name, colour: sector.colour },
			null
		);
	})();
}
