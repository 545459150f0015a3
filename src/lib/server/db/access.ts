/** SQL for capability links and the participants who opened them. */
import type { Db } from './connection';
import type { ActorType, Role } from '$lib/domain/types';

export interface AccessLink {
	id: number;
	eventId: number;
	role: Role;
	sectorId: number | null;
	tokenHash: string;
	nonce: string;
	label: string;
	createdAt: string;
	revokedAt: string | null;
	lastUsedAt: string | null;
}

interface LinkRow {
	id: number;
	event_id: number;
	role: Role;
	sector_id: number | null;
	token_hash: string;
	nonce: string;
	label: string;
	created_at: string;
	revoked_at: string | null;
	last_used_at: string | null;
}

const toLink = (r: LinkRow): AccessLink => ({
	id: r.id,
	eventId: r.event_id,
	role: r.role,
	sectorId: r.sector_id,
	tokenHash: r.token_hash,
	nonce: r.nonce,
	label: r.label,
	createdAt: r.created_at,
	revokedAt: r.revoked_at,
	lastUsedAt: r.last_used_at
});

/** Stores a new link (its hash and nonce only). */
export function createLink(
	db: Db,
	link: {
		eventId: number;
		role: Role;
		sectorId: number | null;
		tokenHash: string;
		nonce: string;
		label: string;
	},
	now: string
): AccessLink {
	const id = db
		.prepare(
			`INSERT INTO access_links (event_id, role, sector_id, token_hash, nonce, label, created_at)
			 VALUES (?, ?, ?, ?, ?, ?, ?)`
		)
		.run(
			link.eventId,
			link.role,
			link.sectorId,
			link.tokenHash,
			link.nonce,
			link.label,
			now
		).lastInsertRowid;
	return toLink(db.prepare('SELECT * FROM access_links WHERE id = ?').get(id) as LinkRow);
}

/** The link whose secret hashes to this value, revoked or not. */
export function findLinkByHash(db: Db, tokenHash: string): AccessLink | null {
	const row = db.prepare('SELECT * FROM access_links WHERE token_hash = ?').get(tokenHash) as
		LinkRow | undefined;
	return row ? toLink(row) : null;
}

/** The link with this id inside this event, or null. */
export function findLink(db: Db, eventId: number, id: number): AccessLink | null {
	const row = db
		.prepare('SELECT * FROM access_links WHERE event_id = ? AND id = ?')
		.get(eventId, id) as LinkRow | undefined;
	return row ? toLink(row) : null;
}

/** Every link of an event, newest first within each role. */
export function listLinks(db: Db, eventId: number): AccessLink[] {
	return (
		db
			.prepare('SELECT * FROM access_links WHERE event_id = ? ORDER BY role, sector_id, id DESC')
			.all(eventId) as LinkRow[]
	).map(toLink);
}

/** Marks a link revoked; its sessions stop working at once. */
export function revokeLink(db: Db, id: number, now: string): void {
	db.prepare('UPDATE access_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(
		now,
		id
	);
}

/** Renames a link (the label is the facilitator's note of whom it is for). */
export function updateLinkLabel(db: Db, id: number, label: string): void {
	db.prepare('UPDATE access_links SET label = ? WHERE id = ?').run(label, id);
}

/** Revokes every live link of a role (and sector) in an event. */
export function revokeLinksOf(
	db: Db,
	eventId: number,
	role: Role,
	sectorId: number | null,
	now: string
): void {
	db.prepare(
		`UPDATE access_links SET revoked_at = ?
		 WHERE event_id = ? AND role = ? AND (sector_id = ? OR ? IS NULL) AND revoked_at IS NULL`
	).run(now, eventId, role, sectorId, sectorId);
}

/** Records when a link was last opened. */
export function touchLink(db: Db, id: number, now: string): void {
	db.prepare('UPDATE access_links SET last_used_at = ? WHERE id = ?').run(now, id);
}

export interface Participant {
	id: number;
	eventId: number;
	role: Role;
	sectorId: number | null;
	declaredSectorId: number | null;
	actorType: ActorType | null;
	displayName: string;
	linkId: number | null;
	linkRevoked: boolean;
	lastSeenAt: string;
}

interface ParticipantRow {
	id: number;
	event_id: number;
	role: Role;
	sector_id: number | null;
	declared_sector_id: number | null;
	actor_type: ActorType | null;
	display_name: string;
	link_id: number | null;
	link_revoked_at: string | null;
	last_seen_at: string;
}

