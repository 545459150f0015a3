/**
 * The presenter screen: one full-screen view of the event for the room, driven by a facilitator.
 * Every role of the event reads it (it is what the room sees anyway); only a facilitator changes it.
 */
import type { Db } from '../db/connection';
import * as repo from '../db/presenter';
import { listLinks } from '../db/access';
import { countVoters, findRound, listRounds } from '../db/rounds';
import { appendChange } from '../db/change-log';
import type { Actor } from '$lib/domain/types';
import { check } from '$lib/domain/text-schema';
import { buildManifesto, coverageOf } from '$lib/domain/manifesto';
import { applyPresenterInput, DEFAULT_PRESENTER, type PresenterState } from '$lib/domain/presenter';
import { presenterInput } from '$lib/domain/presenter-schema';
import { requireRole } from './access';
import { Refusal } from './errors';
import { describeLink } from './links';
import { gridOf } from './themes';
import { suggestionsOf } from './suggestions';
import { resultsPage } from './voting';
import { manifestoInput } from './manifesto-read';
import { now } from './clock';
import { publish } from '../live';

/** What the presenter shows now (the join view until a facilitator sets it). */
export function presenterState(db: Db, actor: Actor | null): PresenterState {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	return repo.findPresenter(db, a.eventId) ?? DEFAULT_PRESENTER;
}

/** Changes what the presenter shows: a view, a round (shown in the round view), a page, the contrast. */
export function setPresenter(db: Db, actor: Actor | null, raw: unknown): PresenterState {
	const a = requireRole(actor, 'facilitator');
	const input = check(presenterInput, raw);
	if (!input.ok) throw new Refusal('invalid', input.errors);
	const state = db.transaction(() => {
		// a round of another event, or none, is refused as a bad field, not found
		if (input.value.round !== undefined && !findRound(db, a.eventId, input.value.round, now()))
			throw new Refusal('invalid', { round: 'bad_round' });
		const before = repo.findPresenter(db, a.eventId) ?? DEFAULT_PRESENTER;
		const after = applyPresenterInput(before, input.value);
		repo.updatePresenter(db, a.eventId, after, now());
		appendChange(
			db,
			{
				eventId: a.eventId,
				actorId: a.participantId,
				actorRole: a.role,
				action: 'presenter.set',
				entity: 'presenter',
				entityId: a.eventId,
				before,
				after
			},
			now()
		);
		return after;
	})();
	publish(a.eventId, 'presenter');
	return state;
}

/** The join code and its path, from the newest live participant link (null when every one is revoked or unreadable). */
function joinOf(db: Db, key: Buffer, eventId: number) {
	const link = listLinks(db, eventId)
		.filter((l) => l.role === 'participant' && !l.revokedAt)
		.sort((x, y) => y.id - x.id)[0];
	const view = link && describeLink(key, link);
	return view?.code && view.path ? { code: view.code, path: view.path } : null;
}

/** The round the round view shows: the one chosen, else the open round, else the newest. */
function shownRoundId(db: Db, eventId: number, chosen: number | null): number | null {
	const rounds = listRounds(db, eventId, now());
	return (
		rounds.find((r) => r.id === chosen)?.id ??
		rounds.find((r) => r.status === 'open')?.id ??
		rounds[0]?.id ??
		null
	);
}

/** The themes against the sectors, for the board and grid views. */

/** Per sector, where its statements went, and how many pointers the manifesto has. */
function coverageOfEvent(db: Db, eventId: number) {
	const input = manifestoInput(db, eventId);
	return { sectors: coverageOf(input), pointers: input.pointers.length };
}

/** The manifesto's pointers by section, with the sectors behind each: what the room reads. */
function manifestoOf(db: Db, eventId: number) {
	const doc = buildManifesto(manifestoInput(db, eventId));
	return {
		sections: doc.sections.map((s) => ({
			id: s.id,
			title: s.title,
			pointers: s.pointers.map((p) => ({
				id: p.id,
				number: p.number,
				title: p.title,
				sectorIds: p.provenance.sectors.map((x) => x.id)
			}))
		})),
		pointerCount: doc.pointerCount
	};
}

/**
 * Everything the presenter screen shows now: its state, how to join (shown on every view), and
 * the data of the current view only. A round's tally is there only when the round may show it.
 */
export function presenterScreen(db: Db, key: Buffer, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	const state = repo.findPresenter(db, a.eventId) ?? DEFAULT_PRESENTER;
	const roundId = state.view === 'round' ? shownRoundId(db, a.eventId, state.roundId) : null;
	return {
		state,
		join: joinOf(db, key, a.eventId),
		joined: countVoters(db, a.eventId),
		board: state.view === 'board' || state.view === 'grid' ? gridOf(db, a) : null,
		round: roundId === null ? null : resultsPage(db, a, roundId),
		coverage: state.view === 'coverage' ? coverageOfEvent(db, a.eventId) : null,
		manifesto: state.view === 'manifesto' ? manifestoOf(db, a.eventId) : null,
		// the floor's merge suggestions beside the board, settled there in front of the room
		suggestions: state.view === 'board' ? suggestionsOf(db, a) : []
	};
}

/** The presenter screen as `presenterScreen` returns it. */
export type PresenterScreen = ReturnType<typeof presenterScreen>;

/** The control page: the state, and the rounds to choose from (newest first). */
export function presenterControls(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator');
	return {
		state: repo.findPresenter(db, a.eventId) ?? DEFAULT_PRESENTER,
		rounds: listRounds(db, a.eventId, now()).map(({ id, title, status }) => ({ id, title, status }))
	};
}
