/**
 * Editing the manifesto's pointers after the vote: facilitators rewrite, add, merge, order and
 * remove them (sections and action plans: manifesto-sections). Every edit is one logged,
 * undoable step (see manifesto-history).
 */
import type { Db } from '../db/connection';
import * as repo from '../db/manifesto';
import { POINTER_BODY_MAX } from '$lib/domain/manifesto-rules';
import { pointerInput } from '$lib/domain/manifesto-schema';
import { check } from '$lib/domain/text-schema';
import type { Actor } from '$lib/domain/types';
import { requireRole } from './access';
import { ensure } from './errors';
import { edit, key, valid } from './manifesto-history';

interface PointerFields {
	title?: unknown;
	body?: unknown;
	sectionId?: number | null;
}

/** The pointer of this event, or a refusal. */
export function pointerOf(db: Db, a: Actor, id: number): repo.PointerRow {
	const p = repo.findPointer(db, a.eventId, id);
	ensure(p, 'not_found');
	return p;
}

function sectionOf(db: Db, a: Actor, id: number | null): number | null {
	if (id === null) return null;
	ensure(repo.findSection(db, a.eventId, id), 'invalid', { sectionId: 'invalid' });
	return id;
}

/** The pointers of one section (null: unsorted) in reading order. */
export function pointersIn(db: Db, eventId: number, sectionId: number | null): repo.PointerRow[] {
	return repo.listPointerRows(db, eventId).filter((p) => p.sectionId === sectionId);
}

/** The keys of a pointer's actions, which go (and come back) with it. */
function actionKeys(db: Db, a: Actor, pointerId: number): string[] {
	return repo
		.listActions(db, a.eventId)
		.filter((x) => x.pointerId === pointerId)
		.map((x) => key('action', x.id));
}

// ---- pointers

/** Rewrites a pointer's title and text, and the section it sits in (moving it to the end of that section). */
export function editPointer(
	db: Db,
	actor: Actor | null,
	pointerId: number,
	raw: PointerFields
): void {
	const a = requireRole(actor, 'facilitator');
	const input = valid(check(pointerInput, raw));
	edit(
		db,
		a,
		'manifesto.pointer.edit',
		() => [key('pointer', pointerId)],
		(t) => {
			const p = pointerOf(db, a, pointerId);
			const sectionId = raw.sectionId === undefined ? p.sectionId : sectionOf(db, a, raw.sectionId);
			const position =
				sectionId === p.sectionId ? p.position : repo.nextPointerPosition(db, a.eventId);
			repo.putPointer(db, { ...p, ...input, sectionId, position }, t);
		}
	);
}

/** A pointer written by hand, traced to no theme. */
export function addPointer(db: Db, actor: Actor | null, raw: PointerFields): number {
	const a = requireRole(actor, 'facilitator');
	const input = valid(check(pointerInput, raw));
	let id = 0;
	edit(
		db,
		a,
		'manifesto.pointer.add',
		() => [],
		(t) => {
			const sectionId = sectionOf(db, a, raw.sectionId ?? null);
			id = repo.putPointer(
				db,
				{
					id: 0,
					eventId: a.eventId,
					sectionId,
					...input,
					position: repo.nextPointerPosition(db, a.eventId),
					createdAt: t,
					themes: []
				},
				t
			);
			return [key('pointer', id)];
		}
	);
	return id;
}

/** Removes a pointer with its actions; its themes can be promoted again. Undo puts it all back. */
export function removePointer(db: Db, actor: Actor | null, pointerId: number): void {
	const a = requireRole(actor, 'facilitator');
	edit(
		db,
		a,
		'manifesto.pointer.remove',
		() => [key('pointer', pointerId), ...actionKeys(db, a, pointerId)],
		() => {
			pointerOf(db, a, pointerId);
			repo.deletePointer(db, pointerId);
		}
	);
}

/**
 * Merges one pointer into another when the room finds they say one thing: the target keeps its
 * words and gains the source's themes (so its provenance covers both), text and actions; the
 * source goes. Undo puts both back as they were.
 */
export function mergePointers(
	db: Db,
	actor: Actor | null,
	sourceId: number,
	targetId: number
): void {
	const a = requireRole(actor, 'facilitator');
	edit(
		db,
		a,
		'manifesto.pointer.merge',
		() => [key('pointer', sourceId), key('pointer', targetId), ...actionKeys(db, a, sourceId)],
		(t) => {
			const source = pointerOf(db, a, sourceId);
			const target = pointerOf(db, a, targetId);
			ensure(source.id !== target.id, 'invalid', { targetId: 'invalid' });
			const themes = [
				...target.themes,
				...source.themes.filter((x) => !target.themes.some((y) => y.themeId === x.themeId))
			];
			const body = [target.body, source.body].filter(Boolean).join('\n\n');
			ensure(body.length <= POINTER_BODY_MAX, 'invalid', { body: 'too_long' });
			repo.putPointer(db, { ...target, body, themes }, t);
			let position = repo.nextActionPosition(db, targetId);
			for (const x of repo.listActions(db, a.eventId).filter((y) => y.pointerId === sourceId))
				repo.putAction(db, a.eventId, { ...x, pointerId: targetId, position: position++ }, t);
			repo.deletePointer(db, sourceId);
		}
	);
}

/** Swaps a pointer with its neighbour in its section (up: earlier, down: later). */
export function movePointer(
	db: Db,
	actor: Actor | null,
	pointerId: number,
	direction: 'up' | 'down'
): void {
	const a = requireRole(actor, 'facilitator');
	const siblings = () => pointersIn(db, a.eventId, pointerOf(db, a, pointerId).sectionId);
	edit(
		db,
		a,
		'manifesto.pointer.move',
		() => siblings().map((p) => key('pointer', p.id)),
		(t) => {
			const list = siblings();
			const i = list.findIndex((p) => p.id === pointerId);
			const j = direction === 'up' ? i - 1 : i + 1;
			ensure(j >= 0 && j < list.length, 'invalid');
			[list[i], list[j]] = [list[j], list[i]];
			const positions = list.map((p) => p.position).sort((x, y) => x - y);
			// equal positions (never expected) would make the swap invisible: renumber from the first
			const distinct =
				new Set(positions).size === positions.length
					? positions
					: positions.map((_, k) => positions[0] + k);
			list.forEach((p, k) => repo.putPointer(db, { ...p, position: distinct[k] }, t));
		}
	);
}
