/** Error codes from the domain and services, in the reader's language. */
import { m } from '$lib/paraglide/messages';
import { TEXT_MAX, TEXT_MIN, TITLE_MAX, BATCH_MAX } from '$lib/domain/statement-rules';

const FIELD: Record<string, () => string> = {
	required: () => m.error_required(),
	control_chars: () => m.error_control_chars(),
	text_too_short: () => m.error_text_too_short({ min: TEXT_MIN }),
	text_too_long: () => m.error_text_too_long({ max: TEXT_MAX }),
	title_too_long: () => m.error_title_too_long({ max: TITLE_MAX }),
	too_long: () => m.error_too_long(),
	bad_date: () => m.error_bad_date(),
	ends_before_start: () => m.error_ends_before_start(),
	bad_phase: () => m.error_bad_phase(),
	bad_colour: () => m.error_bad_colour(),
	sector_exists: () => m.error_sector_exists(),
	too_many_sectors: () => m.error_too_many_sectors(),
	batch_empty: () => m.error_batch_empty(),
	batch_too_many: () => m.error_batch_too_many({ max: BATCH_MAX }),
	batch_has_errors: () => m.error_batch_has_errors(),
	csv_no_text_column: () => m.error_csv_no_text_column(),
	csv_malformed_row: () => m.error_csv_malformed_row(),
	csv_sector_missing: () => m.error_csv_sector_missing(),
	csv_sector_unknown: () => m.error_csv_sector_unknown(),
	csv_sector_other: () => m.error_csv_sector_other(),
	file_missing: () => m.error_file_missing(),
	file_too_large: () => m.error_file_too_large(),
	body_too_large: () => m.error_body_too_large(),
	code_unknown: () => m.error_code_unknown(),
	round_no_themes: () => m.error_round_no_themes(),
	theme_not_in_round: () => m.error_ballot_theme_not_in_round(),
	duplicate_theme: () => m.error_ballot_duplicate_theme(),
	dot_value: () => m.error_ballot_dot_value(),
	over_budget: () => m.error_ballot_over_budget(),
	approval_value: () => m.error_ballot_approval_value(),
	consent_value: () => m.error_ballot_consent_value(),
	reason_not_block: () => m.error_ballot_reason_not_block(),
	reason_too_long: () => m.error_ballot_reason_too_long(),
	reason_control_chars: () => m.error_control_chars(),
	priority_not_offered: () => m.error_ballot_priority_not_offered()
};

/** One field problem in words. */
export function describeFieldError(code: string): string {
	return (FIELD[code] ?? (() => m.error_invalid()))();
}

const REFUSAL: Record<string, () => string> = {
	not_signed_in: () => m.refusal_not_signed_in(),
	link_revoked: () => m.refusal_link_revoked(),
	link_unknown: () => m.refusal_link_unknown(),
	wrong_role: () => m.refusal_wrong_role(),
	other_sector: () => m.refusal_other_sector(),
	phase_closed: () => m.refusal_phase_closed(),
	not_found: () => m.refusal_not_found(),
	invalid: () => m.refusal_invalid(),
	conflict: () => m.refusal_conflict(),
	sector_in_use: () => m.refusal_sector_in_use(),
	round_closed: () => m.refusal_round_closed(),
	round_not_closed: () => m.refusal_round_not_closed()
};

/** Why an action was refused, in words a rapporteur understands. */
export function describeRefusal(code: string): string {
	return (REFUSAL[code] ?? (() => m.refusal_invalid()))();
}
