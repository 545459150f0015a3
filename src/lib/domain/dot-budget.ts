/**
 * The arithmetic of a dot ballot as the phone shows it while the person spreads their dots: how
 * many are placed, how many are left (never below zero), how many too many, and whether a dot may
 * be given or taken. Whether the ballot is valid stays `checkBallot`'s question on the server.
 */

/** A round's dot budgets, as `RoundSettings` carries them. */
export interface DotBudget {
	dotsPerPerson: number;
	maxDotsPerTheme: number;
}

/** A count as typed or stepped: a whole number of 0 or more, anything else (empty, -1, 1.5) counts as 0. */
export function dotCount(raw: unknown): number {
	const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw !== '' ? Number(raw) : 0;
	return Number.isInteger(n) && n > 0 ? n : 0;
}

/** The dots placed over all themes. */
export function dotsPlaced(counts: Iterable<unknown>): number {
	let placed = 0;
	for (const c of counts) placed += dotCount(c);
	return placed;
}

/** The dots still to place: never below zero, even when too many are placed. */
export const dotsLeft = (budget: DotBudget, placed: number) =>
	Math.max(0, budget.dotsPerPerson - placed);

/** The dots placed beyond the budget, 0 within it. */
export const dotsOver = (budget: DotBudget, placed: number) =>
	Math.max(0, placed - budget.dotsPerPerson);

/** Whether one more dot may go on a theme holding `count`: a dot is left and the theme is below its cap. */
export const canGiveDot = (budget: DotBudget, count: unknown, placed: number) =>
	dotsLeft(budget, placed) > 0 && dotCount(count) < budget.maxDotsPerTheme;

/** Whether a dot may be taken back from a theme holding `count`. */
export const canTakeDot = (count: unknown) => dotCount(count) > 0;

/**
 * A theme's count after a tap on + (`1`) or − (`-1`); a tap that is not allowed leaves it as it is,
 * and a count typed above the theme's cap comes down to the cap on the first −.
 */
export function stepDots(budget: DotBudget, count: unknown, placed: number, step: 1 | -1): number {
	const now = dotCount(count);
	if (step === 1) return canGiveDot(budget, now, placed) ? now + 1 : now;
	if (!canTakeDot(now)) return now;
	return Math.min(now - 1, budget.maxDotsPerTheme);
}
