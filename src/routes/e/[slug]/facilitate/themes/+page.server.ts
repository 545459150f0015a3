import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { app } from '$lib/server/context';
import { attempt, attemptAsync, contextOf, formValues, guard, idParam } from '$lib/server/http';
import * as themes from '$lib/server/services/themes';
import { findParticipant } from '$lib/server/db/access';

export const load: PageServerLoad = (e) => {
	const { actor } = contextOf(e);
	const { db } = app();
	const board = guard(() => themes.boardOf(db, actor));
	const names = new Map<number, string>();
	const history = themes.themeHistory(db, actor).map((h) => {
		if (h.actorId !== null && !names.has(h.actorId)) names.set(h.actorId, findParticipant(db, h.actorId)?.displayName ?? '');
		return { ...h, who: h.actorId === null ? '' : names.get(h.actorId)!, mine: h.actorId === actor!.participantId };
	});
	return {
		board,
		undo: themes.undoState(db, actor),
		suggestions: Object.fromEntries(themes.suggestPlacements(db, actor)),
		history
	};
};

// The theme acted on comes from the form's URL (?/describe&theme=12), never from a hidden field.
const themeOf = (e: RequestEvent) => idParam(e.url.searchParams.get('theme') ?? undefined);
const version = (v: string) => (v ? Number(v) : undefined);

export const actions: Actions = {
	propose: async (e) => {
		const { actor } = contextOf(e);
		const r = await attemptAsync({}, () => themes.proposeEventThemes(app().db, actor));
		return r.ok ? { proposed: r.value.created } : r.failure;
	},
	preview: async (e) => {
		const { actor } = contextOf(e);
		const r = await attemptAsync({}, () => themes.previewProposal(app().db, actor));
		return r.ok ? { preview: r.value } : r.failure;
	},
	undo: (e) => {
		const { actor } = contextOf(e);
		const r = attempt({}, () => themes.undo(app().db, actor));
		return r.ok ? { undone: r.value } : r.failure;
	},
	redo: (e) => {
		const { actor } = contextOf(e);
		const r = attempt({}, () => themes.redo(app().db, actor));
		return r.ok ? { redone: r.value } : r.failure;
	},
	create: async (e) => {
		const { actor } = contextOf(e);
		const { label } = formValues(await e.request.formData(), 'label');
		const r = attempt({ newLabel: label }, () => themes.createManualTheme(app().db, actor, label));
		return r.ok ? { saved: r.value } : r.failure;
	},
	/** Places an unassigned statement in a theme. */
	place: async (e) => {
		const { actor } = contextOf(e);
		const v = formValues(await e.request.formData(), 'statementId', 'to');
		const r = attempt({}, () => themes.moveStatement(app().db, actor, idParam(v.statementId), null, idParam(v.to)));
		return r.ok ? { saved: Number(v.to) } : r.failure;
	},
	describe: async (e) => {
		const { actor } = contextOf(e);
		const v = formValues(await e.request.formData(), 'label', 'description', 'version');
		const id = themeOf(e);
		const r = attempt({ ...v, themeId: id }, () => themes.describeTheme(app().db, actor, id, v, version(v.version)));
		return r.ok ? { saved: id } : r.failure;
	},
	status: async (e) => {
		const { actor } = contextOf(e);
		const v = formValues(await e.request.formData(), 'status', 'version');
		const id = themeOf(e);
		const r = attempt({ themeId: id }, () => themes.setThemeStatus(app().db, actor, id, v.status, version(v.version)));
		return r.ok ? { saved: id } : r.failure;
	},
	move: async (e) => {
		const { actor } = contextOf(e);
		const v = formValues(await e.request.formData(), 'statementId', 'to', 'version');
		const id = themeOf(e);
		const r = attempt({ themeId: id }, () => themes.moveStatement(app().db, actor, idParam(v.statementId), id, idParam(v.to), { [id]: version(v.version) }));
		return r.ok ? { saved: Number(v.to) } : r.failure;
	},
	link: async (e) => {
		const { actor } = contextOf(e);
		const v = formValues(await e.request.formData(), 'statementId', 'to');
		const r = attempt({ themeId: themeOf(e) }, () => themes.linkStatement(app().db, actor, idParam(v.statementId), idParam(v.to)));
		return r.ok ? { saved: Number(v.to) } : r.failure;
	},
	unlink: async (e) => {
		const { actor } = contextOf(e);
		const v = formValues(await e.request.formData(), 'statementId', 'version');
		const id = themeOf(e);
		const r = attempt({ themeId: id }, () => themes.unlinkStatement(app().db, actor, idParam(v.statementId), id, version(v.version)));
		return r.ok ? { saved: id } : r.failure;
	},
	merge: async (e) => {
		const { actor } = contextOf(e);
		const v = formValues(await e.request.formData(), 'into', 'label', 'version');
		const id = themeOf(e);
		const r = attempt({ themeId: id }, () => themes.mergeThemes(app().db, actor, id, idParam(v.into), v.label, { [id]: version(v.version) }));
		return r.ok ? { saved: Number(v.into) } : r.failure;
	},
	split: async (e) => {
		const { actor } = contextOf(e);
		const data = await e.request.formData();
		const v = formValues(data, 'label', 'version');
		const ids = data.getAll('statementId').map((x) => idParam(String(x)));
		const id = themeOf(e);
		const r = attempt({ ...v, themeId: id }, () => themes.splitTheme(app().db, actor, id, ids, v.label, version(v.version)));
		return r.ok ? { saved: r.value } : r.failure;
	}
};
