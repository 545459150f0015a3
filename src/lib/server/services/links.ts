/** The facilitator's view of the event's links: list, issue, revoke, regenerate, print. */
import type { Db } from '../db/connection';
import * as repo from '../db/access';
import { appendChange } from '../db/change-log';
import { listSectors } from '../db/events';
import type { Actor, Role, Sector } from '$lib/domain/types';
import { LINK_LABEL_MAX } from '$lib/domain/event-rules';
import { normaliseText, textError } from '$lib/domain/text';
import {
	formatJoinCode,
	hashSecret,
	joinCode,
	JOIN_CODE_LENGTH,
	JOIN_CODE_LENGTHS,
	linkToken,
	LONG_JOIN_CODE_LENGTH,
	newNonce
} from '../security';
import { joinCodeHash } from './access';
import { ensure, Refusal } from './errors';
import { requireRole } from './access';
import { now } from './clock';

export interface LinkView {
	id: number;
	role: Role;
	sectorId: number | null;
	label: string;
	createdAt: string;
	revokedAt: string | null;
	lastUsedAt: string | null;
	/** the path to open (/k/… or /join/…), or null when the server key changed and it cannot be shown */
	path: string | null;
	/** the join code as shown, for the participant link */
	code: string | null;
}

/** Participants an event has when its join code is next made eight characters long. */
export const LONG_CODE_FROM_PARTICIPANTS = 150;

function secretOf(
	key: Buffer,
	role: Role,
	nonce: string,
	codeLength = JOIN_CODE_LENGTH
): { secret: string; hash: string } {
	if (role === 'participant') {
		const code = joinCode(key, nonce, codeLength);
		return { secret: code, hash: joinCodeHash(code) };
	}
	const token = linkToken(key, nonce);
	return { secret: token, hash: hashSecret(token) };
}

/** A link as the facilitator sees it, with its path when the server key can still derive it. */
export function describeLink(key: Buffer, link: repo.AccessLink): LinkView {
	// a join code is six characters or, for a large event, eight: the stored hash says which
	const { secret, hash } =
		link.role === 'participant'
			? (JOIN_CODE_LENGTHS.map((n) => secretOf(key, link.role, link.nonce, n)).find(
					(s) => s.hash === link.tokenHash
				) ?? secretOf(key, link.role, link.nonce))
			: secretOf(key, link.role, link.nonce);
	const shown = hash === link.tokenHash;
	return {
		id: link.id,
		role: link.role,
		sectorId: link.sectorId,
		label: link.label,
		createdAt: link.createdAt,
		revokedAt: link.revokedAt,
		lastUsedAt: link.lastUsedAt,
		path: shown ? (link.role === 'participant' ? `/join/${secret}` : `/k/${secret}`) : null,
		code: shown && link.role === 'participant' ? formatJoinCode(secret) : null
	};
}

/** Creates a link without any role check: for event creation and the demo loader only. */
export function createLinkUnchecked(
	db: Db,
	key: Buffer,
	eventId: number,
	role: Role,
	sectorId: number | null,
	label: string,
	codeLength = JOIN_CODE_LENGTH
): LinkView {
	for (;;) {
		const nonce = newNonce();
		const { hash } = secretOf(key, role, nonce, codeLength);
		// a six-character join code can collide with another event's; draw again
		if (repo.findLinkByHash(db, hash)) continue;
		return describeLink(
			key,
			repo.createLink(db, { eventId, role, sectorId, tokenHash: hash, nonce, label }, now())
		);
	}
}

/** Every link of the event, with the paths that open them. */
export function listEventLinks(db: Db, key: Buffer, actor: Actor | null): LinkView[] {
	const a = requireRole(actor, 'facilitator');
	return repo.listLinks(db, a.eventId).map((l) => describeLink(key, l));
}

/**
 * The live link of each kind: the facilitator link, the join code, the newest link per sector, and
 * every live translator link (one per interpreter), oldest first.
 */
export function currentLinks(db: Db, key: Buffer, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator');
	const links = listEventLinks(db, key, a).filter((l) => !l.revokedAt);
	const newest = (pred: (l: LinkView) => boolean) =>
		links.filter(pred).sort((a, b) => b.id - a.id)[0] ?? null;
	return {
		facilitator: newest((l) => l.role === 'facilitator'),
		join: newest((l) => l.role === 'participant'),
		bySector: new Map(
			listSectors(db, a.eventId).map((s) => [
				s.id,
				newest((l) => l.role === 'rapporteur' && l.sectorId === s.id)
			])
		),
		translators: links.filter((l) => l.role === 'translator').sort((a, b) => a.id - b.id)
	};
}

/** What the printed link cards show: each sector in order with its newest live link, each translator link, and the join code. */
export function linkCards(
	db: Db,
	key: Buffer,
	actor: Actor | null
): {
	sectors: { sector: Sector; path: string | null }[];
	join: LinkView | null;
	translators: LinkView[];
} {
	const a = requireRole(actor, 'facilitator');
	const current = currentLinks(db, key, a);
	return {
		sectors: listSectors(db, a.eventId).map((sector) => ({
			sector,
			path: current.bySector.get(sector.id)?.path ?? null
		})),
		join: current.join,
		translators: current.translators
	};
}

/**
 * A link's label as typed (a note for the facilitator of whom it is for; it may be empty): one line
 * under the text rules of every form, at most LINK_LABEL_MAX characters. With `cut`, a longer
 * label (a sector's name, given by the links page) is shortened instead of refused.
 */
