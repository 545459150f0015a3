/**
 * Undo and redo stacks of one person over one kind of change, read from the append-only change
 * log: every change logs its before and after; "<entity>.undo" and "<entity>.redo" entries move
 * steps between the two stacks; "<entity>.skip" drops a step that could not be undone (or redone)
 * from its stack, so that the next undo takes the step before; a new change clears the redo stack.
 */
import type { Db } from '../db/connection';
import { appendChange, listChanges } from '../db/change-log';
import { ensure } from './errors';
import { now } from './clock';
import type { Actor } from '$lib/domain/types';
import type { Replayed, UndoSkip } from '$lib/domain/curation-refusals';

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
		else if (c.action === `${entity}.skip`) {
			if ((c.after as { direction?: string } | null)?.direction === 'redo') undone.pop();
			else done.pop();
		} else {
			done.push({ id: c.id, action: c.action, before: c.before as S, after: c.after as S });
			undone.length = 0;
		}
	}
	return { done: done.filter(Boolean), undone: undone.filter(Boolean) };
}

/** A constraint the database enforces (a foreign key, a primary key), as better-sqlite3 reports it. */
const isConstraint = (err: unknown) =>
	typeof (err as { code?: unknown })?.code === 'string' &&
	(err as { code: string }).code.startsWith('SQLITE_CONSTRAINT');

/**
 * Undoes or redoes the actor's last step of an entity, in one transaction. `blocked` says why it
 * cannot apply (someone changed those rows since, a row it would remove is still used, an id it
 * would give back is taken), or throws a refusal; otherwise `restore` writes the other side back
 * and the replay is logged. A step that cannot apply is skipped, never left on top of the stack:
 * nothing is written but an "<entity>.skip" entry, which takes it off the stack (it stays in the
 * history), so the next undo takes the step before. Should the database still refuse what
 * `restore` writes, that is rolled back and the step skipped the same way.
 */
export function replayStep<S>(
	db: Db,
	a: Actor,
	entity: string,
	direction: 'undo' | 'redo',
	blocked: (from: S, to: S) => UndoSkip | null,
	restore: (to: S, t: string) => void
): Replayed {
	return db.transaction((): Replayed => {
		const { done, undone } = undoStacks<S>(db, a, entity);
		const step = direction === 'undo' ? done.at(-1) : undone.at(-1);
		ensure(step, 'not_found');
		const [from, to] = direction === 'undo' ? [step.after, step.before] : [step.before, step.after];
		const t = now();
		const log = (action: string, after: unknown) =>
			appendChange(
				db,
				{
					eventId: a.eventId,
					actorId: a.participantId,
					actorRole: a.role,
					action,
					entity,
					entityId: step.id,
					before: { step: step.id },
					after
				},
				t
			);
		let skipped = blocked(from, to);
		if (!skipped)
			try {
				// a savepoint: what `restore` wrote before the database refused is rolled back alone
				db.transaction(() => restore(to, t))();
			} catch (err) {
				if (!isConstraint(err)) throw err;
				skipped = { reason: 'blocked' };
			}
		if (skipped) {
			log(`${entity}.skip`, { action: step.action, direction, ...skipped });
			return { action: step.action, skipped };
		}
		log(`${entity}.${direction}`, { action: step.action });
		return { action: step.action, skipped: null };
	})();
}
