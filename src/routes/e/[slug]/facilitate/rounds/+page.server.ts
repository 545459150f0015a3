import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { app } from '$lib/server/context';
import { attempt, contextOf, guard, idParam } from '$lib/server/http';
import * as voting from '$lib/server/services/voting';
import { boardOf } from '$lib/server/services/themes';

export const load: PageServerLoad = (e) => {
	const { actor } = contextOf(e);
	const { db } = app();
	const board = guard(() => boardOf(db, actor));
	return {
		themes: board.themes.filter((t) => t.status !== 'discarded').map((t) => ({ id: t.id, label: t.label, status: t.status, size: t.members.length })),
		rounds: voting.roundsWithTurnout(db, actor)
	};
};

const roundOf = (e: RequestEvent) => idParam(e.url.searchParams.get('round') ?? undefined);

export const actions: Actions = {
	create: async (e) => {
		const { actor } = contextOf(e);
		const data = await e.request.formData();
		const text = (k: string) => String(data.get(k) ?? '');
		const values = {
			title: text('title'),
			method: text('method'),
			dotsPerPerson: text('dotsPerPerson'),
			maxDotsPerTheme: text('maxDotsPerTheme'),
			prioritySignal: data.get('prioritySignal') === 'on',
			resultsVisibility: text('resultsVisibility'),
			timerMinutes: text('timerMinutes'),
			themeIds: data.getAll('themeId').map((x) => Number(x)).filter((x) => Number.isInteger(x) && x > 0)
		};
		const r = attempt(values, () => voting.createRound(app().db, actor, values));
		return r.ok ? { created: r.value } : r.failure;
	},
	open: (e) => {
		const { actor } = contextOf(e);
		const r = attempt({}, () => voting.setRoundStatus(app().db, actor, roundOf(e), 'open'));
		return r.ok ? { opened: true } : r.failure;
	},
	close: (e) => {
		const { actor } = contextOf(e);
		const r = attempt({}, () => voting.setRoundStatus(app().db, actor, roundOf(e), 'closed'));
		return r.ok ? { closed: true } : r.failure;
	}
};
