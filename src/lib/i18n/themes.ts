/**
 * Names of curation steps, for the undo and redo messages, each step in a sentence for the history,
 * and why a step was refused or an undo skipped.
 */
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { StepDetail } from '$lib/domain/theme-steps';
import type { CurationRefusal, ThemeHold, UndoSkip } from '$lib/domain/curation-refusals';

const ACTIONS: Record<string, () => string> = {
	'themes.propose': () => m.theme_action_propose(),
	'themes.describe': () => m.theme_action_describe(),
	'themes.accepted': () => m.theme_action_accept(),
	'themes.locked': () => m.theme_action_lock(),
	'themes.proposed': () => m.theme_action_reopen(),
	'themes.discarded': () => m.theme_action_discard(),
	'themes.create': () => m.theme_action_create(),
	'themes.move': () => m.theme_action_move(),
	'themes.link': () => m.theme_action_link(),
	'themes.unlink': () => m.theme_action_unlink(),
	'themes.merge': () => m.theme_action_merge(),
	'themes.split': () => m.theme_action_split()
};

/** A curation step in words. */
export function themeActionName(action: string): string {
	return (ACTIONS[action] ?? (() => action))();
}

const STATUS: Record<string, () => string> = {
	proposed: () => m.theme_status_proposed(),
	accepted: () => m.theme_status_accepted(),
	locked: () => m.theme_status_locked(),
	discarded: () => m.theme_status_discarded()
};
const statusWord = (s: string) => (STATUS[s] ?? (() => s))();

/** What a step did, naming its themes and the before and after: "renamed “A” to “B”". */
export function themeStepText(action: string, d: StepDetail): string {
	switch (d.kind) {
		case 'propose':
			return m.history_step_propose({ created: d.created, replaced: d.replaced });
		case 'rename':
			return d.described
				? m.history_step_rename_described({ from: d.from, to: d.to })
				: m.history_step_rename({ from: d.from, to: d.to });
		case 'describe':
			return m.history_step_describe({ theme: d.theme });
		case 'status':
			return m.history_step_status({
				theme: d.theme,
				from: statusWord(d.from),
				to: statusWord(d.to)
			});
		case 'create':
			return m.history_step_create({ theme: d.theme, count: d.statements });
		case 'merge':
			return m.history_step_merge({ from: d.from, into: d.into, count: d.statements });
		case 'split':
			return m.history_step_split({ from: d.from, into: d.into, count: d.statements });
		case 'move':
			return d.from
				? m.history_step_move({ from: d.from, into: d.into, count: d.statements })
				: m.history_step_place({ into: d.into, count: d.statements });
		case 'link':
			return m.history_step_link({ theme: d.theme, count: d.statements });
		case 'unlink':
			return m.history_step_unlink({ theme: d.theme, count: d.statements });
		default:
			return themeActionName(action);
	}
}

const list = (parts: string[]) =>
	new Intl.ListFormat(getLocale(), { style: 'long', type: 'conjunction' }).format(parts);

/** What holds a theme, in one sentence: "“Data” is still in use (it is in the vote round “Day 2”), …". */
function holdText(h: ThemeHold): string {
	const parts = [
		...h.rounds.map((round) => m.theme_hold_round({ round })),
		...(h.ballots > 0 ? [m.theme_hold_ballots({ count: h.ballots })] : []),
		...h.pointers.map((pointer) => m.theme_hold_pointer({ pointer }))
	];
	return m.theme_in_use({ theme: h.label, holders: list(parts) });
}

/** A refused curation step in words: which theme, what holds it, and what to do instead. */
export function curationRefusalText(d: CurationRefusal): string {
	switch (d.kind) {
		case 'theme_gone':
			return m.refusal_theme_gone();
		case 'theme_changed':
			return m.refusal_theme_changed({ theme: d.label });
		case 'theme_in_use': {
			const held = d.holds.map(holdText).join(' ');
			const advice =
				d.step === 'propose'
					? m.theme_in_use_propose()
					: d.into?.held
						? m.theme_in_use_merge_both()
						: m.theme_in_use_merge({ theme: d.holds[0]?.label ?? '', other: d.into?.label ?? '' });
			return `${held} ${advice}`;
		}
	}
}

/** Why an undo (or a redo) of the step named `action` was skipped, and what Undo does next. */
export function replaySkippedText(
	direction: 'undo' | 'redo',
	action: string,
	skip: UndoSkip
): string {
	const reason = {
		changed: () =>
			m.undo_skip_changed({ theme: skip.reason === 'changed' ? (skip.labels[0] ?? '') : '' }),
		in_use: () =>
			m.undo_skip_in_use({
				detail: skip.reason === 'in_use' ? skip.holds.map(holdText).join(' ') : ''
			}),
		taken: () => m.undo_skip_taken(),
		theme_gone: () => m.undo_skip_theme_gone(),
		blocked: () => m.undo_skip_blocked()
	}[skip.reason]();
	return direction === 'undo'
		? m.undo_skipped({ action, reason })
		: m.redo_skipped({ action, reason });
}
