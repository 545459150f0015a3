import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { dependency } from '$lib/live-topics';
import { act, formValues, guard, idParam, replayed } from '$lib/server/http';
import { themeActionName } from '$lib/i18n/themes';
import { returningFocus } from '$lib/server/focus-return';
import * as themes from '$lib/server/services/themes';
import { openObjections, resolve } from '$lib/server/services/consent';
import {
	draftRenderings,
	machineLanguages,
	renderingStatus,
	workingRenderings
} from '$lib/server/services/renderings';
import { languageName } from '$lib/domain/languages';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async ({
	locals: { db, actor, event },
	depends,
	isDataRequest
}) => {
	// the themes, the statements in and out of them, and the sectors they come from
	depends(dependency('themes'), dependency('statements'), dependency('event'));
	const page = guard(() => ({
		board: themes.boardOf(db, actor),
		undo: themes.undoState(db, actor),
		suggestions: Object.fromEntries(themes.suggestPlacements(db, actor)),
		history: themes.themeHistory(db, actor),
		objections: openObjections(db, actor),
		status: renderingStatus(db, actor),
		// the engine's run for this event (waiting or running), or how the last one ended: a page
		// rendered here shows it once; a page updating itself keeps track of what it has shown
		engine: themes.engineState(db, actor, { take: !isDataRequest }),
		// what the engine grouped statements in other languages by, shown beside each original
		renderings: Object.fromEntries(
			[...workingRenderings(db, event.id)].map(([id, r]) => [
				id,
				{ title: r.title, text: r.text, machine: r.origin === 'machine' }
			])
		)
	}));
	const locale = getLocale();
	const name = (code: string) => languageName(code, locale, true);
	const { working, missing, machine } = page.status;
	const bridgeable = new Set(await machineLanguages(db, actor));
	return {
		...page,
		languages: working && {
			working: name(working),
			workingCode: working,
			missing: missing.map((x) => ({ ...x, name: name(x.lang), machine: bridgeable.has(x.lang) })),
			machine,
			canDraft: bridgeable.size > 0
		}
	};
};

// The theme acted on comes from the form's URL (?/describe&theme=12), never from a hidden field.
const themeOf = (e: RequestEvent) => idParam(e.url.searchParams.get('theme'));
const version = (v: string) => (v ? Number(v) : undefined);

/** What the form shows of the engine's answer: the proposal, the preview, or why there is none. */
function answer(a: Awaited<ReturnType<typeof themes.runEngine>>, k: string) {
	if ('waiting' in a) return { waiting: a.waiting, busy: a.busy, k };
	const o = a.done;
	if ('result' in o)
		return {
			proposed: o.result.created,
			shortfall: o.result.shortfall,
			meaning: o.result.meaning,
			k
		};
	if ('preview' in o) return { preview: o.preview, k };
	return { outcome: o, k };
}

