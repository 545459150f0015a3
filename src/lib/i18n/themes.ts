/** Names of curation steps, for the undo and redo messages. */
import { m } from '$lib/paraglide/messages';

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
