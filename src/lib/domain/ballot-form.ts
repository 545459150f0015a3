/**
 * A ballot as the vote form posts it: each theme of the round has its own fields, named after its
 * id (`value-12`, `priority-12`, `reason-12`), so a form without JavaScript carries the whole ballot.
 * Reading them is pure; whether the ballot is valid is `checkBallot`'s question.
 */
import type { BallotEntry, VoteMethod } from './ballot-rules';

/** The name of one field of a theme on the vote form. */
export const ballotField = (kind: 'value' | 'priority' | 'reason', themeId: number) =>
	`${kind}-${themeId}`;

/**
 * The entries of a posted ballot, one per theme of the round, in the round's order. An empty value
 * is no mark (0); in a consent round an unrated theme is an abstention and gives no entry at all.
 */
export function ballotFromForm(
	form: Pick<FormData, 'get'>,
	method: VoteMethod,
	themeIds: readonly number[]
): BallotEntry[] {
	return themeIds.flatMap((themeId) => {
		const raw = form.get(ballotField('value', themeId));
		const value = raw === null || raw === '' ? 0 : Number(raw);
		if (method === 'consent' && value === 0) return [];
		const priority = form.get(ballotField('priority', themeId)) === 'on';
		const reason = String(form.get(ballotField('reason', themeId)) ?? '');
		return [{ themeId, value, priority: priority || undefined, reason: reason || undefined }];
	});
}
