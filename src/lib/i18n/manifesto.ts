/** Manifesto edits by name, for the undo buttons. */
import { m } from '$lib/paraglide/messages';
import type { ManifestoDiff } from '$lib/domain/manifesto-diff';

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

/** A diff between two versions as a first draft of the change note readers see with the new one. */
export function changeNoteText(diff: ManifestoDiff): string {
	const quoted = (text: string) => m.quoted({ text });
	const lines: string[] = [];
	if (diff.added.length)
		lines.push(m.note_added({ titles: diff.added.map((p) => quoted(p.title)).join(', ') }));
	if (diff.removed.length)
		lines.push(m.note_removed({ titles: diff.removed.map((p) => quoted(p.title)).join(', ') }));
	if (diff.reworded.length)
		lines.push(
			m.note_reworded({
				list: diff.reworded
					.map((r) =>
						r.from === r.to
							? m.note_text_changed({ title: quoted(r.to) })
							: `${quoted(r.from)} → ${quoted(r.to)}`
					)
					.join(', ')
			})
		);
	if (diff.moved.length) lines.push(m.note_moved({ count: diff.moved.length }));
	return lines.join('\n');
}
