/** Roles by link: opening a capability link or a join code starts a session; every request resolves it. */
import type { Db } from '../db/connection';
import * as repo from '../db/access';
import { findSector, getEvent, listSectors } from '../db/events';
import type { Actor, EventInfo, Role } from '$lib/domain/types';
import { normaliseText, textError } from '$lib/domain/text';
import { DISPLAY_NAME_MAX } from '$lib/domain/event-rules';
import { hashSecret, newSessionToken, normaliseJoinCode, JOIN_CODE_LENGTHS } from '../security';
import { Refusal, ensure } from './errors';
import { now } from './clock';

export interface OpenedSession {
	event: EventInfo;
	actor: Actor;
	/** the cookie value; only its hash is stored */
	sessionToken: string;
}

/** The stored hash of a join code (namespaced so it can never equal a link token's hash). */
export function joinCodeHash(code: string): string {
	return hashSecret(`join:${normaliseJoinCode(code)}`);
}

function startSession(db: Db, link: repo.AccessLink): OpenedSession {
	const sessionToken = newSessionToken();
	const t = now();
	const participantId = db.transaction(() => {
		repo.touchLink(db, link.id, t);
		return repo.createParticipant(
			db,
			{
				eventId: link.eventId,
				role: link.role,
				sectorId: link.sectorId,
				linkId: link.id,
				sessionHash: hashSecret(sessionToken)
			},
			t
		);
	})();
	return {
		event: getEvent(db, link.eventId),
		actor: { participantId, eventId: link.eventId, role: link.role, sectorId: link.sectorId },
		sessionToken
	};
}

/** Opens a facilitator or rapporteur link. */
export function openLink(db: Db, token: string): OpenedSession {
	const link = /^[A-Za-z0-9_-]{10,64}$/.test(token)
		? repo.findLinkByHash(db, hashSecret(token))
		: null;
	ensure(link && link.role !== 'participant', 'link_unknown');
	ensure(!link.revokedAt, 'link_revoked');
	return startSession(db, link);
}

/** Joins an event as a participant with its short code. */
export function joinWithCode(db: Db, code: string): OpenedSession {
	const normal = normaliseJoinCode(code);
	const link = JOIN_CODE_LENGTHS.includes(normal.length)
		? repo.findLinkByHash(db, joinCodeHash(normal))
		: null;
	ensure(link && link.role === 'participant', 'link_unknown');
	ensure(!link.revokedAt, 'link_revoked');
	return startSession(db, link);
}

/** A session unused for 30 days ends: an event's network meets monthly at most between gatherings. */
export const SESSION_IDLE_MS = 30 * 24 * 60 * 60 * 1000;

// Writing last_seen_at on every request would turn every page view into a write.
const TOUCH_INTERVAL_MS = 60_000;

/** The actor holding this session cookie in this event, or null when there is none. Throws when its link was revoked. */
export function findActor(
	db: Db,
	event: EventInfo,
	sessionToken: string | undefined
): Actor | null {
	if (!sessionToken) return null;
	const p = repo.findParticipantBySession(db, event.id, hashSecret(sessionToken));
	if (!p) return null;
	if (p.linkRevoked) throw new Refusal('link_revoked');
	const t = now();
	// a session left unused this long ends on the server, whatever the cookie says
	if (Date.parse(t) - Date.parse(p.lastSeenAt) > SESSION_IDLE_MS) {
		repo.endSession(db, p.id);
		return null;
	}
	if (Date.parse(t) - Date.parse(p.lastSeenAt) > TOUCH_INTERVAL_MS)
		repo.touchParticipant(db, p.id, t);
	return { participantId: p.id, eventId: p.eventId, role: p.role, sectorId: p.sectorId };
}

/** The actor, who must hold one of the roles. */
export function requireRole(actor: Actor | null, ...roles: Role[]): Actor {
	if (!actor) throw new Refusal('not_signed_in');
	ensure(roles.includes(actor.role), 'wrong_role');
	return actor;
}

/** Ends the session behind this cookie. */
export function signOut(db: Db, actor: Actor): void {
	repo.endSession(db, actor.participantId);
}

/** What a link or code opens, without opening it (for the confirmation page): the event, the role and its sector. */
export function peekLink(
	db: Db,
	secret: string,
	kind: 'link' | 'code'
): { event: EventInfo; role: Role; sectorId: number | null; sectorName: string | null } {
	const link =
		kind === 'code'
			? JOIN_CODE_LENGTHS.includes(normaliseJoinCode(secret).length)
				? repo.findLinkByHash(db, joinCodeHash(secret))
				: null
			: /^[A-Za-z0-9_-]{10,64}$/.test(secret)
				? repo.findLinkByHash(db, hashSecret(secret))
				: null;
	ensure(link && (kind === 'code') === (link.role === 'participant'), 'link_unknown');
	ensure(!link.revokedAt, 'link_revoked');
	const sector = link.sectorId ? findSector(db, link.eventId, link.sectorId) : null;
	return {
		event: getEvent(db, link.eventId),
		role: link.role,
		sectorId: link.sectorId,
		sectorName: sector?.name ?? null
	};
}

// the longest name a person may give themselves (the event file allows the same)

/** What a person says about themselves: name, sector, and whether they come from a sector or the digital field. */
export function updateProfile(
	db: Db,
	actor: Actor | null,
	raw: { displayName?: string; declaredSectorId?: string; actorType?: string }
): void {
	const a = requireRole(actor, 'participant', 'rapporteur', 'facilitator');
	const displayName = normaliseText(raw.displayName ?? '');
	const fields: Record<string, string> = {};
	const nameError = textError(displayName, { kind: 'line', max: DISPLAY_NAME_MAX });
	if (nameError) fields.displayName = nameError;
	const sectorId = raw.declaredSectorId ? Number(raw.declaredSectorId) : null;
	if (sectorId !== null && !listSectors(db, a.eventId).some((s) => s.id === sectorId))
		fields.declaredSectorId = 'invalid';
	const actorType =
		raw.actorType === 'sectoral' || raw.actorType === 'digital' ? raw.actorType : null;
	if (raw.actorType && !actorType) fields.actorType = 'invalid';
	if (Object.keys(fields).length) throw new Refusal('invalid', fields);
	repo.updateParticipantProfile(db, a.participantId, {
		displayName,
		declaredSectorId: sectorId,
		actorType
	});
}

/** The participant behind an actor. */
export function profileOf(db: Db, actor: Actor) {
	return repo.findParticipant(db, actor.participantId)!;
}

/** What a person has said about themselves, for the form on the event page (null without a session). */
export function ownProfile(db: Db, actor: Actor | null) {
	if (!actor) return null;
	const p = profileOf(db, actor);
	return {
		displayName: p.displayName,
		declaredSectorId: p.declaredSectorId,
		actorType: p.actorType
	};
}

/** How many people hold each role in the event (facilitators only). */
export function peopleByRole(db: Db, actor: Actor | null): Record<Role, number> {
	const a = requireRole(actor, 'facilitator');
	return repo.countParticipantsByRole(db, a.eventId);
}
