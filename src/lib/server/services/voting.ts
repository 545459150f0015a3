/** Plenary voting: rounds over curated themes, one changeable ballot per person, results per sector. */
import type { Db } from '../db/connection';
import * as repo from '../db/rounds';
import { listThemes } from '../db/themes';
import { listSectors } from '../db/events';
import { appendChange } from '../db/change-log';
import type { Actor } from '$lib/domain/types';
import { checkBallot, roundSettings, tally, turnout, VOTE_METHODS, type BallotEntry, type VoteMethod } from '$lib/domain/tally';
import { requireRole } from './access';
import { ensure, Refusal } from './errors';
import { now } from './clock';
import { publish } from '../live';
import { listPointerRows, nextPointerPosition, putPointer } from '../db/manifesto';
import { createOfflineParticipant } from '../db/access';

function log(db: Db, a: Actor, action: string, id: number, before: unknown, after: unknown) {
	appendChange(db, { eventId: a.eventId, actorId: a.participantId, actorRole: a.role, action, entity: 'round', entityId: id, before, after }, now());
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

const TITLE_MAX = 120;

/** Creates a draft round; by default over every accepted or locked theme. */
export function createRound(db: Db, actor: Actor | null, raw: RoundInput): number {
	const a = requireRole(actor, 'facilitator');
	const title = (raw.title ?? '').normalize('NFC').trim();
	const fields: Record<string, string> = {};
	if (!title) fields.title = 'required';
	else if (title.length > TITLE_MAX || /[\u0000-\u001F\u007F-\u009F]/.test(title)) fields.title = 'too_long';
	const method = raw.method as VoteMethod;
	if (!(VOTE_METHODS as readonly string[]).includes(method)) fields.method = 'invalid';
	const live = listThemes(db, a.eventId).filter((t) => t.status === 'accepted' || t.status === 'locked');
	const themeIds = raw.themeIds?.length ? raw.themeIds : live.map((t) => t.id);
	const known = new Set(listThemes(db, a.eventId).filter((t) => t.status !== 'discarded').map((t) => t.id));
	if (themeIds.length === 0) fields.themeIds = 'round_no_themes';
	else if (!themeIds.every((id) => known.has(id))) fields.themeIds = 'invalid';
	const dots = Number(raw.dotsPerPerson || 5);
	const perTheme = Number(raw.maxDotsPerTheme || 3);
	if (method === 'dot' && (!Number.isInteger(dots) || dots < 1 || dots > 50)) fields.dotsPerPerson = 'invalid';
	if (method === 'dot' && (!Number.isInteger(perTheme) || perTheme < 1 || perTheme > dots)) fields.maxDotsPerTheme = 'invalid';
	const timer = raw.timerMinutes ? Number(raw.timerMinutes) : 0;
	if (!Number.isInteger(timer) || timer < 0 || timer > 240) fields.timerMinutes = 'invalid';
	if (Object.keys(fields).length) throw new Refusal('invalid', fields);
	const settings = { dotsPerPerson: dots, maxDotsPerTheme: perTheme, prioritySignal: Boolean(raw.prioritySignal), ...(timer ? { timerMinutes: timer } : {}) };
	const visibility = raw.resultsVisibility === 'live' ? 'live' : 'on_close';
	const id = db.transaction(() => {
		const id = repo.createRound(db, { eventId: a.eventId, title, method, settings, resultsVisibility: visibility, themeIds }, now());
		log(db, a, 'round.create', id, null, { title, method, settings, visibility, themeIds });
		return id;
	})();
	publish(a.eventId, 'event');
	return id;
}

/** Opens a draft round or closes an open one (forward only: a closed round keeps its results). */
export function setRoundStatus(db: Db, actor: Actor | null, roundId: number, status: 'open' | 'closed'): void {
	const a = requireRole(actor, 'facilitator');
	db.transaction(() => {
		const round = repo.findRound(db, a.eventId, roundId);
		ensure(round, 'not_found');
		const allowed = (round.status === 'draft' && status === 'open') || (round.status === 'open' && status === 'closed');
		ensure(allowed, 'conflict');
		const t = now();
		const closesAt = status === 'open' && round.timerMinutes ? new Date(Date.parse(t) + round.timerMinutes * 60_000).toISOString() : null;
		repo.updateRoundStatus(db, roundId, status, t, closesAt);
		log(db, a, `round.${status}`, roundId, { status: round.status }, { status, closesAt });
	})();
	publish(a.eventId, 'event');
}

/** Closes the open rounds whose timer ran out (a ballot after the bell is never stored). */
function closeExpired(db: Db, eventId: number): void {
	const t = now();
	const expired = repo.listRounds(db, eventId).filter((r) => r.status === 'open' && r.closesAt && r.closesAt <= t);
	if (!expired.length) return;
	db.transaction(() => {
		for (const r of expired) {
			repo.updateRoundStatus(db, r.id, 'closed', r.closesAt!);
			appendChange(db, { eventId, actorId: null, actorRole: 'system', action: 'round.closed', entity: 'round', entityId: r.id, before: { status: 'open' }, after: { status: 'closed', timer: true } }, t);
		}
	})();
	publish(eventId, 'event');
}

/** The rounds of the event, newest first (everyone in the event sees them). */
export function listRounds(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	closeExpired(db, a.eventId);
	return repo.listRounds(db, a.eventId);
}

/** The rounds of the event with their turnout, for the facilitator's list (no tallies computed). */
export function roundsWithTurnout(db: Db, actor: Actor | null) {
	const rounds = listRounds(db, actor);
	const present = repo.countVoters(db, actor!.eventId);
	return rounds.map((r) => ({ ...r, turnout: turnout(repo.countBallots(db, r.id), present) }));
}

/** The round now open for voting, if any. */
export function openRound(db: Db, actor: Actor | null) {
	return listRounds(db, actor).find((r) => r.status === 'open') ?? null;
}

/**
 * Casts or changes the actor's ballot (a facilitator may record one for someone else, flagged as
 * proxy). A ballot over budget or for a theme not in the round is refused whole.
 */
export function castBallot(db: Db, actor: Actor | null, roundId: number, entries: BallotEntry[], forParticipant?: number): void {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	const voter = forParticipant ?? a.participantId;
	if (forParticipant !== undefined) requireRole(a, 'facilitator');
	closeExpired(db, a.eventId);
	db.transaction(() => {
		const round = repo.findRound(db, a.eventId, roundId);
		ensure(round, 'not_found');
		ensure(round.status === 'open', 'round_closed');
		const checked = checkBallot(roundSettings(round.method, round.settings), round.themeIds, entries);
		if (!checked.ok) throw new Refusal('invalid', { ballot: checked.errors[0] });
		repo.upsertBallot(db, roundId, voter, checked.entries, forParticipant !== undefined ? a.participantId : null, now());
		log(db, a, forParticipant !== undefined ? 'ballot.proxy' : 'ballot.cast', roundId, null, { participantId: voter });
	})();
	publish(a.eventId, 'event');
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
	closeExpired(db, a.eventId);
	const round = repo.findRound(db, a.eventId, roundId);
	ensure(round, 'not_found');
	const present = repo.countVoters(db, a.eventId);
	const visible = a.role === 'facilitator' || round.status === 'closed' || (round.status === 'open' && round.resultsVisibility === 'live');
	return {
		round,
		turnout: turnout(repo.countBallots(db, roundId), present),
		// hidden results are never computed, so they cannot leak
		results: visible
			? tally(roundSettings(round.method, round.settings), round.themeIds, repo.listBallots(db, roundId), listSectors(db, a.eventId).map((s) => s.id))
			: null
	};
}

/**
 * Promotes themes of a closed round to manifesto pointers: chosen by hand, the top N of the
 * ranking, or every theme scoring at least a threshold (in a consent round, only unblocked ones);
 * a theme already behind a pointer is not promoted twice.
 */
export function promoteThemes(db: Db, actor: Actor | null, roundId: number, choice: { themeIds?: number[]; top?: number; minScore?: number }): number[] {
	const a = requireRole(actor, 'facilitator');
	const { round, results } = roundResults(db, a, roundId);
	ensure(round.status === 'closed', 'round_not_closed');
	const ranked = results!.themes;
	const wanted = choice.themeIds?.length
		? choice.themeIds
		: choice.minScore !== undefined
			? ranked.filter((t) => t.score >= choice.minScore! && t.ballots > 0 && (round.method !== 'consent' || t.blocks.length === 0)).map((t) => t.themeId)
			: ranked.filter((t) => t.rank <= Math.max(0, Math.floor(choice.top ?? 0))).map((t) => t.themeId);
	if (!wanted.length || !wanted.every((id) => round.themeIds.includes(id))) throw new Refusal('invalid', { themeIds: 'invalid' });
	const ids = db.transaction(() => {
		const already = new Set(listPointerRows(db, a.eventId).flatMap((p) => p.themes.map((t) => t.themeId)));
		const themes = new Map(listThemes(db, a.eventId).map((t) => [t.id, t]));
		const created: number[] = [];
		for (const themeId of wanted) {
			if (already.has(themeId)) continue;
			const theme = themes.get(themeId)!;
			const t = now();
			const id = putPointer(db, { id: 0, eventId: a.eventId, sectionId: null, title: theme.label, body: theme.description, position: nextPointerPosition(db, a.eventId), createdAt: t, themes: [{ themeId, roundId }] }, t);
			appendChange(db, { eventId: a.eventId, actorId: a.participantId, actorRole: a.role, action: 'pointer.promote', entity: 'pointer', entityId: id, before: null, after: { themeId, roundId, title: theme.label } }, now());
			created.push(id);
		}
		return created;
	})();
	publish(a.eventId, 'event');
	return ids;
}

/** The themes already promoted to pointers. */
export function promotedThemeIds(db: Db, actor: Actor | null): number[] {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	return listPointerRows(db, a.eventId).flatMap((p) => p.themes.map((t) => t.themeId));
}

/** Records the ballot of someone without a phone: a new offline participant, the ballot flagged as proxy. */
export function castProxyBallot(db: Db, actor: Actor | null, roundId: number, entries: BallotEntry[], person: { displayName?: string; declaredSectorId?: string }): void {
	const a = requireRole(actor, 'facilitator');
	const displayName = (person.displayName ?? '').normalize('NFC').trim();
	if (displayName.length > 60 || /[\u0000-\u001F\u007F-\u009F]/.test(displayName)) throw new Refusal('invalid', { displayName: 'too_long' });
	const sectorId = person.declaredSectorId ? Number(person.declaredSectorId) : null;
	if (sectorId !== null && !listSectors(db, a.eventId).some((s) => s.id === sectorId)) throw new Refusal('invalid', { declaredSectorId: 'invalid' });
	db.transaction(() => {
		const voter = createOfflineParticipant(db, a.eventId, { displayName, declaredSectorId: sectorId }, now());
		castBallot(db, a, roundId, entries, voter);
	})();
}
