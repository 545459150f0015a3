/**
 * A rapporteur's answer to a curation step or a flag on a theme: the verdicts, and the rules of
 * the reason, plain so the sector page can show them without zod (`consent-schema.ts` builds the
 * schemas the service validates with).
 */
import { textError, type TextCodes, type TextRule } from './text';

/** What a rapporteur answers a step with. */
export type StepVerdict = 'agree' | 'object';
/** Every kind of answer: a flag says a theme misrepresents a statement. */
export type Verdict = StepVerdict | 'misrepresents';
/** What a facilitator does with an objection: keep the decision, overriding it, or revisit it. */
export type Resolution = 'kept' | 'revisited';

/** Long enough for a few sentences from the breakout, short enough to read out on the board. */
export const CONSENT_REASON_MAX = 500;

/** The reason: a block of text of at most CONSENT_REASON_MAX characters. */
export const CONSENT_REASON: { rule: TextRule; codes: TextCodes } = {
	rule: { kind: 'block', max: CONSENT_REASON_MAX },
	codes: { too_long: 'consent_reason_too_long' }
};

/** An objection or a flag says why (agreeing needs no reason). */
export function needsReason(verdict: Verdict): boolean {
	return verdict !== 'agree';
}

/** The error code of a normalised reason for this verdict, or null when it will do. */
export function reasonError(verdict: Verdict, reason: string): string | null {
	const e = textError(reason, CONSENT_REASON.rule);
	if (e) return CONSENT_REASON.codes[e] ?? e;
	if (needsReason(verdict) && reason.length === 0) return 'consent_reason_required';
	return null;
}