// a form naming a focus target (&focus=theme-4) returns to it (see $lib/server/focus-return)
export const actions: Actions = returningFocus<Actions>({
	/** Keeps the decision a rapporteur objected to, or marks it to revisit (?/resolveObjection&consent=3). */
	resolveObjection: async ({ locals: { db, actor }, request, url }) => {
		const id = idParam(url.searchParams.get('consent'));
		const { resolution } = formValues(await request.formData(), 'resolution');
		return act({ consentId: String(id) }, () => ({ resolved: resolve(db, actor, id, resolution) }));
	},
	/** Drafts renderings in the working language with Apertium, where it has the languages. */
	draftRenderings: ({ locals: { db, actor } }) =>
		act({}, async () => ({ drafted: await draftRenderings(db, actor) })),
	/**
	 * Proposes themes, k of them when the facilitator gave a number (the field "k"), or previews
	 * what that would change. A run that takes longer than a few seconds goes on without the
	 * request: the page says where it stands (waiting, its place in line, or running).
	 */
	propose: async ({ locals: { db, actor }, request }) => {
		const v = formValues(await request.formData(), 'k');
		return act(v, async () => answer(await themes.runEngine(db, actor, 'propose', v.k), v.k));
	},
	preview: async ({ locals: { db, actor }, request }) => {
		const v = formValues(await request.formData(), 'k');
		return act(v, async () => answer(await themes.runEngine(db, actor, 'preview', v.k), v.k));
	},
	/** Cancels this event's proposal or preview, waiting or running. */
	cancelEngine: ({ locals: { db, actor } }) =>
		act({}, () => ({ engineCancelled: themes.cancelEngine(db, actor) })),
	// an undo that cannot apply is skipped, with a message saying why (the next undo takes the step before)
	undo: ({ locals: { db, actor } }) =>
		act({}, () =>
			replayed(themes.undo(db, actor), 'undo', themeActionName, (undone) => ({ undone }))
		),
	redo: ({ locals: { db, actor } }) =>
		act({}, () =>
			replayed(themes.redo(db, actor), 'redo', themeActionName, (redone) => ({ redone }))
		),
	create: async ({ locals: { db, actor }, request }) => {
		const { label } = formValues(await request.formData(), 'label');
		return act({ newLabel: label }, () => ({ saved: themes.createManualTheme(db, actor, label) }));
	},
	/** Places an unassigned statement in a theme. */
	place: async ({ locals: { db, actor }, request }) => {
		const v = formValues(await request.formData(), 'statementId', 'to');
		return act(
			{},
			() => (
				themes.moveStatement(db, actor, idParam(v.statementId), null, idParam(v.to)),
				{ saved: Number(v.to) }
			)
		);
	},
	describe: async (e) => {
		const { db, actor } = e.locals;
		const v = formValues(await e.request.formData(), 'label', 'description', 'version');
		const id = themeOf(e);
		return act(
			{ ...v, themeId: String(id) },
			() => (themes.describeTheme(db, actor, id, v, version(v.version)), { saved: id })
		);
	},
	status: async (e) => {
		const { db, actor } = e.locals;
		const v = formValues(await e.request.formData(), 'status', 'version');
		const id = themeOf(e);
		return act(
			{ themeId: String(id) },
			() => (themes.setThemeStatus(db, actor, id, v.status, version(v.version)), { saved: id })
		);
	},
	move: async (e) => {
		const { db, actor } = e.locals;
		const v = formValues(await e.request.formData(), 'statementId', 'to', 'version');
		const id = themeOf(e);
		return act({ themeId: String(id) }, () => {
			themes.moveStatement(db, actor, idParam(v.statementId), id, idParam(v.to), {
				[id]: version(v.version)
			});
			return { saved: Number(v.to) };
		});
	},
	link: async (e) => {
		const { db, actor } = e.locals;
		const v = formValues(await e.request.formData(), 'statementId', 'to');
		return act(
			{ themeId: String(themeOf(e)) },
			() => (
				themes.linkStatement(db, actor, idParam(v.statementId), idParam(v.to)),
				{ saved: Number(v.to) }
			)
		);
	},
	unlink: async (e) => {
		const { db, actor } = e.locals;
		const v = formValues(await e.request.formData(), 'statementId', 'version');
		const id = themeOf(e);
		return act(
			{ themeId: String(id) },
			() => (
				themes.unlinkStatement(db, actor, idParam(v.statementId), id, version(v.version)),
				{ saved: id }
			)
		);
	},
	merge: async (e) => {
		const { db, actor } = e.locals;
		const v = formValues(await e.request.formData(), 'into', 'label', 'version');
		const id = themeOf(e);
		return act({ themeId: String(id) }, () => {
			themes.mergeThemes(db, actor, id, idParam(v.into), v.label, { [id]: version(v.version) });
			return { saved: Number(v.into) };
		});
	},
	split: async (e) => {
		const { db, actor } = e.locals;
		const data = await e.request.formData();
		const v = formValues(data, 'label', 'version');
		const ids = data.getAll('statementId').map((x) => idParam(String(x)));
		const id = themeOf(e);
		return act({ ...v, themeId: String(id) }, () => ({
			saved: themes.splitTheme(db, actor, id, ids, v.label, version(v.version))
		}));
	}
});
