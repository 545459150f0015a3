/** Expected refusals of a use case: a status for HTTP and a code the interface turns into words. */
import type { FieldErrors } from '$lib/domain/text';
import type { CurationRefusal } from '$lib/domain/curation-refusals';

export type RefusalCode =
	| 'not_signed_in'
	| 'link_revoked'
	| 'link_unknown'
	| 'wrong_role'
	| 'other_sector'
	| 'phase_closed'
	| 'suggestions_closed'
	| 'not_found'
	| 'invalid'
	| 'conflict'
	| 'sector_in_use'
	| 'theme_in_use'
	| 'round_closed'
	| 'round_not_closed'
	| 'vote_outside_phase'
	| 'event_file_invalid'
	| 'slug_taken'
	| 'translation_failed';

const STATUS: Record<RefusalCode, number> = {
	not_signed_in: 401,
	link_revoked: 403,
	link_unknown: 404,
	wrong_role: 403,
	other_sector: 403,
	phase_closed: 409,
	suggestions_closed: 409,
	not_found: 404,
	invalid: 400,
	conflict: 409,
	sector_in_use: 409,
	theme_in_use: 409,
	round_closed: 409,
	round_not_closed: 409,
	vote_outside_phase: 409,
	event_file_invalid: 400,
	slug_taken: 409,
	translation_failed: 503
};

/**
 * Thrown by services when an action is refused for a reason the person can act on; `detail` names
 * what the words need beyond the code (which theme, what holds it).
 */
export class Refusal extends Error {
	readonly status: number;
	constructor(
		readonly code: RefusalCode,
		readonly fields: FieldErrors = {},
		readonly detail?: CurationRefusal
	) {
		super(code);
		this.status = STATUS[code];
	}
}

/** Refuses unless the condition holds. */
export function ensure(
	condition: unknown,
	code: RefusalCode,
	fields?: FieldErrors
): asserts condition {
	if (!condition) throw new Refusal(code, fields);
}
