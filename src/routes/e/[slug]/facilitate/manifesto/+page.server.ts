import type { Actions, PageServerLoad } from './$types';
import { act, formValues, guard, idParam, replayed } from '$lib/server/http';
import { manifestoActionName } from '$lib/i18n/manifesto';
import { dependency } from '$lib/live-topics';
import { editorFor, MANIFESTO_TOPICS } from '$lib/server/services/manifesto-read';
import * as edits from '$lib/server/services/manifesto-edit';
import * as plans from '$lib/server/services/manifesto-sections';
import { setPublished } from '$lib/server/services/manifesto-versions';
import { redo, undo } from '$lib/server/services/manifesto-history';
import { translationStatuses } from '$lib/server/services/content-translations';
import { languageName } from '$lib/domain/languages';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = ({ locals: { db, actor }, depends }) => {
	depends(...MANIFESTO_TOPICS.map(dependency));
	return guard(() => ({
		...editorFor(db, actor),
		// how far each of the event's other languages has come
		translations: translationStatuses(db, actor).statuses.map((s) => ({
			lang: s.lang,
			name: languageName(s.lang, getLocale()),
			translated: s.translated,
			total: s.total,
			machine: s.machine
		}))
	}));
};

// The row acted on comes from the form's URL (?/editPointer&id=12&dir=up), never from a hidden
// field. Every answer names the form it belongs to (`form`, `done`), so the page shows it there.
const idOf = (url: URL) => idParam(url.searchParams.get('id'));
const direction = (url: URL) => (url.searchParams.get('dir') === 'down' ? 'down' : 'up');
/** A section chosen in a select: '' is "unsorted". */
const sectionOf = (v: string) => (v === '' ? null : Number(v));
const POINTER = ['title', 'body', 'sectionId'] as const;
const ACTION = ['description', 'organisation', 'timeline', 'status'] as const;

export const actions: Actions = {
	editPointer: async ({ locals: { db, actor }, request, url }) => {
		const id = idOf(url);
		const form = `pointer-${id}`;
		const v = formValues(await request.formData(), ...POINTER);
		return act(
			{ ...v, form },
			() => (
				edits.editPointer(db, actor, id, { ...v, sectionId: sectionOf(v.sectionId) }),
				{ done: form }
			)
		);
	},
	addPointer: async ({ locals: { db, actor }, request }) => {
		const form = 'new-pointer';
		const v = formValues(await request.formData(), ...POINTER);
		return act(
			{ ...v, form },
			() => (
				edits.addPointer(db, actor, { ...v, sectionId: sectionOf(v.sectionId) }),
				{ done: form }
			)
		);
	},
	removePointer: ({ locals: { db, actor }, url }) => {
		const id = idOf(url);
		const form = `pointer-${id}`;
		return act({ form }, () => (edits.removePointer(db, actor, id), { done: form }));
	},
	mergePointer: async ({ locals: { db, actor }, request, url }) => {
		const id = idOf(url);
		const form = `pointer-${id}`;
		const v = formValues(await request.formData(), 'targetId');
		return act(
			{ ...v, form },
			() => (edits.mergePointers(db, actor, id, Number(v.targetId)), { done: form })
		);
	},
	movePointer: ({ locals: { db, actor }, url }) => {
		const id = idOf(url);
		const form = `pointer-${id}`;
		return act({ form }, () => (edits.movePointer(db, actor, id, direction(url)), { done: form }));
	},
	addSection: async ({ locals: { db, actor }, request }) => {
		const form = 'new-section';
		const v = formValues(await request.formData(), 'title');
		return act({ ...v, form }, () => (plans.addSection(db, actor, v), { done: form }));
	},
	renameSection: async ({ locals: { db, actor }, request, url }) => {
		const id = idOf(url);
		const form = `section-${id}`;
		const v = formValues(await request.formData(), 'title');
		return act({ ...v, form }, () => (plans.renameSection(db, actor, id, v), { done: form }));
	},
	moveSection: ({ locals: { db, actor }, url }) => {
		const id = idOf(url);
		const form = `section-${id}`;
		return act({ form }, () => (plans.moveSection(db, actor, id, direction(url)), { done: form }));
	},
	removeSection: ({ locals: { db, actor }, url }) => {
		const id = idOf(url);
		const form = `section-${id}`;
		return act({ form }, () => (plans.removeSection(db, actor, id), { done: form }));
	},
	addAction: async ({ locals: { db, actor }, request, url }) => {
		const id = idOf(url);
		const form = `new-action-${id}`;
		const v = formValues(await request.formData(), ...ACTION);
		return act({ ...v, form }, () => (plans.addAction(db, actor, id, v), { done: form }));
	},
	editAction: async ({ locals: { db, actor }, request, url }) => {
		const id = idOf(url);
		const form = `action-${id}`;
		const v = formValues(await request.formData(), ...ACTION);
		return act({ ...v, form }, () => (plans.editAction(db, actor, id, v), { done: form }));
	},
	removeAction: ({ locals: { db, actor }, url }) => {
		const id = idOf(url);
		const form = `action-${id}`;
		return act({ form }, () => (plans.removeAction(db, actor, id), { done: form }));
	},
	publish: ({ locals: { db, actor } }) =>
		act({ form: 'publish' }, () => (setPublished(db, actor, true), { done: 'publish' })),
	unpublish: ({ locals: { db, actor } }) =>
		act({ form: 'publish' }, () => (setPublished(db, actor, false), { done: 'publish' })),
	undo: ({ locals: { db, actor } }) =>
		act({ form: 'undo' }, () =>
			replayed(undo(db, actor), 'undo', manifestoActionName, () => ({ done: 'undo' }), {
				form: 'undo'
			})
		),
	redo: ({ locals: { db, actor } }) =>
		act({ form: 'undo' }, () =>
			replayed(redo(db, actor), 'redo', manifestoActionName, () => ({ done: 'undo' }), {
				form: 'undo'
			})
		)
};
