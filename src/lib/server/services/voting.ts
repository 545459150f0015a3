/** Plenary voting: rounds over curated themes, one changeable ballot per person, results per sector. */
import type { Db } from '../db/connection';
import * as repo from '../db/rounds';
import { listThemes } from '../db/themes';
import { listSectors } from '../db/events';
import { appendChange } from '../db/change-log';
import type { Actor } from '$lib/domain/types';
import {
	checkBallot,
	roundSettings,
	shownResults,
	tally,
	turnout,
	VOTE_METHODS,
	type BallotEntry,
	type VoteMethod
} from '$lib/domain/tally';
import { normaliseText, textError } from '$lib/domain/text';
import { DISPLAY_NAME_MAX } from '$lib/domain/event-rules';
import { ROUND_TITLE_MAX } from '$lib/domain/ballot-rules';
import { requireRole } from './access';
import { ensure, Refusal } from './errors';
import { now } from './clock';
import { publish, publishAfter } from '../live';
import { listPointerRows, nextPointerPosition, putPointer } from '../db/manifesto';
import { createOfflineParticipant } from '../db/access';

function log(db: Db, a: Actor, action: string, id: number, before: unknown, after: unknown) {
	appendChange(
		db,
		{
			eventId: a.eventId,
			actorId: a.participantId,
			actorRole: a.role,
			action,
			entity: 'round',
			entityId: id,
			before,
			after
		},
		now()
	);
}

export interface RoundInput {
	title?: string;
	method?: string;
	themeIds?: number[];
	dotsPerPerson?: string;
	maxDotsPerTheme?: string;
	prioritySignal?: boolean;
	resultsVisibility?: string;
	timerMinutes?: string;
}

// the bell's notice goes out a second late, so that every clock reading it has passed the bell
const BELL_GRACE_MS = 1000;

/** Creates a draft round; by default over every accepted or locked theme. */
export function createRound(db: Db, actor: Actor | null, raw: RoundInput): number {
	const a = requireRole(actor, 'facilitator');
	const title = normaliseText(raw.title ?? '');
	const fields: Record<string, string> = {};
	// a title with a control character is refused with the same word as one too long
	const titleError = textError(title, { kind: 'line', max: ROUND_TITLE_MAX, min: 1 });
	if (titleError) fields.title = titleError === 'required' ? 'required' : 'too_long';
	const method = raw.method as VoteMethod;
	if (!(VOTE_METHODS as readonly string[]).includes(method)) fields.method = 'invalid';
	const live = listThemes(db, a.eventId).filter(
		(t) => t.status === 'accepted' || t.status === 'locked'
	);
	const themeIds = raw.themeIds?.length ? raw.themeIds : live.map((t) => t.id);
	const known = new Set(
		listThemes(db, a.eventId)
			.filter((t) => t.status !== 'discarded')
			.map((t) => t.id)
	);
	if (themeIds.length === 0) fields.themeIds = 'round_no_themes';
	else if (!themeIds.every((id) => known.has(id))) fields.themeIds = 'invalid';
	const dots = Number(raw.dotsPerPerson || 5);
	const perTheme = Number(raw.maxDotsPerTheme || 3);
	if (method === 'dot' && (!Number.isInteger(dots) || dots < 1 || dots > 50))
		fields.dotsPerPerson = 'invalid';
	if (method === 'dot' && (!Number.isInteger(perTheme) || perTheme < 1 || perTheme > dots))
		fields.maxDotsPerTheme = 'invalid';
	const timer = raw.timerMinutes ? Number(raw.timerMinutes) : 0;
	if (!Number.isInteger(timer) || timer < 0 || timer > 240) fields.timerMinutes = 'invalid';
	if (Object.keys(fields).length) throw new Refusal('invalid', fields);
	const settings = {
		dotsPerPerson: dots,
		maxDotsPerTheme: perTheme,
		prioritySignal: Boolean(raw.prioritySignal),
		...(timer ? { timerMinutes: timer } : {})
	};
	const visibility = raw.resultsVisibility === 'live' ? 'live' : 'on_close';
	const id = db.transaction(() => {
		const id = repo.createRound(
			db,
			{ eventId: a.eventId, title, method, settings, resultsVisibility: visibility, themeIds },
			now()
		);
		log(db, a, 'round.create', id, null, { title, method, settings, visibility, themeIds });
		return id;
	})();
	publish(a.eventId, 'rounds');
	return id;
}

