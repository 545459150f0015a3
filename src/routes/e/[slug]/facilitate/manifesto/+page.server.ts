import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { app } from '$lib/server/context';
import { attempt, contextOf, formValues, guard, idParam } from '$lib/server/http';
import * as manifesto from '$lib/server/services/manifesto';

export const load: PageServerLoad = (e) => {
	const { actor } = contextOf(e);
	return guard(() => manifesto.editorFor(app().db, actor));
};

/** The id in the action's query (`?/edit&id=12`), or a 404. */
const idOf = (e: RequestEvent) => idParam(e.url.searchParams.get('id') ?? undefined);
const direction = (e: RequestEvent) => (e.url.searchParams.get('dir') === 'down' ? 'down' : 'up');
/** A section chosen in a select: '' is "unsorted". */
const sectionOf = (v: string) => (v === '' ? null : Number(v));

/** Runs one step; the failure names the form it came from so the page shows the message beside it. */
async function step(e: RequestEvent, fields: string[], run: (values: Record<string, string>) => unknown, form: string) {
	const values = { ...formValues(await e.request.formData(), ...fields), form };
	const r = attempt(values, () => run(values));
	if (!r.ok) return r.failure;
	return { done: form };
}

export const actions: Actions = {
	editPointer: (e) => {
		const id = idOf(e);
		return step(e, ['title', 'body', 'sectionId'], (v) => manifesto.editPointer(app().db, contextOf(e).actor, id, { ...v, sectionId: sectionOf(v.sectionId) }), `pointer-${id}`);
	},
	addPointer: (e) => step(e, ['title', 'body', 'sectionId'], (v) => manifesto.addPointer(app().db, contextOf(e).actor, { ...v, sectionId: sectionOf(v.sectionId) }), 'new-pointer'),
	removePointer: (e) => {
		const id = idOf(e);
		return step(e, [], () => manifesto.removePointer(app().db, contextOf(e).actor, id), `pointer-${id}`);
	},
	mergePointer: (e) => {
		const id = idOf(e);
		return step(e, ['targetId'], (v) => manifesto.mergePointers(app().db, contextOf(e).actor, id, Number(v.targetId)), `pointer-${id}`);
	},
	movePointer: (e) => {
		const id = idOf(e);
		return step(e, [], () => manifesto.movePointer(app().db, contextOf(e).actor, id, direction(e)), `pointer-${id}`);
	},
	addSection: (e) => step(e, ['title'], (v) => manifesto.addSection(app().db, contextOf(e).actor, v), 'new-section'),
	renameSection: (e) => {
		const id = idOf(e);
		return step(e, ['title'], (v) => manifesto.renameSection(app().db, contextOf(e).actor, id, v), `section-${id}`);
	},
	moveSection: (e) => {
		const id = idOf(e);
		return step(e, [], () => manifesto.moveSection(app().db, contextOf(e).actor, id, direction(e)), `section-${id}`);
	},
	removeSection: (e) => {
		const id = idOf(e);
		return step(e, [], () => manifesto.removeSection(app().db, contextOf(e).actor, id), `section-${id}`);
	},
	addAction: (e) => {
		const id = idOf(e);
		return step(e, ['description', 'organisation', 'timeline', 'status'], (v) => manifesto.addAction(app().db, contextOf(e).actor, id, v), `new-action-${id}`);
	},
	editAction: (e) => {
		const id = idOf(e);
		return step(e, ['description', 'organisation', 'timeline', 'status'], (v) => manifesto.editAction(app().db, contextOf(e).actor, id, v), `action-${id}`);
	},
	removeAction: (e) => {
		const id = idOf(e);
		return step(e, [], () => manifesto.removeAction(app().db, contextOf(e).actor, id), `action-${id}`);
	},
	publish: (e) => step(e, [], () => manifesto.setPublished(app().db, contextOf(e).actor, true), 'publish'),
	unpublish: (e) => step(e, [], () => manifesto.setPublished(app().db, contextOf(e).actor, false), 'publish'),
	undo: (e) => step(e, [], () => manifesto.undo(app().db, contextOf(e).actor), 'undo'),
	redo: (e) => step(e, [], () => manifesto.redo(app().db, contextOf(e).actor), 'undo')
};
