/** Error codes from the domain and services, in the reader's language. */
import { m } from '$lib/paraglide/messages';
import { EVENT_LANGUAGES_MAX } from '$lib/domain/languages';
import { TEXT_MAX, TEXT_MIN, TITLE_MAX, BATCH_MAX } from '$lib/domain/statement-rules';
import { CONSENT_REASON_MAX } from '$lib/domain/consent-rules';
import { THEMES_WANTED_MAX } from '$lib/domain/theme-rules';
import type { CurationRefusal } from '$lib/domain/curation-refusals';
import { curationRefusalText } from './themes';

const FIELD: Record<string, () => string> = {
	required: () => m.error_required(),
	control_chars: () => m.error_control_chars(),
	text_too_short: () => m.error_text_too_short({ min: TEXT_MIN }),
	text_too_long: () => m.error_text_too_long({ max: TEXT_MAX }),
	title_too_long: () => m.error_title_too_long({ max: TITLE_MAX }),
	too_long: () => m.error_too_long(),
	bad_date: () => m.error_bad_date(),
	bad_time_zone: () => m.error_bad_time_zone(),
	bad_language: () => m.error_bad_language(),
	too_many_languages: () => m.error_too_many_languages({ max: EVENT_LANGUAGES_MAX }),
	working_not_listed: () => m.error_working_not_listed(),
	no_working_language: () => m.error_no_working_language(),
	original_changed: () => m.error_original_changed(),
	ends_before_start: () => m.error_ends_before_start(),
	bad_phase: () => m.error_bad_phase(),
	bad_colour: () => m.error_bad_colour(),
	colour_low_contrast: () => m.error_colour_low_contrast(),
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
	file_encoding: () => m.error_file_encoding(),
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
	priority_not_offered: () => m.error_ballot_priority_not_offered(),
	reason_required: () => m.error_reason_required(),
	in_pointer: () => m.error_in_pointer(),
	pick_two: () => m.error_pick_two(),
	same_theme: () => m.error_same_theme(),
	theme_gone: () => m.error_theme_gone(),
	consent_reason_required: () => m.consent_error_reason_required(),
	consent_reason_too_long: () => m.consent_error_reason_too_long({ max: CONSENT_REASON_MAX }),
	not_in_theme: () => m.consent_error_not_in_theme(),
	themes_wanted: () => m.error_themes_wanted({ max: THEMES_WANTED_MAX })
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
	suggestions_closed: () => m.refusal_suggestions_closed(),
	not_found: () => m.refusal_not_found(),
	invalid: () => m.refusal_invalid(),
	conflict: () => m.refusal_conflict(),
	sector_in_use: () => m.refusal_sector_in_use(),
	theme_in_use: () => m.refusal_theme_in_use(),
	round_closed: () => m.refusal_round_closed(),
	round_not_closed: () => m.refusal_round_not_closed(),
	vote_outside_phase: () => m.refusal_vote_outside_phase(),
	translation_failed: () => m.refusal_translation_failed()
};

/** Why an action was refused, in words a rapporteur understands; `detail` names the theme and what holds it. */
export function describeRefusal(code: string, detail?: CurationRefusal): string {
	if (detail) return curationRefusalText(detail);
	return (REFUSAL[code] ?? (() => m.refusal_invalid()))();
}

const FILE_PROBLEM: Record<string, (p: { at: string; detail: string }) => string> = {
	not_json: (p) => m.transfer_problem_not_json(p),
	too_large: (p) => m.transfer_problem_too_large(p),
	not_event_file: () => m.transfer_problem_not_event_file(),
	version: (p) => m.transfer_problem_version(p),
	too_many: (p) => m.transfer_problem_too_many(p),
	unknown_key: (p) => m.transfer_problem_unknown_key(p),
	forbidden_key: (p) => m.transfer_problem_forbidden_key(p),
	missing: (p) => m.transfer_problem_missing(p),
	empty: (p) => m.transfer_problem_empty(p),
	invalid: (p) => m.transfer_problem_invalid(p),
	too_long: (p) => m.transfer_problem_too_long(p),
	duplicate_id: (p) => m.transfer_problem_duplicate_id(p),
	no_such_row: (p) => m.transfer_problem_no_such_row(p),
	duplicate_row: (p) => m.transfer_problem_duplicate_row(p),
	duplicate_name: (p) => m.transfer_problem_duplicate_name(p),
	duplicate_ballot: (p) => m.transfer_problem_duplicate_ballot(p),
	theme_not_in_round: (p) => m.transfer_problem_theme_not_in_round(p),
	ballot_rule: (p) => m.transfer_problem_ballot_rule(p)
};

/** Why an event file was refused (code and fields of the refusal), naming the part of the file that is wrong. */
export function describeImportRefusal(code: string, fields: Record<string, string>): string {
	if (code === 'slug_taken') return m.transfer_refusal_slug_taken({ slug: fields.taken ?? '' });
	if (fields.slug === 'bad_slug') return m.transfer_bad_slug({ max: fields.max ?? '' });
	if (code !== 'event_file_invalid') return describeRefusal(code);
	const problem = FILE_PROBLEM[fields.file] ?? FILE_PROBLEM.invalid;
	return m.transfer_refusal_file({
		problem: problem({ at: fields.at || m.transfer_the_file(), detail: fields.detail ?? '' })
	});
}
