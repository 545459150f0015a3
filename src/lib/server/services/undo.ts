/**
 * Undo and redo stacks of one person over one kind of change, read from the append-only change
 * log: every change logs its before and after; "<entity>.undo" and "<entity>.redo" entries move
 * steps between the two stacks; a new change clears the redo stack.
 */
import type { Db } from '../db/connection';
import { appendChange, listChanges } from '../db/change-log';
import { ensure, Refusal } from './errors';
import { now } from './clock';
import type { Actor } from '$lib/domain/types';

export interface Step<S> {
	id: number;
	action: string;
	before: S;
	after: S;
}

/** The actor's own done and undone steps for an entity, oldest first. */
export function undoStacks<S>(
	db: Db,
	a: Actor,
	entity: string
): { done: Step<S>[]; undone: Step<S>[] } {
	const entries = listChanges(db, a.eventId, 10_000)
		.filter((c) => c.entity === entity && c.actorId === a.participantId)
		.reverse();
	const done: Step<S>[] = [];
	const undone: Step<S>[] = [];
	for (const c of entries) {
		if (c.action === `${entity}.undo`) undone.push(done.pop()!);
		else if (c.action === `${entity}.redo`) done.push(undone.pop()!);
		else {
			done.push({ id: c.id, action: c.action, before: c.before as S, after: c.after as S });
			undone.length = 0;
		}
	}
	return { done: done.filter(Boolean), undone: undone.filter(Boolean) };
}

/**
 * Undoes or redoes the actor's last step of an entity, in one transaction: refused (conflict)
 * when `unchanged` finds that someone changed those rows since, so nothing is overwritten;
 * otherwise `restore` writes the other side back and the replay is logged. Returns the step's action.
 */
export function replayStep<S>(
	db: Db,
	a: Actor,
	entity: string,
	direction: 'undo' | 'redo',
	unchanged: (from: S, to: S) => boolean,
	restore: (to: S, t: string) => void
): string {
	return db.transaction(() => {
		const { done, undone } = undoStacks<S>(db, a, entity);
		const step = direction === 'undo' ? done.at(-1) : undone.at(-1);
		ensure(step, 'not_found');
		const [from, to] = direction === 'undo' ? [step.after, step.before] : [step.before, step.after];
		if (!unchanged(from, to)) throw new Refusal('conflict');
		const t = now();
		restore(to, t);
		appendChange(
			db,
			{
				eventId: a.eventId,
				actorId: a.participantId,
				actorRole: a.role,
				action: `${entity}.${direction}`,
				entity,
				entityId: step.id,
				before: { step: step.id },
				after: { action: step.action }
			},
			t
		);
		return step.action;
	})();
}
