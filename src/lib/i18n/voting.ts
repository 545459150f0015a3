/** Voting methods and consent levels in the reader's language. */
import { m } from '$lib/paraglide/messages';
import type { VoteMethod } from '$lib/domain/ballot-rules';

const METHODS: Record<VoteMethod, () => string> = {
	dot: () => m.method_dot(),
	approval: () => m.method_approval(),
	consent: () => m.method_consent()
};

/** A voting method's name. */
export const methodName = (method: VoteMethod) => METHODS[method]();

/** The five gradients of agreement, 1 (endorse) to 5 (block). */
export const consentLevels = () => [
	m.consent_1(),
	m.consent_2(),
	m.consent_3(),
	m.consent_4(),
	m.consent_5()
];
