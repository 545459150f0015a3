/** SQL for voting rounds and ballots. */
import type { Db } from './connection';
import type { RoundSettings, VoteMethod } from '$lib/domain/tally';
import { roundStatusAt, type RoundStatus } from '$lib/domain/round-status';
import type { ActorType } from '$lib/domain/types';

export type { RoundStatus };

export interface Round {
	id: number;
	eventId: number;
	title: string;
	method: VoteMethod;
	settings: Omit<RoundSettings, 'method'>;
	resultsVisibility: 'live' | 'on_close';
	/** as of the moment read: an open round past its bell reads as closed (nothing is written at the bell) */
	status: RoundStatus;
	openedAt: string | null;
	/** when an open round closes by itself (a timer), or null */
	closesAt: string | null;
	/** the timer chosen at creation, started when the round opens */
	timerMinutes: number | null;
	/** when it closed: by hand, or at its bell */
	closedAt: string | null;
	createdAt: string;
	themeIds: number[];
}

interface RoundRow {
	id: number;
	event_id: number;
	title: string;
	method: VoteMethod;
	settings: string;
	results_visibility: 'live' | 'on_close';
	status: RoundStatus;
	opened_at: string | null;
	closes_at: string | null;
	closed_at: string | null;
	created_at: string;
}

function toRound(db: Db, r: RoundRow, at: string): Round {
	const { timerMinutes, ...settings } = JSON.parse(r.settings) as Omit<RoundSettings, 'method'> & {
		timerMinutes?: number;
	};
	const { status, closedAt } = roundStatusAt(
		{ status: r.status, closesAt: r.closes_at, closedAt: r.closed_at },
		at
	);
	return {
		id: r.id,
		eventId: r.event_id,
		title: r.title,
		method: r.method,
		settings,
		timerMinutes: timerMinutes ?? null,
		closesAt: r.closes_at,
		resultsVisibility: r.results_visibility,
		status,
		openedAt: r.opened_at,
		closedAt,
		createdAt: r.created_at,
		themeIds: (
			db
				.prepare('SELECT theme_id FROM round_themes WHERE round_id = ? ORDER BY position')
				.all(r.id) as { theme_id: number }[]
		).map((x) => x.theme_id)
	};
}

/** Inserts a draft round over these themes. */
export function createRound(
	db: Db,
	r: {
		eventId: number;
		title: string;
		method: VoteMethod;
		settings: Omit<RoundSettings, 'method'> & { timerMinutes?: number };
		resultsVisibility: 'live' | 'on_close';
		themeIds: number[];
	},
	now: string
): number {
	const id = Number(
		db
			.prepare(
				'INSERT INTO rounds (event_id, title, method, settings, results_visibility, created_at) VALUES (?, ?, ?, ?, ?, ?)'
			)
			.run(r.eventId, r.title, r.method, JSON.stringify(r.settings), r.resultsVisibility, now)
			.lastInsertRowid
	);
	const add = db.prepare(
		'INSERT INTO round_themes (round_id, theme_id, position) VALUES (?, ?, ?)'
	);
	r.themeIds.forEach((t, i) => add.run(id, t, i));
	return id;
}

// A round's status depends on the moment it is read (its bell); services pass their clock, and
// readers that keep none read at the wall clock's time.
const wallClock = () => new Date().toISOString();

/** The rounds of an event, newest first, as they stand at `at`. */
export function listRounds(db: Db, eventId: number, at: string = wallClock()): Round[] {
	return (
		db
			.prepare('SELECT * FROM rounds WHERE event_id = ? ORDER BY id DESC')
			.all(eventId) as RoundRow[]
	).map((r) => toRound(db, r, at));
}

/**
 * The rounds of the event stored as open, as they stand at `at` (a timer may have closed one):
 * what a ballot needs, without reading every round of the event's history for each one.
 */
export function listRoundsStoredOpen(db: Db, eventId: number, at: string = wallClock()): Round[] {
	return (
		db
			.prepare("SELECT * FROM rounds WHERE event_id = ? AND status = 'open' ORDER BY id DESC")
			.all(eventId) as RoundRow[]
	).map((r) => toRound(db, r, at));
}

/** The round with this id in this event as it stands at `at`, or null. */
export function findRound(
	db: Db,
	eventId: number,
	id: number,
	at: string = wallClock()
): Round | null {
	const r = db.prepare('SELECT * FROM rounds WHERE event_id = ? AND id = ?').get(eventId, id) as
		RoundRow | undefined;
	return r ? toRound(db, r, at) : null;
}

/** Opens (starting its timer, if any) or closes a round. */
export function updateRoundStatus(
	db: Db,
	id: number,
	status: RoundStatus,
	now: string,
	closesAt: string | null = null
): void {
	if (status === 'open')
		db.prepare("UPDATE rounds SET status = 'open', opened_at = ?, closes_at = ? WHERE id = ?").run(
			now,
			closesAt,
			id
		);
	else if (status === 'closed')
		db.prepare("UPDATE rounds SET status = 'closed', closed_at = ? WHERE id = ?").run(now, id);
}

export interface StoredBallot {
	participantId: number;
	declaredSectorId: number | null;
	actorType: ActorType | null;
	isProxy: boolean;
	entries: { themeId: number; value: number; priority: boolean; reason: string }[];
}

