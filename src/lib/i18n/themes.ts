/** Names of curation steps, for the undo and redo messages, and each step in a sentence for the history. */
import { m } from '$lib/paraglide/messages';
import type { StepDetail } from '$lib/domain/theme-steps';

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
