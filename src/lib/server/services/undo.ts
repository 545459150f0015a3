/**
 * Undo and redo stacks of one person over one kind of change, read from the append-only change
 * log: every change logs its before and after; "<entity>.undo" and "<entity>.redo" entries move
 * steps between the two stacks; a new change clears the redo stack.
 */
import type { Db } from '../db/connection';
import { listChanges } from '../db/change-log';
import type { Actor } from '$lib/domain/types';

export interface Step<S> {
	id: number;
	action: string;
	before: S;
	after: S;
}

/** The actor's own done and undone steps for an entity, oldest first. */
export function undoStacks<S>(db: Db, a: Actor, entity: string): { done: Step<S>[]; undone: Step<S>[] } {
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
