/**
 * Which statements the theme engine reads with their meaning (a sentence vector beside their
 * words; meaning/encoder.ts), and keeping the vectors made. The sentence model was trained on
 * English: it is used when every statement the engine reads is in English (written so, or rendered
 * into an English working language); otherwise the engine groups by words alone, and the
 * facilitator is told why.
 */
import { detectLanguage, type StatementInput } from '$lib/clustering';
import { MEANING_LIMIT } from '$lib/domain/theme-rules';
import type { Db } from '../db/connection';
import { listMeaning, saveMeaning } from '../db/meaning';
import { meaningEnabled, meaningKey } from '../meaning/encoder';

/**
 * How a proposal used meaning: beside the words; turned off on this server; not all statements in
 * English; or too many statements (`size`).
 */
export type MeaningUse = 'used' | 'off' | 'languages' | 'size';

export interface MeaningPlan {
	/** The engine's input, with the kept vectors of statements whose text has not changed. */
	statements: StatementInput[];
	/** Indices of the statements whose vectors the run makes first. */
	embed: number[];
	use: MeaningUse;
	/** Statements not in English (when use is 'languages'). */
	notEnglish: number;
}

/** A share of Latin letters below this is another script (Thai, Arabic…), whatever else is known. */
const LATIN_SHARE = 0.8;

/** True for a text the English sentence model can read: English, or no other language detected. */
export function readsAsEnglish(text: string, lang: string | null | undefined): boolean {
	if (lang && lang !== 'en') return false;
	const letters = text.match(/\p{L}/gu) ?? [];
	const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
	if (letters.length > 0 && latin < LATIN_SHARE * letters.length) return false;
	if (lang === 'en') return true;
	const detected = detectLanguage(text);
	return detected === null || detected === 'en';
}

/** What the engine reads for an event's statements, and which vectors it has to make. */
export function planMeaning(
	db: Db,
	eventId: number,
	inputs: readonly StatementInput[]
): MeaningPlan {
	const none = (use: MeaningUse, notEnglish = 0): MeaningPlan => ({
		statements: [...inputs],
		embed: [],
		use,
		notEnglish
	});
	if (!meaningEnabled() || inputs.length === 0) return none('off');
	if (inputs.length > MEANING_LIMIT) return none('size');
	const notEnglish = inputs.filter((s) => !readsAsEnglish(s.text, s.lang)).length;
	if (notEnglish > 0) return none('languages', notEnglish);
	const kept = listMeaning(db, eventId);
	const embed: number[] = [];
	const statements = inputs.map((s, i) => {
		const m = kept.get(Number(s.id));
		if (m && m.key === meaningKey(s.text)) return { ...s, meaning: m.vector };
		embed.push(i);
		return { ...s };
	});
	return { statements, embed, use: 'used', notEnglish: 0 };
}

/** Keeps the vectors a run made (one transaction); none when the run could not make them. */
export function keepMeaning(db: Db, plan: MeaningPlan, embedded: readonly Float32Array[]): void {
	if (embedded.length === 0 || embedded.length !== plan.embed.length) return;
	saveMeaning(
		db,
		plan.embed.map((i, j) => ({
			statementId: Number(plan.statements[i].id),
			key: meaningKey(plan.statements[i].text),
			vector: embedded[j]
		}))
	);
}
