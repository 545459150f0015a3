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
import { changeNoteInput } from '$lib/domain/manifesto-schema';
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
 * version when the draft differs from the latest one), or takes them back. `changeNote` (what
 * changed since the version before) is stored with a new version. Returns the number of the version
 * now public, or null when taken back.
 */
export function setPublished(
	db: Db,
	actor: Actor | null,
	published: boolean,
	changeNote: unknown = ''
): number | null {
	const a = requireRole(actor, 'facilitator');
	const checked = check(changeNoteInput, { note: changeNote });
	if (!checked.ok) throw new Refusal('invalid', checked.errors);
	const { note } = checked.value;
	const shown = db.transaction(() => {
		const t = now();
		const before = getEvent(db, a.eventId).manifestoPublishedAt;
		let version: number | null = null;
		if (published) {
			const draft = manifestoInput(db, a.eventId);
			const latest = repo.findVersion(db, a.eventId);
			if (latest && same(latest.input, draft)) {
				version = latest.number;
				if (note) repo.updateChangeNote(db, a.eventId, version, note);
			} else {
				version = repo.insertVersion(db, a.eventId, draft, a.participantId || null, t);
				if (note) repo.updateChangeNote(db, a.eventId, version, note);
			}
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
				after: { publishedAt: after, version, ...(note ? { note } : {}) }
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

/** A version number or 'draft' from an address (`?from=2&to=draft`); null when absent or not one. */
function editionOf(raw: string | null, draft: boolean): number | 'draft' | null {
	if (raw === 'draft') return draft ? 'draft' : null;
	const n = Number(raw);
	return raw && Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * The facilitators' versions page: every version, whether the draft differs from the latest, what
 * readers see now, and the diff between two versions (`from`, `to`; 'draft' for the draft). By
 * default the latest version against the draft when it differs, otherwise the latest against the
 * one before it.
 */
export function versionsPage(
	db: Db,
	actor: Actor | null,
	rawFrom: string | null,
	rawTo: string | null
) {
	const a = requireRole(actor, 'facilitator');
	const { versions, draftChanged } = versionsFor(db, a);
	const latest = versions[0]?.number ?? null;
	const known = (n: number | 'draft' | null) =>
		n === 'draft' || (n !== null && versions.some((v) => v.number === n)) ? n : null;
	const from =
		known(editionOf(rawFrom, false)) ??
		(latest === null ? null : draftChanged || latest === 1 ? latest : latest - 1);
	const to = known(editionOf(rawTo, true)) ?? (draftChanged ? 'draft' : latest);
	const diff = typeof from === 'number' && to !== null ? versionDiff(db, a, from, to) : null;
	return {
		versions,
		draftChanged,
		published: getEvent(db, a.eventId).manifestoPublishedAt !== null,
		next: (latest ?? 0) + 1,
		/** what publishing now would change, for the change note's first draft */
		pending: draftChanged && latest !== null ? versionDiff(db, a, latest, 'draft') : null,
		from,
		to,
		diff
	};
}
