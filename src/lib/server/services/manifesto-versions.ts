/**
 * Published versions of the manifesto and the sector papers. Publishing freezes what the outputs
 * are built from as version N; the public pages and exports read the latest version, later edits
 * are a draft until published again, and every version stays readable at its own address.
 * Taking the manifesto back hides every version from everyone but the facilitators.
 */
import type { Db } from '../db/connection';
import * as repo from '../db/manifesto-versions';
import { appendChange } from '../db/change-log';
import { getEvent, updateManifestoPublished } from '../db/events';
import { diffManifesto, isEmptyDiff, type ManifestoDiff } from '$lib/domain/manifesto-diff';
import { changeNoteInput } from '$lib/domain/manifesto-rules';
import { check } from '$lib/domain/text-schema';
import type { Actor } from '$lib/domain/types';
import { requireRole } from './access';
import { ensure, Refusal } from './errors';
import { now } from './clock';
import { publish } from '../live';
import { manifestoInput } from './manifesto-read';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Publishes the manifesto and the sector papers to everyone with the event's address (a new
 * version when the draft differs from the latest one), or takes them back. Returns the number of
 * the version now public, or null when taken back.
 */
export function setPublished(db: Db, actor: Actor | null, published: boolean): number | null {
	const a = requireRole(actor, 'facilitator');
	const shown = db.transaction(() => {
		const t = now();
		const before = getEvent(db, a.eventId).manifestoPublishedAt;
		let version: number | null = null;
		if (published) {
			const draft = manifestoInput(db, a.eventId);
			const latest = repo.findVersion(db, a.eventId);
			version =
				latest && same(latest.input, draft)
					? latest.number
					: repo.insertVersion(db, a.eventId, draft, a.participantId || null, t);
		}
		const after = published ? t : null;
		updateManifestoPublished(db, a.eventId, after, t);
		appendChange(
			db,
			{
				eventId: a.eventId,
				actorId: a.participantId,
				actorRole: a.role,
				action: published ? 'manifesto.publish' : 'manifesto.unpublish',
				entity: 'event',
				entityId: a.eventId,
				before: { publishedAt: before },
				after: { publishedAt: after, version }
			},
			t
		);
		return version;
	})();
	// the event's details change too: the navigation offers the manifesto once it is published
	publish(a.eventId, 'manifesto');
	publish(a.eventId, 'event');
	return shown;
}

/** Versions are public while the manifesto is published; facilitators read them at any time. */
function mayReadVersions(db: Db, actor: Actor | null, eventId: number): boolean {
	return actor?.role === 'facilitator' || getEvent(db, eventId).manifestoPublishedAt !== null;
}

/** One published version (the latest when `number` is omitted), or null when there is none to read. */
export function publishedVersion(db: Db, actor: Actor | null, eventId: number, number?: number) {
	if (!mayReadVersions(db, actor, eventId)) return null;
	return repo.findVersion(db, eventId, number);
}

/** The facilitators' list of versions, newest first, and whether the draft differs from the latest. */
export function versionsFor(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator');
	const versions = repo.listVersions(db, a.eventId);
	const latest = repo.findVersion(db, a.eventId);
	return {
		versions,
		draftChanged: latest === null || !same(latest.input, manifestoInput(db, a.eventId))
	};
}

/**
 * What changed from version `from` to version `to` ('draft': the manifesto as it is being edited).
 * Facilitators only: the draft is theirs.
 */
export function versionDiff(
	db: Db,
	actor: Actor | null,
	from: number,
	to: number | 'draft'
): ManifestoDiff & { empty: boolean } {
	const a = requireRole(actor, 'facilitator');
	const before = repo.findVersion(db, a.eventId, from);
	ensure(before, 'not_found');
	const after =
		to === 'draft' ? manifestoInput(db, a.eventId) : repo.findVersion(db, a.eventId, to)?.input;
	ensure(after, 'not_found');
	const diff = diffManifesto(before.input, after);
	return { ...diff, empty: isEmptyDiff(diff) };
}

/** Writes the change note published with a version (what changed since the one before). */
export function setChangeNote(db: Db, actor: Actor | null, number: number, raw: unknown): void {
	const a = requireRole(actor, 'facilitator');
	const checked = check(changeNoteInput, { note: raw });
	if (!checked.ok) throw new Refusal('invalid', checked.errors);
	const { note } = checked.value;
	db.transaction(() => {
		const version = repo.findVersion(db, a.eventId, number);
		ensure(version, 'not_found');
		repo.updateChangeNote(db, a.eventId, number, note);
		appendChange(
			db,
			{
				eventId: a.eventId,
				actorId: a.participantId,
				actorRole: a.role,
				action: 'manifesto.change_note',
				entity: 'event',
				entityId: a.eventId,
				before: { number, note: version.changeNote },
				after: { number, note }
			},
			now()
		);
	})();
	publish(a.eventId, 'manifesto');
}
