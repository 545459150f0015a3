/**
 * A round's status at a moment. A round with a timer closes at its bell by itself: nothing is
 * written then, every reader derives it from the stored status and `closesAt`, so a page that only
 * reads never changes the database, and a ballot after the bell finds the round closed.
 */

/** Draft (being prepared), open (taking ballots) or closed (results final). */
export type RoundStatus = 'draft' | 'open' | 'closed';

/** What is stored about a round's life: its status and the moments it changed. */
export interface RoundClock {
	status: RoundStatus;
	/** when an open round closes by itself (its timer), or null */
	closesAt: string | null;
	/** when the facilitator closed it, or null */
	closedAt: string | null;
}

/** True when the round has a bell and it has rung by `at` (the bell's own second counts as rung). */
export function bellHasRung(round: Pick<RoundClock, 'closesAt'>, at: string): boolean {
	return round.closesAt !== null && Date.parse(round.closesAt) <= Date.parse(at);
}

/** The status and closing moment as of `at`: an open round past its bell reads as closed at the bell. */
export function roundStatusAt(
	round: RoundClock,
	at: string
): Pick<RoundClock, 'status' | 'closedAt'> {
	if (round.status === 'open' && bellHasRung(round, at))
		return { status: 'closed', closedAt: round.closesAt };
	return { status: round.status, closedAt: round.closedAt };
}

/**
 * Whether a round's tally (or any ballot's content) may leave the server, to anyone, facilitators
 * and the projector included: once the round is closed, or while it is open with live results.
 * A hidden round shows its turnout only until it closes; a draft shows nothing.
 */
export function resultsShown(round: {
	status: RoundStatus;
	resultsVisibility: 'live' | 'on_close';
}): boolean {
	return (
		round.status === 'closed' || (round.status === 'open' && round.resultsVisibility === 'live')
	);
}