/** Opens a draft round or closes an open one (forward only: a closed round keeps its results). */
export function setRoundStatus(
	db: Db,
	actor: Actor | null,
	roundId: number,
	status: 'open' | 'closed'
): void {
	const a = requireRole(actor, 'facilitator');
	const timer = db.transaction(() => {
		const t = now();
		const round = repo.findRound(db, a.eventId, roundId, t);
		ensure(round, 'not_found');
		const allowed =
			(round.status === 'draft' && status === 'open') ||
			(round.status === 'open' && status === 'closed');
		ensure(allowed, 'conflict');
		const closesAt =
			status === 'open' && round.timerMinutes
				? new Date(Date.parse(t) + round.timerMinutes * 60_000).toISOString()
				: null;
		repo.updateRoundStatus(db, roundId, status, t, closesAt);
		log(db, a, `round.${status}`, roundId, { status: round.status }, { status, closesAt });
		return closesAt ? round.timerMinutes! * 60_000 : null;
	})();
	publish(a.eventId, 'rounds');
	// at the bell the round reads as closed without any write: tell the open pages when it rings
	if (timer !== null) publishAfter(a.eventId, 'rounds', timer + BELL_GRACE_MS);
}

/** The rounds of the event, newest first (everyone in the event sees them); a round past its bell reads as closed. */
export function listRounds(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	return repo.listRounds(db, a.eventId, now());
}

/** The rounds of the event with their turnout, for the facilitator's list (no tallies computed). */
export function roundsWithTurnout(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	const rounds = repo.listRounds(db, a.eventId, now());
	const present = repo.countVoters(db, a.eventId);
	return rounds.map((r) => ({ ...r, turnout: turnout(repo.countBallots(db, r.id), present) }));
}

/** The round now open for voting, if any. */
export function openRound(db: Db, actor: Actor | null) {
	return listRounds(db, actor).find((r) => r.status === 'open') ?? null;
}

/** The labels and descriptions of a round's themes, in the round's order (read from the themes alone, not the board). */
export function roundThemes(db: Db, actor: Actor | null, round: { themeIds: readonly number[] }) {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	const themes = new Map(listThemes(db, a.eventId).map((t) => [t.id, t]));
	return round.themeIds.map((id) => ({
		id,
		label: themes.get(id)?.label ?? '',
		description: themes.get(id)?.description ?? ''
	}));
}

/** What a voter's phone shows: the open round with its themes and their own ballot, or the last closed round. */
export function ballotPaper(db: Db, actor: Actor | null) {
	const rounds = listRounds(db, actor);
	const round = rounds.find((r) => r.status === 'open') ?? null;
	return {
		round,
		themes: round ? roundThemes(db, actor, round) : [],
		ballot: round ? myBallot(db, actor, round.id) : null,
		lastClosed: rounds.find((r) => r.status === 'closed') ?? null
	};
}

/**
 * Casts or changes the actor's ballot (a facilitator may record one for someone else, flagged as
 * proxy). A ballot over budget or for a theme not in the round is refused whole.
 */
export function castBallot(
	db: Db,
	actor: Actor | null,
	roundId: number,
	entries: BallotEntry[],
	forParticipant?: number
): void {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	const voter = forParticipant ?? a.participantId;
	if (forParticipant !== undefined) requireRole(a, 'facilitator');
	db.transaction(() => {
		// a ballot after the bell finds the round closed, and is never stored
		const round = repo.findRound(db, a.eventId, roundId, now());
		ensure(round, 'not_found');
		ensure(round.status === 'open', 'round_closed');
		const checked = checkBallot(
			roundSettings(round.method, round.settings),
			round.themeIds,
			entries
		);
		if (!checked.ok) throw new Refusal('invalid', { ballot: checked.errors[0] });
		repo.upsertBallot(
			db,
			roundId,
			voter,
			checked.entries,
			forParticipant !== undefined ? a.participantId : null,
			now()
		);
		log(db, a, forParticipant !== undefined ? 'ballot.proxy' : 'ballot.cast', roundId, null, {
			participantId: voter
		});
	})();
	publish(a.eventId, 'ballots');
}

/** The actor's own ballot in a round, to fill the form again. */
export function myBallot(db: Db, actor: Actor | null, roundId: number) {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	return repo.findBallot(db, roundId, a.participantId);
}

/**
 * Results and turnout. Facilitators see them at any time; others only when the round shows them
 * live or once it is closed: hidden results leave the server through no endpoint.
 */
export function roundResults(db: Db, actor: Actor | null, roundId: number) {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	const round = repo.findRound(db, a.eventId, roundId, now());
	ensure(round, 'not_found');
	const present = repo.countVoters(db, a.eventId);
	const visible =
		a.role === 'facilitator' ||
		round.status === 'closed' ||
		(round.status === 'open' && round.resultsVisibility === 'live');
	return {
		round,
		turnout: turnout(repo.countBallots(db, roundId), present),
		// hidden results are never computed, so they cannot leak
		results: visible
			? tally(
					roundSettings(round.method, round.settings),
					round.themeIds,
					repo.listBallots(db, roundId),
					listSectors(db, a.eventId).map((s) => s.id)
				)
			: null
	};
}