const toParticipant = (r: ParticipantRow): Participant => ({
	id: r.id,
	eventId: r.event_id,
	role: r.role,
	sectorId: r.sector_id,
	declaredSectorId: r.declared_sector_id,
	actorType: r.actor_type,
	displayName: r.display_name,
	linkId: r.link_id,
	// a participant whose link row is gone has lost access too
	linkRevoked: r.link_id === null || r.link_revoked_at !== null,
	lastSeenAt: r.last_seen_at
});

/** Adds a participant holding a session. */
export function createParticipant(
	db: Db,
	p: { eventId: number; role: Role; sectorId: number | null; linkId: number; sessionHash: string },
	now: string
): number {
	return Number(
		db
			.prepare(
				`INSERT INTO participants (event_id, role, sector_id, link_id, session_hash, created_at, last_seen_at)
				 VALUES (?, ?, ?, ?, ?, ?, ?)`
			)
			.run(p.eventId, p.role, p.sectorId, p.linkId, p.sessionHash, now, now).lastInsertRowid
	);
}

const PARTICIPANT_SELECT = `SELECT p.*, l.revoked_at AS link_revoked_at
	FROM participants p LEFT JOIN access_links l ON l.id = p.link_id`;

/** The participant holding this session in this event, or null. */
export function findParticipantBySession(
	db: Db,
	eventId: number,
	sessionHash: string
): Participant | null {
	const row = db
		.prepare(`${PARTICIPANT_SELECT} WHERE p.event_id = ? AND p.session_hash = ?`)
		.get(eventId, sessionHash) as ParticipantRow | undefined;
	return row ? toParticipant(row) : null;
}

/** The participant with this id, or null. */
export function findParticipant(db: Db, id: number): Participant | null {
	const row = db.prepare(`${PARTICIPANT_SELECT} WHERE p.id = ?`).get(id) as
		ParticipantRow | undefined;
	return row ? toParticipant(row) : null;
}

/** Stores what a person says about themselves. */
export function updateParticipantProfile(
	db: Db,
	id: number,
	profile: { displayName: string; declaredSectorId: number | null; actorType: ActorType | null }
): void {
	db.prepare(
		'UPDATE participants SET display_name = ?, declared_sector_id = ?, actor_type = ? WHERE id = ?'
	).run(profile.displayName, profile.declaredSectorId, profile.actorType, id);
}

/** Records activity (callers throttle it). */
export function touchParticipant(db: Db, id: number, now: string): void {
	db.prepare('UPDATE participants SET last_seen_at = ? WHERE id = ?').run(now, id);
}

/** Ends a session: the participant stays (their statements keep an author), the cookie stops working. */
export function endSession(db: Db, id: number): void {
	db.prepare('UPDATE participants SET session_hash = NULL WHERE id = ?').run(id);
}

/** How many people hold each role in an event. */
export function countParticipantsByRole(db: Db, eventId: number): Record<Role, number> {
	const out: Record<Role, number> = {
		facilitator: 0,
		rapporteur: 0,
		participant: 0,
		translator: 0
	};
	for (const r of db
		.prepare('SELECT role, COUNT(*) AS n FROM participants WHERE event_id = ? GROUP BY role')
		.all(eventId) as { role: Role; n: number }[])
		out[r.role] = r.n;
	return out;
}

/** Hands the sessions opened through one link over to another (the link was regenerated). */
/** Ends every session opened with a link, but the one person named (who keeps theirs). */
export function endSessionsOfLink(db: Db, linkId: number, keep: number | null): void {
	db.prepare('UPDATE participants SET session_hash = NULL WHERE link_id = ? AND id IS NOT ?').run(
		linkId,
		keep
	);
}

export function moveParticipantsToLink(db: Db, fromLinkId: number, toLinkId: number): void {
	db.prepare('UPDATE participants SET link_id = ? WHERE link_id = ?').run(toLinkId, fromLinkId);
}

/** Adds a person who has no phone and no link (their ballot is recorded by a facilitator). */
export function createOfflineParticipant(
	db: Db,
	eventId: number,
	p: { displayName: string; declaredSectorId: number | null },
	now: string
): number {
	return Number(
		db
			.prepare(
				`INSERT INTO participants (event_id, role, declared_sector_id, display_name, created_at, last_seen_at)
				 VALUES (?, 'participant', ?, ?, ?, ?)`
			)
			.run(eventId, p.declaredSectorId, p.displayName, now, now).lastInsertRowid
	);
}
