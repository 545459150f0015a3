/** Rapporteurs' answers to curation steps in words, for the history beside each step. */
import { m } from '$lib/paraglide/messages';
import type { Resolution, StepVerdict } from '$lib/domain/consent-rules';

/** A sector's answer to a step, as the history lists it. */
export interface StepAnswer {
	sector: { id: number; name: string; colour: string };
	verdict: StepVerdict;
	reason: string;
	resolution: Resolution | null;
	resolvedBy: string;
	/** settled by the person reading */
	resolvedByMe?: boolean;
}

/** A facilitator by name, or "a facilitator" when they gave none. */
export const facilitatorName = (name: string) => name || m.consent_a_facilitator();

/** "Farming objected: “…”", or "Farming agreed". */
export function answerText(a: StepAnswer): string {
	return a.verdict === 'agree'
		? m.consent_history_agreed({ sector: a.sector.name })
		: m.consent_history_objected({ sector: a.sector.name, reason: a.reason });
}

/** How a facilitator settled an objection: "kept by Ana, overriding the objection", or null while open. */
export function resolutionText(
	a: Pick<StepAnswer, 'resolution' | 'resolvedBy' | 'resolvedByMe'>
): string | null {
	const who = facilitatorName(a.resolvedBy);
	if (a.resolution === 'kept')
		return a.resolvedByMe ? m.consent_history_kept_you() : m.consent_history_kept({ who });
	if (a.resolution === 'revisited')
		return a.resolvedByMe
			? m.consent_history_revisited_you()
			: m.consent_history_revisited({ who });
	return null;
}