/** The results page of a round: what `roundResults` gives, cut down to what the page shows, with the themes' labels and the promoted themes. */
export function resultsPage(db: Db, actor: Actor | null, roundId: number) {
	const { round, turnout, results } = roundResults(db, actor, roundId);
	return {
		round,
		turnout,
		results: results && shownResults(results),
		labels: Object.fromEntries(roundThemes(db, actor, round).map((t) => [t.id, t.label])),
		promoted: promotedThemeIds(db, actor)
	};
}

/**
 * Promotes themes of a closed round to manifesto pointers: chosen by hand, the top N of the
 * ranking, or every theme scoring at least a threshold (in a consent round, only unblocked ones);
 * a theme already behind a pointer is not promoted twice.
 */
export function promoteThemes(
	db: Db,
	actor: Actor | null,
	roundId: number,
	choice: { themeIds?: number[]; top?: number; minScore?: number }
): number[] {
	const a = requireRole(actor, 'facilitator');
	const { round, results } = roundResults(db, a, roundId);
	ensure(round.status === 'closed', 'round_not_closed');
	const ranked = results!.themes;
	const wanted = choice.themeIds?.length
		? choice.themeIds
		: choice.minScore !== undefined
			? ranked
					.filter(
						(t) =>
							t.score >= choice.minScore! &&
							t.ballots > 0 &&
							(round.method !== 'consent' || t.blocks.length === 0)
					)
					.map((t) => t.themeId)
			: ranked
					.filter((t) => t.rank <= Math.max(0, Math.floor(choice.top ?? 0)))
					.map((t) => t.themeId);
	if (!wanted.length || !wanted.every((id) => round.themeIds.includes(id)))
		throw new Refusal('invalid', { themeIds: 'invalid' });
	const ids = db.transaction(() => {
		const already = new Set(
			listPointerRows(db, a.eventId).flatMap((p) => p.themes.map((t) => t.themeId))
		);
		const themes = new Map(listThemes(db, a.eventId).map((t) => [t.id, t]));
		const created: number[] = [];
		for (const themeId of wanted) {
			if (already.has(themeId)) continue;
			const theme = themes.get(themeId)!;
			const t = now();
			const id = putPointer(
				db,
				{
					id: 0,
					eventId: a.eventId,
					sectionId: null,
					title: theme.label,
					body: theme.description,
					position: nextPointerPosition(db, a.eventId),
					createdAt: t,
					themes: [{ themeId, roundId }]
				},
				t
			);
			appendChange(
				db,
				{
					eventId: a.eventId,
					actorId: a.participantId,
					actorRole: a.role,
					action: 'pointer.promote',
					entity: 'pointer',
					entityId: id,
					before: null,
					after: { themeId, roundId, title: theme.label }
				},
				now()
			);
			created.push(id);
		}
		return created;
	})();
	// the round's page marks the promoted themes; the manifesto gains their pointers
	publish(a.eventId, 'rounds');
	publish(a.eventId, 'manifesto');
	return ids;
}

/** The themes already promoted to pointers. */
export function promotedThemeIds(db: Db, actor: Actor | null): number[] {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	return listPointerRows(db, a.eventId).flatMap((p) => p.themes.map((t) => t.themeId));
}

/** Records the ballot of someone without a phone: a new offline participant, the ballot flagged as proxy. */
export function castProxyBallot(
	db: Db,
	actor: Actor | null,
	roundId: number,
	entries: BallotEntry[],
	person: { displayName?: string; declaredSectorId?: string }
): void {
	const a = requireRole(actor, 'facilitator');
	const displayName = normaliseText(person.displayName ?? '');
	if (textError(displayName, { kind: 'line', max: DISPLAY_NAME_MAX }))
		throw new Refusal('invalid', { displayName: 'too_long' });
	const sectorId = person.declaredSectorId ? Number(person.declaredSectorId) : null;
	if (sectorId !== null && !listSectors(db, a.eventId).some((s) => s.id === sectorId))
		throw new Refusal('invalid', { declaredSectorId: 'invalid' });
	db.transaction(() => {
		const voter = createOfflineParticipant(
			db,
			a.eventId,
			{ displayName, declaredSectorId: sectorId },
			now()
		);
		castBallot(db, a, roundId, entries, voter);
	})();
}
