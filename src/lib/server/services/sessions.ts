/**
 * Days and what changed. A facilitator closes a session (a day, or any named part of the event):
 * the app keeps a snapshot of statements, themes, votes and pointers and where the change log
 * stood. The "since" view lists, for any closed session, every change made after it in plain
 * facts with who and when, and the board can highlight what is new.
 */
import type { Db } from '../db/connection';
import * as repo from '../db/sessions';
import { appendChange, lastChangeId, listChangesAfter } from '../db/change-log';
import { findParticipant } from '../db/access';
import { listStatements } from '../db/statements';
import { listMembers, listThemes } from '../db/themes';
import { countBallots, listRounds } from '../db/rounds';
import { listPointerRows } from '../db/manifesto';
import { findVersion } from '../db/manifesto-versions';
import { closeSessionInput } from '$lib/domain/session-schema';
import { check } from '$lib/domain/text-schema';
import {
	countByGroup,
	newSince,
	nextSessionNumber,
	sinceItems,
	type SessionSnapshot
} from '$lib/domain/since';
import type { Actor } from '$lib/domain/types';
import { requireRole } from './access';
import { ensure, Refusal } from './errors';
import { now } from './clock';
import { publish } from '../live';

/** The most changes a "since" view reads (a three-day workshop logs a few thousand). */
const MAX_CHANGES = 20_000;

/** Statements, themes, votes and pointers as they stand now. */
function snapshotOf(db: Db, eventId: number): SessionSnapshot {
	const members = new Map<number, number[]>();
	for (const m of listMembers(db, eventId))
		members.set(m.themeId, [...(members.get(m.themeId) ?? []), m.statementId]);
	return {
		statements: listStatements(db, eventId, { status: 'all' })
			.map((s) => ({
				id: s.id,
				sectorId: s.sectorId,
				title: s.title,
				withdrawn: s.withdrawnAt !== null
			}))
			.sort((a, b) => a.id - b.id),
		themes: listThemes(db, eventId).map((t) => ({
			id: t.id,
			label: t.label,
			status: t.status,
			statementIds: (members.get(t.id) ?? []).sort((a, b) => a - b)
		})),
		rounds: listRounds(db, eventId).map((r) => ({
			id: r.id,
			title: r.title,
			status: r.status,
			ballots: countBallots(db, r.id)
		})),
		pointers: listPointerRows(db, eventId).map((p) => ({ id: p.id, title: p.title })),
		version: findVersion(db, eventId)?.number ?? null
	};
}

/** Closes a session under the facilitator's name for it; returns its number. */
export function closeSession(db: Db, actor: Actor | null, raw: { name?: unknown }): number {
	const a = requireRole(actor, 'facilitator');
	const checked = check(closeSessionInput, raw);
	if (!checked.ok) throw new Refusal('invalid', checked.errors);
	const { name } = checked.value;
	const number = db.transaction(() => {
		const t = now();
		const number = nextSessionNumber(repo.listSessions(db, a.eventId));
		appendChange(
			db,
			{
				eventId: a.eventId,
				actorId: a.participantId,
				actorRole: a.role,
				action: 'session.close',
				entity: 'event',
				entityId: a.eventId,
				before: null,
				after: { number, name }
			},
			t
		);
		// the close itself is the last change the session holds
		return repo.insertSession(
			db,
			a.eventId,
			{
				name,
				closedBy: a.participantId,
				lastChangeId: lastChangeId(db, a.eventId),
				snapshot: snapshotOf(db, a.eventId)
			},
			t
		);
	})();
	publish(a.eventId, 'event');
	return number;
}

/** The closed sessions, latest first, for facilitators and rapporteurs. */
export function sessionsOf(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator', 'rapporteur');
	return repo.listSessions(db, a.eventId).map(({ number, name, closedAt }) => ({
		number,
		name,
		closedAt
	}));
}

const counts = (s: SessionSnapshot) => ({
	statements: s.statements.filter((x) => !x.withdrawn).length,
	themes: s.themes.filter((x) => x.status !== 'discarded').length,
	rounds: s.rounds.filter((x) => x.status !== 'draft').length,
	pointers: s.pointers.length
});

/**
 * What changed since a closed session (the latest when `number` is not given): every change after
 * it as a fact with who and when, the count of each kind, and how the event stood then and stands
 * now. Null when no session has been closed yet.
 */
export function sinceView(db: Db, actor: Actor | null, number?: number) {
	const a = requireRole(actor, 'facilitator', 'rapporteur');
	const sessions = repo.listSessions(db, a.eventId);
	const chosen = number ?? sessions[0]?.number;
	if (chosen === undefined) return null;
	const session = repo.findSession(db, a.eventId, chosen);
	ensure(session, 'not_found');
	const rounds = new Map(listRounds(db, a.eventId).map((r) => [r.id, r.title]));
	const changes = listChangesAfter(db, a.eventId, session.lastChangeId, MAX_CHANGES);
	const people = new Map<number, { name: string; sectorId: number | null }>();
	const person = (id: number | null) => {
		if (id === null) return { name: '', sectorId: null };
		if (!people.has(id)) {
			const p = findParticipant(db, id);
			people.set(id, { name: p?.displayName ?? '', sectorId: p?.sectorId ?? null });
		}
		return people.get(id)!;
	};
	const items = sinceItems(changes, (id) => rounds.get(id) ?? '').map((i) => ({
		...i,
		who: person(i.actorId).name,
		// a rapporteur who gave no name is named by their sector
		whoSector: i.actorRole === 'rapporteur' ? person(i.actorId).sectorId : null,
		mine: i.actorId !== null && i.actorId === a.participantId
	}));
	return {
		session: { number: session.number, name: session.name, closedAt: session.closedAt },
		items,
		counts: countByGroup(items),
		then: counts(session.snapshot),
		now: counts(snapshotOf(db, a.eventId)),
		/** the log holds more changes than the view read */
		truncated: changes.length === MAX_CHANGES
	};
}

/**
 * What the board highlights as new since a closed session: statements added after it that are still
 * active, and themes created or changed after it that still stand. Null when there is no such session.
 */
export function newOnBoard(db: Db, actor: Actor | null, number: number) {
	const a = requireRole(actor, 'facilitator');
	const session = repo.findSession(db, a.eventId, number);
	if (!session) return null;
	const fresh = newSince(listChangesAfter(db, a.eventId, session.lastChangeId, MAX_CHANGES));
	const active = new Set(listStatements(db, a.eventId).map((s) => s.id));
	const standing = new Set(
		listThemes(db, a.eventId)
			.filter((t) => t.status !== 'discarded')
			.map((t) => t.id)
	);
	return {
		number: session.number,
		name: session.name,
		statements: fresh.statements.filter((id) => active.has(id)),
		themes: fresh.themes.filter((id) => standing.has(id))
	};
}
