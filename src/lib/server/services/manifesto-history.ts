/**
 * How every manifesto edit is run and taken back: one transaction that snapshots the rows it
 * touches and logs them before and after, so each facilitator can undo and redo their own steps;
 * an undo over someone else's later change is refused rather than overwriting it, and one that can
 * never apply (its pointer's theme is gone) is skipped with a message.
 */
import type { Db } from '../db/connection';
import * as repo from '../db/manifesto';
import { appendChange } from '../db/change-log';
import type { Actor } from '$lib/domain/types';
import { requireRole } from './access';
import { Refusal } from './errors';
import { now } from './clock';
import { publish } from '../live';
import { replayStep, undoStacks } from './undo';
import { listThemes } from '../db/themes';
import type { Replayed, UndoSkip } from '$lib/domain/curation-refusals';

/** "kind:id" → the row as it was (null: it did not exist). */
type Snapshot = Record<string, unknown>;
const KINDS = ['section', 'pointer', 'action', 'outcome'] as const;
type Kind = (typeof KINDS)[number];

/** The snapshot key of one row. */
export const key = (kind: Kind, id: number) => `${kind}:${id}`;

function read(db: Db, eventId: number, k: string): unknown {
	const [kind, raw] = k.split(':') as [Kind, string];
	const id = Number(raw);
	if (kind === 'section') return repo.findSection(db, eventId, id);
	if (kind === 'pointer') return repo.findPointer(db, eventId, id);
	if (kind === 'action') return repo.findAction(db, eventId, id);
	return repo.findOutcome(db, eventId, id);
}

function snapshot(db: Db, eventId: number, keys: Iterable<string>): Snapshot {
	return Object.fromEntries([...keys].map((k) => [k, read(db, eventId, k)]));
}

/** Puts rows back as a snapshot had them: deletions children first, insertions parents first. */
function restore(db: Db, eventId: number, target: Snapshot, t: string): void {
	const entries = Object.entries(target).map(([k, v]) => ({
		kind: k.split(':')[0] as Kind,
		id: Number(k.split(':')[1]),
		v
	}));
	for (const kind of [...KINDS].reverse())
		for (const e of entries.filter((x) => x.kind === kind && x.v === null)) {
			if (kind === 'section') repo.deleteSection(db, e.id);
			else if (kind === 'pointer') repo.deletePointer(db, e.id);
			else if (kind === 'action') repo.deleteAction(db, e.id);
			else repo.deleteOutcome(db, e.id);
		}
	for (const kind of KINDS)
		for (const e of entries.filter((x) => x.kind === kind && x.v !== null)) {
			if (kind === 'section') repo.putSection(db, e.v as repo.SectionRow, t);
			else if (kind === 'pointer') repo.putPointer(db, e.v as repo.PointerRow, t);
			else if (kind === 'action') repo.putAction(db, eventId, e.v as repo.ActionRow, t);
			else repo.putOutcome(db, e.v as repo.OutcomeRow);
		}
}

const same = (a: Snapshot, b: Snapshot) =>
	Object.keys(b).every((k) => JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null));

/** The value of a checked input, or a refusal naming each bad field. */
export function valid<T>(
	r: { ok: true; value: T } | { ok: false; errors: Record<string, string> }
): T {
	if (!r.ok) throw new Refusal('invalid', r.errors);
	return r.value;
}

/**
 * Runs one manifesto edit of a facilitator (whose role the caller checked) in one transaction:
 * snapshots the rows `touched` names, applies `change`, and logs before and after. `change`
 * returns the keys of rows it created.
 */
export function edit(
	db: Db,
	a: Actor,
	action: string,
	touched: () => string[],
	change: (t: string) => string[] | void
): void {
	db.transaction(() => {
		const t = now();
		const keys = touched();
		const before = snapshot(db, a.eventId, keys);
		const created = change(t) ?? [];
		for (const k of created) before[k] = null;
		const after = snapshot(db, a.eventId, [...keys, ...created]);
		appendChange(
			db,
			{
				eventId: a.eventId,
				actorId: a.participantId,
				actorRole: a.role,
				action,
				entity: 'manifesto',
				entityId: null,
				before,
				after
			},
			t
		);
	})();
	publish(a.eventId, 'manifesto');
}

/** What the actor can undo and redo next (action names), for the buttons. */
export function undoState(db: Db, a: Actor): { undo: string | null; redo: string | null } {
	const { done, undone } = undoStacks<Snapshot>(db, a, 'manifesto');
	return { undo: done.at(-1)?.action ?? null, redo: undone.at(-1)?.action ?? null };
}

/**
 * Why putting `to` back cannot apply, `from` being what the step left: null when it can. Someone
 * changing these rows since is refused (their work is not overwritten, and the step waits for
 * their own undo); a pointer traced to a theme since removed, or a row whose id another event's row
 * took (ids given out before migration 0016), can never be put back, so the step is skipped.
 */
function blocked(db: Db, eventId: number, from: Snapshot, to: Snapshot): UndoSkip | null {
	if (!same(snapshot(db, eventId, Object.keys(from)), from)) throw new Refusal('conflict');
	const themes = new Set(listThemes(db, eventId).map((t) => t.id));
	for (const [k, v] of Object.entries(to)) {
		if (v === null) continue;
		const [kind, raw] = k.split(':') as [Kind, string];
		if (kind === 'pointer' && !(v as repo.PointerRow).themes.every((x) => themes.has(x.themeId)))
			return { reason: 'theme_gone' };
		if (
			kind !== 'outcome' &&
			read(db, eventId, k) === null &&
			repo.isIdTaken(db, kind, Number(raw))
		)
			return { reason: 'taken' };
	}
	return null;
}

function replay(db: Db, actor: Actor | null, direction: 'undo' | 'redo'): Replayed {
	const a = requireRole(actor, 'facilitator');
	const done = replayStep<Snapshot>(
		db,
		a,
		'manifesto',
		direction,
		(from, to) => blocked(db, a.eventId, from, to),
		(to, t) => restore(db, a.eventId, to, t)
	);
	publish(a.eventId, 'manifesto');
	return done;
}

/** Undoes the actor's last manifesto edit, unless its rows changed since (skipped if it never can apply). */
export const undo = (db: Db, actor: Actor | null) => replay(db, actor, 'undo');
/** Redoes the actor's last undone manifesto edit. */
export const redo = (db: Db, actor: Actor | null) => replay(db, actor, 'redo');
