/**
 * The language a statement is written in, when its writer did not say: detected with tinyld (a
 * trigram model of 62 languages, Thai, Khmer, Burmese and the event's other languages among them),
 * among the event's languages when it has some. An uncertain guess is no answer: a statement is
 * better left without a language than filed under the wrong one.
 */
import { detectAll, supportedLanguages, toISO2 } from 'tinyld';
import { isLanguageCode } from '$lib/domain/languages';

/** The top language must lead the next by this much, unless the model is sure of it. */
const LEAD = 1.3;

/** Languages the detector knows, as two-letter codes where they have one. */
export const DETECTABLE: readonly string[] = [
	...new Set(supportedLanguages.map((code) => toISO2(code)).filter(isLanguageCode))
];

/** The language of a text among `candidates` (any the detector knows when empty), or null. */
export function detectLanguageOf(text: string, candidates: readonly string[] = []): string | null {
	const only = candidates.filter((c) => DETECTABLE.includes(c));
	if (candidates.length === 1) return candidates[0];
	const ranked = detectAll(text, only.length > 1 ? { only: [...only] } : {});
	const [first, second] = ranked;
	if (!first?.lang) return null;
	if (first.accuracy < 1 && second && first.accuracy < LEAD * second.accuracy) return null;
	return first.lang;
}
