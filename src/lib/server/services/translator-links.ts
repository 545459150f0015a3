/**
 * Translator links: an interpreter's way into an event, to write statements' renderings in the
 * working language and nothing else. A facilitator issues one per interpreter (labelled with whom
 * it is for), renames it, regenerates it (the old one stops opening the event, whoever opened it
 * stays in) or revokes it (whoever opened it loses access at once, through `revokeLink`).
 */
import type { Db } from '../db/connection';
import * as repo from '../db/access';
import { appendChange } from '../db/change-log';
import type { Actor } from '$lib/domain/types';
import { checkedLabel, createLinkUnchecked, type LinkView } from './links';
import { requireRole } from './access';
import { ensure } from './errors';
import { now } from './clock';

/** A live translator link of the actor's event. */
function liveTranslatorLink(db: Db, eventId: number, linkId: number): repo.AccessLink {
	const link = repo.findLink(db, eventId, linkId);
	ensure(link && link.role === 'translator', 'not_found');
	ensure(!link.revokedAt, 'conflict');
	return link;
}

function log(db: Db, a: Actor, action: string, linkId: number, before: unknown, after: unknown) {
	appendChange(
		db,
		{
			eventId: a.eventId,
			actorId: a.participantId,
			actorRole: a.role,
			action,
			entity: 'access_link',
			entityId: linkId,
			before,
			after
		},
		now()
	);
}

/** Issues a translator link (one per interpreter; the others stay live). */
export function issueTranslatorLink(
	db: Db,
	key: Buffer,
	actor: Actor | null,
	rawLabel: string
): LinkView {
	const a = requireRole(actor, 'facilitator');
	const label = checkedLabel(rawLabel);
	return db.transaction(() => {
		const link = createLinkUnchecked(db, key, a.eventId, 'translator', null, label);
		log(db, a, 'link.issue', link.id, null, { role: 'translator', label });
		return link;
	})();
}

/** Renames a live translator link. */
export function relabelTranslatorLink(
	db: Db,
	actor: Actor | null,
	linkId: number,
	rawLabel: string
): void {
	const a = requireRole(actor, 'facilitator');
	const link = liveTranslatorLink(db, a.eventId, linkId);
	const label = checkedLabel(rawLabel);
	db.transaction(() => {
		repo.updateLinkLabel(db, link.id, label);
		log(db, a, 'link.relabel', link.id, { label: link.label }, { label });
	})();
}

/**
 * Replaces a translator link with a new one under the same label: the old one no longer opens the
 * event (it was lost or passed on), the interpreter already inside keeps working.
 */
export function regenerateTranslatorLink(
	db: Db,
	key: Buffer,
	actor: Actor | null,
	linkId: number
): LinkView {
	const a = requireRole(actor, 'facilitator');
	const old = liveTranslatorLink(db, a.eventId, linkId);
	return db.transaction(() => {
		const fresh = createLinkUnchecked(db, key, a.eventId, 'translator', null, old.label);
		repo.revokeLink(db, old.id, now());
		repo.moveParticipantsToLink(db, old.id, fresh.id);
		log(
			db,
			a,
			'link.regenerate',
			fresh.id,
			{ ids: [old.id] },
			{ id: fresh.id, role: 'translator' }
		);
		return fresh;
	})();
}
