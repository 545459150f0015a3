/**
 * What holds a theme: the vote rounds it is in, the ballots naming it and the manifesto pointers
 * traced to it. A step never removes a theme something holds (the database would refuse with a
 * foreign key failure): it is refused up front, saying what holds it.
 */
import type { Db } from '../../db/connection';
import * as repo from '../../db/themes';
import { listBallotCounts, listRoundsHolding, listThemeIdsInRounds } from '../../db/rounds';
import { listPointersHolding, listThemeIdsBehindPointers } from '../../db/manifesto';
import { isHeld, type RemovingStep, type ThemeHold } from '$lib/domain/curation-refusals';
import { Refusal } from '../errors';

/** The event's themes that a vote round, a ballot or a manifesto pointer names. */
export function themesInUse(db: Db, eventId: number): Set<number> {
	return new Set([
		...listThemeIdsInRounds(db, eventId),
		...listThemeIdsBehindPointers(db, eventId)
	]);
}

/** What holds each of these themes (rounds, ballots, pointers); themes nothing holds are left out. */
export function holdsOf(db: Db, eventId: number, ids: readonly number[]): ThemeHold[] {
	const rounds = listRoundsHolding(db, ids);
	const ballots = new Map(listBallotCounts(db, ids).map((b) => [b.themeId, b.ballots]));
	const pointers = listPointersHolding(db, ids);
	return ids
		.map((id) => ({
			themeId: id,
			label: repo.findTheme(db, eventId, id)?.label ?? '',
			rounds: rounds.filter((r) => r.themeId === id).map((r) => r.title),
			ballots: ballots.get(id) ?? 0,
			pointers: pointers.filter((p) => p.themeId === id).map((p) => p.title)
		}))
		.filter(isHeld);
}

/**
 * Deletes themes a step removes, after checking, before deleting any, that no round, ballot or
 * pointer holds them: one that is held is refused with what holds it (the database would refuse
 * the delete anyway, as a foreign key failure). `into` is the theme a merge keeps.
 */
export function removeThemes(
	db: Db,
	eventId: number,
	ids: readonly number[],
	step: RemovingStep,
	into?: number
): void {
	const holds = holdsOf(db, eventId, ids);
	if (holds.length) {
		const kept = into === undefined ? null : repo.findTheme(db, eventId, into);
		throw new Refusal(
			'theme_in_use',
			{},
			{
				kind: 'theme_in_use',
				step,
				holds,
				...(kept
					? { into: { label: kept.label, held: holdsOf(db, eventId, [kept.id]).length > 0 } }
					: {})
			}
		);
	}
	for (const id of ids) repo.deleteTheme(db, id);
}
