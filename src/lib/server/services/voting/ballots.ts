/** Ballots: one changeable ballot per person per round, and proxy ballots for people without a phone. */
import type { Db } from '../../db/connection';
import * as repo from '../../db/rounds';
import { getEvent, listSectors } from '../../db/events';
import { listTranslations } from '../../db/content-translations';
import { getLocale } from '$lib/paraglide/runtime';
import type { Actor } from '$lib/domain/types';
import { checkBallot, roundSettings, type BallotEntry } from '$lib/domain/tally';
import { normaliseText, textError } from '$lib/domain/text';
import { DISPLAY_NAME_MAX } from '$lib/domain/event-rules';
import { requireRole } from '../access';
import { ensure, Refusal } from '../errors';
import { now } from '../clock';
import { publish } from '../../live';
import { createOfflineParticipant } from '../../db/access';
import { listThemes } from '../../db/themes';
import { findStatement } from '../../db/statements';
import { ballotTheme, type BallotTheme } from '$lib/domain/ballot-paper';
import { log } from './log';
import { listRounds } from './rounds';

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

/** What a voter's phone shows: the open round with its themes and their own ballot, or the last closed round. */
export function ballotPaper(db: Db, actor: Actor | null) {
	const rounds = listRounds(db, actor);
	const round = rounds.find((r) => r.status === 'open') ?? null;
	return {
		round,
		themes: round ? ballotThemes(db, actor, round) : [],
		ballot: round ? myBallot(db, actor, round.id) : null,
		lastClosed: rounds.find((r) => r.status === 'closed') ?? null
	};
}

/**
 * A theme's title and description in the reader's language, where the event has that language and
 * someone translated them from the words the theme has now; otherwise as written.
 */
function themeWords(db: Db, eventId: number) {
	const event = getEvent(db, eventId);
	const working = event.workingLanguage;
	const lang = getLocale();
	const done =
		working && lang !== working && event.languages.includes(lang)
			? new Map(
					listTranslations(db, eventId, lang)
						.filter((x) => x.kind === 'theme')
						.map((x) => [`${x.refId}:${x.field}:${x.source}`, x.text])
				)
			: new Map<string, string>();
	return <T extends { id: number; label: string; description: string }>(t: T) => {
		const label = done.get(`${t.id}:label:${t.label}`);
		const description = done.get(`${t.id}:description:${t.description}`);
		return {
			theme: { ...t, label: label ?? t.label, description: description ?? t.description },
			/** the language of the title and of the description as shown (null: not known) */
			labelLang: label ? lang : working,
			descriptionLang: description ? lang : working
		};
	};
}

/**
 * A round's themes as the ballot shows them, in the round's order: each with a title people
 * understand and one line about it, the description or the theme's most central statement.
 */
export function ballotThemes(
	db: Db,
	actor: Actor | null,
	round: { themeIds: readonly number[] }
): BallotTheme[] {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	const themes = new Map(listThemes(db, a.eventId).map((t) => [t.id, t]));
	const inReaders = themeWords(db, a.eventId);
	return round.themeIds.map((id) => {
		const stored = themes.get(id);
		if (!stored) return ballotTheme({ id, label: '', description: '', keyPhrases: [] }, null);
		const { theme: t, labelLang, descriptionLang } = inReaders(stored);
		const found = t.representativeId ? findStatement(db, a.eventId, t.representativeId) : null;
		// a withdrawn statement is no longer anyone's words
		const rep = found && !found.withdrawnAt ? found : null;
		const b = ballotTheme(t, rep);
		const fromRep = rep !== null && (b.title === rep.title.trim() || b.title === rep.text.trim());
		return {
			...b,
			titleLang: fromRep ? rep.lang : labelLang,
			summaryLang: b.summaryIsStatement ? (rep?.lang ?? null) : descriptionLang
		};
	});
}
