/**
 * Editing the manifesto's sections (ordered groups of pointers) and each pointer's action plan
 * (what, which organisation, by when, status). Every edit is one logged, undoable step.
 */
import type { Db } from '../db/connection';
import * as repo from '../db/manifesto';
import { actionInput, sectionInput } from '$lib/domain/manifesto-schema';
import { check } from '$lib/domain/text-schema';
import type { Actor } from '$lib/domain/types';
import { requireRole } from './access';
import { ensure } from './errors';
import { edit, key, valid } from './manifesto-history';
import { pointerOf, pointersIn } from './manifesto-edit';

// ---- sections

/** Adds a section at the end. */
export function addSection(db: Db, actor: Actor | null, raw: { title?: unknown }): number {
	const a = requireRole(actor, 'facilitator');
	const { title } = valid(check(sectionInput, raw));
	let id = 0;
	edit(
		db,
		a,
		'manifesto.section.add',
		() => [],
		(t) => {
			id = repo.putSection(
				db,
				{ id: 0, eventId: a.eventId, title, position: repo.nextSectionPosition(db, a.eventId) },
				t
			);
			return [key('section', id)];
		}
	);
	return id;
}

/** Renames a section. */
export function renameSection(
	db: Db,
	actor: Actor | null,
	sectionId: number,
	raw: { title?: unknown }
): void {
	const a = requireRole(actor, 'facilitator');
	const { title } = valid(check(sectionInput, raw));
	edit(
		db,
		a,
		'manifesto.section.rename',
		() => [key('section', sectionId)],
		(t) => {
			const s = repo.findSection(db, a.eventId, sectionId);
			ensure(s, 'not_found');
			repo.putSection(db, { ...s, title }, t);
		}
	);
}

/** Moves a section one place earlier or later. */
export function moveSection(
	db: Db,
	actor: Actor | null,
	sectionId: number,
	direction: 'up' | 'down'
): void {
	const a = requireRole(actor, 'facilitator');
	edit(
		db,
		a,
		'manifesto.section.move',
		() => repo.listSections(db, a.eventId).map((s) => key('section', s.id)),
		(t) => {
			const list = repo.listSections(db, a.eventId);
			const i = list.findIndex((s) => s.id === sectionId);
			ensure(i >= 0, 'not_found');
			const j = direction === 'up' ? i - 1 : i + 1;
			ensure(j >= 0 && j < list.length, 'invalid');
			[list[i], list[j]] = [list[j], list[i]];
			list.forEach((s, k) => repo.putSection(db, { ...s, position: k }, t));
		}
	);
}

/** Removes a section; its pointers become unsorted (and come back into it on undo). */
export function removeSection(db: Db, actor: Actor | null, sectionId: number): void {
	const a = requireRole(actor, 'facilitator');
	edit(
		db,
		a,
		'manifesto.section.remove',
		() => [
			key('section', sectionId),
			...pointersIn(db, a.eventId, sectionId).map((p) => key('pointer', p.id))
		],
		() => {
			ensure(repo.findSection(db, a.eventId, sectionId), 'not_found');
			repo.deleteSection(db, sectionId);
		}
	);
}

// ---- action plans

/** Adds an action to a pointer's plan. */
export function addAction(
	db: Db,
	actor: Actor | null,
	pointerId: number,
	raw: Record<string, unknown>
): number {
	const a = requireRole(actor, 'facilitator');
	const input = valid(check(actionInput, { status: 'planned', ...raw }));
	let id = 0;
	edit(
		db,
		a,
		'manifesto.action.add',
		() => [],
		(t) => {
			pointerOf(db, a, pointerId);
			id = repo.putAction(
				db,
				a.eventId,
				{ id: 0, pointerId, ...input, position: repo.nextActionPosition(db, pointerId) },
				t
			);
			return [key('action', id)];
		}
	);
	return id;
}

/** Rewrites an action: what, who, when, and how far it got. */
export function editAction(
	db: Db,
	actor: Actor | null,
	actionId: number,
	raw: Record<string, unknown>
): void {
	const a = requireRole(actor, 'facilitator');
	const input = valid(check(actionInput, raw));
	edit(
		db,
		a,
		'manifesto.action.edit',
		() => [key('action', actionId)],
		(t) => {
			const x = repo.findAction(db, a.eventId, actionId);
			ensure(x, 'not_found');
			repo.putAction(db, a.eventId, { ...x, ...input }, t);
		}
	);
}

/** Removes an action from its pointer's plan. */
export function removeAction(db: Db, actor: Actor | null, actionId: number): void {
	const a = requireRole(actor, 'facilitator');
	edit(
		db,
		a,
		'manifesto.action.remove',
		() => [key('action', actionId)],
		() => {
			ensure(repo.findAction(db, a.eventId, actionId), 'not_found');
			repo.deleteAction(db, actionId);
		}
	);
}
