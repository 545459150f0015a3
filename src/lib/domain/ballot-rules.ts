/** What a valid ballot is for a round: pure checks that return error codes, no I/O. */
import { hasLineControl, normaliseText } from './text';
import type { ActorType } from './types';

export type { ActorType };

export const VOTE_METHODS = ['dot', 'approval', 'consent'] as const;
/** How a round is voted: dots to spend, approve/not, or a 1–5 gradient of agreement. */
export type VoteMethod = (typeof VOTE_METHODS)[number];

/** How a round is voted, with the method's budgets. */
export interface RoundSettings {
	method: VoteMethod;
	/** dot voting: dots each person may spend in the round */
	dotsPerPerson: number;
	/** dot voting: at most this many dots on one theme */
	maxDotsPerTheme: number;
	/** a second, separate signal: "a priority for my sector" */
	prioritySignal: boolean;
}

/** Five dots spread over at most three per theme: enough to back a favourite without spending everything on it. */
export const DEFAULT_ROUND_SETTINGS: Omit<RoundSettings, 'method'> = {
	dotsPerPerson: 5,
	maxDotsPerTheme: 3,
	prioritySignal: false
};

/** Consent scale: 1 whole-hearted endorsement … 5 block. */
export const CONSENT_MIN = 1;
/** The consent value that blocks; only a block may carry a reason. */
export const CONSENT_BLOCK = 5;
/** A block reason is one line, shown on the projector beside the theme. */
export const REASON_MAX = 200;
/** A round's title, as the room reads it on the projector. */
export const ROUND_TITLE_MAX = 120;

/** One theme's mark on a ballot, as posted. */
export interface BallotEntry {
	themeId: number;
	value: number;
	priority?: boolean;
	reason?: string;
}

/** One participant's ballot in one round, with what they declared about themselves. */
export interface Ballot {
	participantId: number;
	declaredSectorId: number | null;
	actorType: ActorType | null;
	entries: BallotEntry[];
}

/** An entry after `checkBallot`: reason trimmed (null when empty), priority always present. */
export interface CheckedEntry {
	themeId: number;
	value: number;
	priority: boolean;
	reason: string | null;
}

/** Error codes, in the order they are reported. */
export const BALLOT_ERRORS = [
	'theme_not_in_round',
	'duplicate_theme',
	'dot_value',
	'over_budget',
	'approval_value',
	'consent_value',
	'reason_not_block',
	'reason_too_long',
	'reason_control_chars',
	'priority_not_offered'
] as const;
/** Why a ballot was refused. */
export type BallotError = (typeof BALLOT_ERRORS)[number];

/** Settings as stored (JSON, maybe partial) with the defaults filled in. */
export function roundSettings(
	method: VoteMethod,
	stored: Partial<Omit<RoundSettings, 'method'>> = {}
): RoundSettings {
	return { method, ...DEFAULT_ROUND_SETTINGS, ...stored };
}

function isIntIn(value: number, min: number, max: number): boolean {
	return Number.isInteger(value) && value >= min && value <= max;
}

function valueError(settings: RoundSettings, value: number): BallotError | null {
	switch (settings.method) {
		case 'dot':
			return isIntIn(value, 0, settings.maxDotsPerTheme) ? null : 'dot_value';
		case 'approval':
			return value === 0 || value === 1 ? null : 'approval_value';
		case 'consent':
			return isIntIn(value, CONSENT_MIN, CONSENT_BLOCK) ? null : 'consent_value';
	}
}

function reasonErrors(settings: RoundSettings, value: number, reason: string): BallotError[] {
	const errors: BallotError[] = [];
	if (settings.method !== 'consent' || value !== CONSENT_BLOCK) errors.push('reason_not_block');
	if ([...reason].length > REASON_MAX) errors.push('reason_too_long');
	// a reason is one line, shown on the projector: no tab, line break or other control character
	if (hasLineControl(reason)) errors.push('reason_control_chars');
	return errors;
}

/**
 * Checks a ballot against its round. On success the entries come back normalised: sorted by
 * theme, dot/approval entries of value 0 dropped (unless they carry a priority flag, which is a
 * separate signal), empty reasons removed. A consent ballot need not rate every theme: an
 * unrated theme is an abstention.
 */
export function checkBallot(
	settings: RoundSettings,
	themeIds: readonly number[],
	entries: readonly BallotEntry[]
): { ok: true; entries: CheckedEntry[] } | { ok: false; errors: BallotError[] } {
	const inRound = new Set(themeIds);
	const seen = new Set<number>();
	const found = new Set<BallotError>();
	const out: CheckedEntry[] = [];
	let dots = 0;
	for (const entry of entries) {
		if (!inRound.has(entry.themeId)) found.add('theme_not_in_round');
		if (seen.has(entry.themeId)) found.add('duplicate_theme');
		seen.add(entry.themeId);
		const bad = valueError(settings, entry.value);
		if (bad) found.add(bad);
		else if (settings.method === 'dot') dots += entry.value;
		const reason = typeof entry.reason === 'string' ? normaliseText(entry.reason) : '';
		if (reason) for (const e of reasonErrors(settings, entry.value, reason)) found.add(e);
		const priority = entry.priority === true;
		if (priority && !settings.prioritySignal) found.add('priority_not_offered');
		if (entry.value !== 0 || priority || settings.method === 'consent') {
			out.push({ themeId: entry.themeId, value: entry.value, priority, reason: reason || null });
		}
	}
	if (settings.method === 'dot' && dots > settings.dotsPerPerson) found.add('over_budget');
	if (found.size > 0) return { ok: false, errors: BALLOT_ERRORS.filter((e) => found.has(e)) };
	return { ok: true, entries: out.sort((a, b) => a.themeId - b.themeId) };
}
