/** Manifesto edits by name, for the undo buttons. */
import { m } from '$lib/paraglide/messages';

const ACTIONS: Record<string, () => string> = {
	'manifesto.pointer.edit': () => m.manifesto_act_pointer_edit(),
	'manifesto.pointer.add': () => m.manifesto_act_pointer_add(),
	'manifesto.pointer.remove': () => m.manifesto_act_pointer_remove(),
	'manifesto.pointer.move': () => m.manifesto_act_pointer_move(),
	'manifesto.pointer.merge': () => m.manifesto_act_pointer_merge(),
	'manifesto.section.add': () => m.manifesto_act_section_add(),
	'manifesto.section.rename': () => m.manifesto_act_section_rename(),
	'manifesto.section.move': () => m.manifesto_act_section_move(),
	'manifesto.section.remove': () => m.manifesto_act_section_remove(),
	'manifesto.action.add': () => m.manifesto_act_action_add(),
	'manifesto.action.edit': () => m.manifesto_act_action_edit(),
	'manifesto.action.remove': () => m.manifesto_act_action_remove(),
	'manifesto.outcome.paper': () => m.manifesto_act_outcome_paper(),
	'manifesto.outcome.parked': () => m.manifesto_act_outcome_parked(),
	'manifesto.outcome.undecided': () => m.manifesto_act_outcome_undecided()
};

/** A manifesto edit's name ("edit a pointer"). */
export const manifestoActionName = (action: string) => (ACTIONS[action] ?? (() => action))();
