/** What the manifesto editor's forms share: how an enhanced form updates, and which form an answer belongs to. */
import type { SubmitFunction } from '@sveltejs/kit';
import type { FormFailure } from '$lib/forms';

/** The action's answer as the page has it: a failure names its form in `values.form`. */
export type Answer = Partial<FormFailure> | null | undefined;

/** The step is done and the data reloaded; the form keeps what it shows (it is filled from the data). */
export const keep: SubmitFunction =
	() =>
	async ({ update }) =>
		update({ reset: false });
/** A form that adds something empties itself for the next one. */
export const reset: SubmitFunction =
	() =>
	async ({ update }) =>
		update({ reset: true });

/** The failure of the form called `name` (its field errors and typed values), or null. */
export function failedAs(answer: Answer, name: string): FormFailure | null {
	if (answer?.values?.form !== name) return null;
	return { values: answer.values, errors: answer.errors ?? {}, message: answer.message ?? '' };
}
