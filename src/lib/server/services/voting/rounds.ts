/** Vote rounds over curated themes: created, opened and closed by a facilitator, read by everyone in the event. */
import type { Db } from '../../db/connection';
import * as repo from '../../db/rounds';
import { listThemes } from '../../db/themes';
import type { Actor } from '$lib/domain/types';
import { turnout, VOTE_METHODS, type VoteMethod } from '$lib/domain/tally';
import { normaliseText, textError } from '$lib/domain/text';
import { ROUND_TITLE_MAX } from '$lib/domain/ballot-rules';
import { requireRole } from '../access';
import { changePhase } from '../events';
import { getEvent } from '../../db/events';
import { ensure, Refusal } from '../errors';
import { now } from '../clock';
import { publish, publishAfter } from '../../live';
import { log } from './log';

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

/**
 * What the facilitator chose when a vote is opened outside the voting phase: move the event to
 * voting with it, or keep the phase as it is. Without a choice such an opening is refused.
 */
export type OutsidePhase = 'move' | 'keep';

/**
 * Opens a draft round or closes an open one (forward only: a closed round keeps its results).
 * A vote opens when the event is in its voting phase; at any other phase only after the
 * facilitator confirmed it (`outside`), so that a stray tap during the breakouts opens nothing.
 */
export function setRoundStatus(
	db: Db,
	actor: Actor | null,
	roundId: number,
	status: 'open' | 'closed',
	outside?: OutsidePhase
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
		if (status === 'open' && getEvent(db, a.eventId).phase !== 'voting') {
			ensure(outside === 'move' || outside === 'keep', 'vote_outside_phase');
			// the phase change is logged and announced by the events service, in this transaction
			if (outside === 'move') changePhase(db, a, 'voting');
		}
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
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	return repo.listRoundsStoredOpen(db, a.eventId, now()).find((r) => r.status === 'open') ?? null;
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
