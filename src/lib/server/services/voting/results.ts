/** Results of a round (ranked, by sector, blocks) and the promotion of its strongest themes to manifesto pointers. */
import type { Db } from '../../db/connection';
import * as repo from '../../db/rounds';
import { listThemes } from '../../db/themes';
import { listSectors } from '../../db/events';
import { appendChange } from '../../db/change-log';
import type { Actor } from '$lib/domain/types';
import { roundSettings, shownResults, tally, turnout } from '$lib/domain/tally';
import { resultsShown } from '$lib/domain/round-status';
import { requireRole } from '../access';
import { ensure, Refusal } from '../errors';
import { now } from '../clock';
import { publish } from '../../live';
import { listPointerRows, nextPointerPosition, putPointer } from '../../db/manifesto';
import { roundThemes } from './rounds';

/**
 * Results and turnout. A tally exists only once the round is closed, or while it is open with live
 * results: a hidden round gives its turnout and nothing else to anyone, the facilitator and the
 * projector included, so its tally leaves the server through no page or endpoint until it closes.
 */
export function roundResults(db: Db, actor: Actor | null, roundId: number) {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	const round = repo.findRound(db, a.eventId, roundId, now());
	ensure(round, 'not_found');
	const present = repo.countVoters(db, a.eventId);
	const visible = resultsShown(round);
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
