/** What valid manifesto edits are: pointers, sections, actions and statement outcomes, as zod schemas whose messages are error codes. */
import { z } from 'zod';
import { block, line } from './text-schema';
import { ACTION_STATUSES } from './manifesto';
import {
	ACTION_FIELD_MAX,
	ACTION_TEXT_MAX,
	CHANGE_NOTE_MAX,
	PARK_REASON_MAX,
	POINTER_BODY_MAX,
	POINTER_TITLE_MAX,
	SECTION_TITLE_MAX
} from './manifesto-rules';

/** A pointer: a required one-line title and a Markdown body. */
export const pointerInput = z.object({
	title: line(POINTER_TITLE_MAX, true),
	body: block(POINTER_BODY_MAX)
});
/** A section: its title. */
export const sectionInput = z.object({ title: line(SECTION_TITLE_MAX, true) });
/** An action of a pointer's plan: what, who, when, and how far it got. */
export const actionInput = z.object({
	description: line(ACTION_TEXT_MAX, true),
	organisation: line(ACTION_FIELD_MAX, false),
	timeline: line(ACTION_FIELD_MAX, false),
	status: z.enum(ACTION_STATUSES, { error: 'invalid' })
});
/** Where a statement behind no pointer goes; parking it needs a reason. */
export const outcomeInput = z
	.object({
		outcome: z.enum(['paper', 'parked', 'undecided'], { error: 'invalid' }),
		reason: line(PARK_REASON_MAX, false)
	})
	.superRefine((v, ctx) => {
		if (v.outcome === 'parked' && !v.reason)
			ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason_required' });
	});
/** A published version's change note: what changed since the version before, several lines. */
export const changeNoteInput = z.object({ note: block(CHANGE_NOTE_MAX) });