export function checkedLabel(raw: string, cut = false): string {
	let label = normaliseText(raw);
	if (cut && label.length > LINK_LABEL_MAX)
		label = label
			.slice(0, LINK_LABEL_MAX)
			.replace(/[\uD800-\uDBFF]$/, '')
			.trim();
	const problem = textError(label, { kind: 'line', max: LINK_LABEL_MAX });
	if (problem) throw new Refusal('invalid', { label: problem });
	return label;
}

/** Issues a rapporteur link for a sector, keeping the others live (one per rapporteur). */
export function issueRapporteurLink(
	db: Db,
	key: Buffer,
	actor: Actor | null,
	sectorId: number,
	rawLabel: string
): LinkView {
	const a = requireRole(actor, 'facilitator');
	ensure(
		listSectors(db, a.eventId).some((s) => s.id === sectorId),
		'not_found'
	);
	const label = checkedLabel(rawLabel, true);
	return db.transaction(() => {
		const link = createLinkUnchecked(db, key, a.eventId, 'rapporteur', sectorId, label);
		appendChange(
			db,
			{
				eventId: a.eventId,
				actorId: a.participantId,
				actorRole: a.role,
				action: 'link.issue',
				entity: 'access_link',
				entityId: link.id,
				before: null,
				after: { role: 'rapporteur', sectorId, label }
			},
			now()
		);
		return link;
	})();
}

/** Revokes one link: whoever opened it loses access at once. */
export function revokeLink(db: Db, actor: Actor | null, linkId: number): void {
	const a = requireRole(actor, 'facilitator');
	const link = repo.findLink(db, a.eventId, linkId);
	ensure(link, 'not_found');
	// the facilitator's own way in and the join code are replaced with regenerate, never cut
	if (link.role !== 'rapporteur' && link.role !== 'translator') throw new Refusal('wrong_role');
	db.transaction(() => {
		repo.revokeLink(db, link.id, now());
		appendChange(
			db,
			{
				eventId: a.eventId,
				actorId: a.participantId,
				actorRole: a.role,
				action: 'link.revoke',
				entity: 'access_link',
				entityId: link.id,
				before: { revokedAt: null },
				after: { revokedAt: now() }
			},
			now()
		);
	})();
}

/**
 * Issues a new facilitator link or join code; the old ones stop opening the event. Sessions opened
 * with an old facilitator link end (but the acting facilitator's); people who joined with an old
 * code stay in.
 */
export function regenerateLink(
	db: Db,
	key: Buffer,
	actor: Actor | null,
	role: 'facilitator' | 'participant'
): LinkView {
	const a = requireRole(actor, 'facilitator');
	return reissue(db, key, a.eventId, role, a);
}

/**
 * The same, for the person who runs the server (`npm run links -- --reissue`): holding the database
 * is the authority, so no role is asked; the change log names the operator.
 */
export function reissueAsOperator(
	db: Db,
	key: Buffer,
	eventId: number,
	role: 'facilitator' | 'participant'
): LinkView {
	return reissue(db, key, eventId, role, null);
}

function reissue(
	db: Db,
	key: Buffer,
	eventId: number,
	role: 'facilitator' | 'participant',
	a: Actor | null
): LinkView {
	return db.transaction(() => {
		const old = repo.listLinks(db, eventId).filter((l) => l.role === role && !l.revokedAt);
		// a code that many have seen is easier to come by: a large event's new code is longer
		const large =
			role === 'participant' &&
			repo.countParticipantsByRole(db, eventId).participant >= LONG_CODE_FROM_PARTICIPANTS;
		const fresh = createLinkUnchecked(
			db,
			key,
			eventId,
			role,
			null,
			role === 'facilitator' ? 'facilitator' : 'join code',
			large ? LONG_JOIN_CODE_LENGTH : JOIN_CODE_LENGTH
		);
		for (const l of old) {
			repo.revokeLink(db, l.id, now());
			// a facilitator link is replaced because it leaked: whoever opened it is signed out (but
			// the facilitator replacing it); people who joined with an old code stay in, their votes theirs
			if (role === 'facilitator') repo.endSessionsOfLink(db, l.id, a?.participantId ?? null);
			repo.moveParticipantsToLink(db, l.id, fresh.id);
		}
		appendChange(
			db,
			{
				eventId,
				actorId: a?.participantId ?? null,
				actorRole: a?.role ?? 'operator',
				action: 'link.regenerate',
				entity: 'access_link',
				entityId: fresh.id,
				before: { ids: old.map((l) => l.id) },
				after: { id: fresh.id, role }
			},
			now()
		);
		return fresh;
	})();
}

/**
 * The live links of an event for the person who runs the server: facilitator, each sector's
 * rapporteur, each translator link, the join code.
 */
export function operatorLinks(db: Db, key: Buffer, eventId: number) {
	const live = repo.listLinks(db, eventId).filter((l) => !l.revokedAt);
	const newest = (pred: (l: repo.AccessLink) => boolean) => {
		const link = live.filter(pred).sort((a, b) => b.id - a.id)[0];
		return link ? describeLink(key, link) : null;
	};
	return {
		facilitator: newest((l) => l.role === 'facilitator'),
		join: newest((l) => l.role === 'participant'),
		sectors: listSectors(db, eventId).map((s) => ({
			name: s.name,
			link: newest((l) => l.role === 'rapporteur' && l.sectorId === s.id)
		})),
		translators: live
			.filter((l) => l.role === 'translator')
			.sort((a, b) => a.id - b.id)
			.map((l) => describeLink(key, l))
	};
}