/** Every ballot of a round with what its voter declared about themselves. */
export function listBallots(db: Db, roundId: number): StoredBallot[] {
	const ballots = db
		.prepare(
			`SELECT b.id, b.participant_id, b.is_proxy, p.declared_sector_id, p.actor_type
			 FROM ballots b JOIN participants p ON p.id = b.participant_id WHERE b.round_id = ? ORDER BY b.id`
		)
		.all(roundId) as {
		id: number;
		participant_id: number;
		is_proxy: number;
		declared_sector_id: number | null;
		actor_type: ActorType | null;
	}[];
	const entries = db.prepare(
		'SELECT theme_id, value, priority, reason FROM ballot_entries WHERE ballot_id = ? ORDER BY theme_id'
	);
	return ballots.map((b) => ({
		participantId: b.participant_id,
		declaredSectorId: b.declared_sector_id,
		actorType: b.actor_type,
		isProxy: b.is_proxy === 1,
		entries: (
			entries.all(b.id) as { theme_id: number; value: number; priority: number; reason: string }[]
		).map((e) => ({
			themeId: e.theme_id,
			value: e.value,
			priority: e.priority === 1,
			reason: e.reason
		}))
	}));
}

/** The ballot of one participant in a round, or null. */
export function findBallot(db: Db, roundId: number, participantId: number): StoredBallot | null {
	return listBallots(db, roundId).find((b) => b.participantId === participantId) ?? null;
}

/**
 * Writes a participant's ballot, replacing the one they cast before; the unique (round,
 * participant) key makes two racing tabs end with one ballot, never two.
 */
export function upsertBallot(
	db: Db,
	roundId: number,
	participantId: number,
	entries: { themeId: number; value: number; priority: boolean; reason: string | null }[],
	proxyBy: number | null,
	now: string
): void {
	db.prepare(
		`INSERT INTO ballots (round_id, participant_id, is_proxy, recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
		 ON CONFLICT (round_id, participant_id) DO UPDATE SET updated_at = excluded.updated_at, is_proxy = excluded.is_proxy, recorded_by = excluded.recorded_by`
	).run(roundId, participantId, proxyBy ? 1 : 0, proxyBy, now, now);
	const { id } = db
		.prepare('SELECT id FROM ballots WHERE round_id = ? AND participant_id = ?')
		.get(roundId, participantId) as { id: number };
	db.prepare('DELETE FROM ballot_entries WHERE ballot_id = ?').run(id);
	const add = db.prepare(
		'INSERT INTO ballot_entries (ballot_id, theme_id, value, priority, reason) VALUES (?, ?, ?, ?, ?)'
	);
	for (const e of entries) add.run(id, e.themeId, e.value, e.priority ? 1 : 0, e.reason ?? '');
}

/**
 * How many people could vote: the participants who joined the event, and those whose ballot a
 * facilitator recorded by proxy; facilitators and rapporteurs run the room and are not counted.
 */
export function countVoters(db: Db, eventId: number): number {
	return (
		db
			.prepare("SELECT COUNT(*) AS n FROM participants WHERE event_id = ? AND role = 'participant'")
			.get(eventId) as { n: number }
	).n;
}

/** How many ballots a round holds. */
export function countBallots(db: Db, roundId: number): number {
	return (
		db.prepare('SELECT COUNT(*) AS n FROM ballots WHERE round_id = ?').get(roundId) as { n: number }
	).n;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The rounds these themes are in (in any event: a round holds a theme by its id), oldest round first. */
export function listRoundsHolding(
	db: Db,
	themeIds: readonly number[]
): { themeId: number; roundId: number; title: string }[] {
	if (themeIds.length === 0) return [];
	return db
		.prepare(
			`SELECT rt.theme_id AS themeId, r.id AS roundId, r.title FROM round_themes rt JOIN rounds r ON r.id = rt.round_id
			 WHERE rt.theme_id IN (${placeholders(themeIds.length)}) ORDER BY r.id, rt.theme_id`
		)
		.all(...themeIds) as { themeId: number; roundId: number; title: string }[];
}

/** How many ballots name each of these themes (themes no ballot names are left out). */
export function listBallotCounts(
	db: Db,
	themeIds: readonly number[]
): { themeId: number; ballots: number }[] {
	if (themeIds.length === 0) return [];
	return db
		.prepare(
			`SELECT theme_id AS themeId, COUNT(DISTINCT ballot_id) AS ballots FROM ballot_entries
			 WHERE theme_id IN (${placeholders(themeIds.length)}) GROUP BY theme_id ORDER BY theme_id`
		)
		.all(...themeIds) as { themeId: number; ballots: number }[];
}

/** The event's themes that a round or a ballot names. */
export function listThemeIdsInRounds(db: Db, eventId: number): number[] {
	return (
		db
			.prepare(
				`SELECT rt.theme_id AS id FROM round_themes rt JOIN rounds r ON r.id = rt.round_id WHERE r.event_id = ?
				 UNION
				 SELECT e.theme_id FROM ballot_entries e JOIN ballots b ON b.id = e.ballot_id JOIN rounds r ON r.id = b.round_id WHERE r.event_id = ?`
			)
			.all(eventId, eventId) as { id: number }[]
	).map((r) => r.id);
}
