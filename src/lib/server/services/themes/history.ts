/** The curation history of themes: who did what, and each facilitator's own undo and redo. */
import type { Db } from '../../db/connection';
import { listChanges } from '../../db/change-log';
import { findParticipant } from '../../db/access';
import type { Actor } from '$lib/domain/types';
import { requireRole } from '../access';
import { publish } from '../../live';
import { replayStep, undoStacks } from '../undo';
import { replayBlocked, restore, type Snapshot } from './step';
import type { Replayed, UndoSkip } from '$lib/domain/curation-refusals';
import { stepDetail, type LoggedSnapshot } from '$lib/domain/theme-steps';
import { answersByStep } from '../consent';

const SKIP = 'themes.skip';

/** The reason a logged skip gives (its `after` holds the step's action, the direction and the reason). */
function skipOf(after: unknown): UndoSkip & { direction: 'undo' | 'redo' } {
	const x = (after ?? {}) as UndoSkip & { direction?: string };
	return { ...x, direction: x.direction === 'redo' ? 'redo' : 'undo' };
}

/**
 * The latest curation steps of the event, newest first: who (by name, and whether it was me),
 * when, what, which themes with the before and after of what changed, and the sectors' answers.
 */
export function themeHistory(db: Db, actor: Actor | null, limit = 50) {
	const a = requireRole(actor, 'facilitator');
	const names = new Map<number, string>();
	const nameOf = (id: number) => {
		if (!names.has(id)) names.set(id, findParticipant(db, id)?.displayName ?? '');
		return names.get(id)!;
	};
	const steps = listChanges(db, a.eventId, 500)
		.filter((c) => c.entity === 'themes')
		.slice(0, limit);
	const answers = answersByStep(
		db,
		a.eventId,
		steps.map((c) => c.id),
		a.participantId
	);
	return steps.map((c) => ({
		id: c.id,
		at: c.at,
		actorId: c.actorId,
		action: c.action,
		undone:
			c.action === 'themes.undo' || c.action === 'themes.redo' || c.action === SKIP
				? String((c.after as { action?: string })?.action ?? '')
				: null,
		// an undo or redo that could not apply: why it was skipped
		skipped: c.action === SKIP ? skipOf(c.after) : null,
		detail: stepDetail(c.action, c.before as LoggedSnapshot, c.after as LoggedSnapshot),
		who: c.actorId === null ? '' : nameOf(c.actorId),
		mine: c.actorId === a.participantId,
		answers: answers.get(c.id) ?? []
	}));
}

/** What the actor can undo and redo next (action names), for the buttons. */
export function undoState(
	db: Db,
	actor: Actor | null
): { undo: string | null; redo: string | null } {
	const a = requireRole(actor, 'facilitator');
	const { done, undone } = undoStacks<Snapshot>(db, a, 'themes');
	return { undo: done.at(-1)?.action ?? null, redo: undone.at(-1)?.action ?? null };
}

function replay(db: Db, actor: Actor | null, direction: 'undo' | 'redo'): Replayed {
	const a = requireRole(actor, 'facilitator');
	const done = replayStep<Snapshot>(
		db,
		a,
		'themes',
		direction,
		// skipped when someone changed these themes since (nothing is overwritten), when it would
		// remove a theme a round, ballot or pointer holds, or when its theme's id was taken
		(from, to) => replayBlocked(db, a.eventId, from, to),
		(to, t) => restore(db, a.eventId, to, t)
	);
	publish(a.eventId, 'themes');
	return done;
}

/**
 * Undoes the actor's last curation step. One that cannot apply is skipped (`skipped` says why) and
 * taken off the stack, so that the next undo takes the step before: undo is never stuck.
 */
export const undo = (db: Db, actor: Actor | null) => replay(db, actor, 'undo');
/** Redoes the actor's last undone step (skipped, the same way, when it cannot apply). */
export const redo = (db: Db, actor: Actor | null) => replay(db, actor, 'redo');
