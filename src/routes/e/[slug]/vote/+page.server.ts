import type { Actions, PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { attempt, contextOf, guard } from '$lib/server/http';
import * as voting from '$lib/server/services/voting';
import { boardOf } from '$lib/server/services/themes';
import type { BallotEntry } from '$lib/domain/tally';

export const load: PageServerLoad = (e) => {
	const { actor } = contextOf(e);
	const { db } = app();
	const round = guard(() => voting.openRound(db, actor));
	const labels = new Map(boardOf(db, actor).themes.map((t) => [t.id, { label: t.label, description: t.description }]));
	return {
		round,
		themes: round ? round.themeIds.map((id) => ({ id, ...(labels.get(id) ?? { label: '', description: '' }) })) : [],
		ballot: round ? voting.myBallot(db, actor, round.id) : null,
		lastClosed: voting.listRounds(db, actor).find((r) => r.status === 'closed') ?? null,
		// a facilitator records the ballot of someone without a phone
		proxy: actor?.role === 'facilitator' && e.url.searchParams.has('proxy')
	};
};

export const actions: Actions = {
	default: async (e) => {
		const { actor } = contextOf(e);
		const data = await e.request.formData();
		const roundId = Number(data.get('round'));
		const round = guard(() => voting.openRound(app().db, actor));
		// the form names each theme's fields after its id: value-12, priority-12, reason-12
		const entries: BallotEntry[] = (round?.themeIds ?? []).flatMap((id) => {
			const raw = data.get(`value-${id}`);
			const value = raw === null || raw === '' ? 0 : Number(raw);
			const priority = data.get(`priority-${id}`) === 'on';
			const reason = String(data.get(`reason-${id}`) ?? '');
			if (round!.method === 'consent' && value === 0) return [];
			return [{ themeId: id, value, priority: priority || undefined, reason: reason || undefined }];
		});
		const values = Object.fromEntries([...data.entries()].filter(([, v]) => typeof v === 'string'));
		const id = round && round.id === roundId ? roundId : -1;
		if (e.url.searchParams.has('proxy')) {
			const person = { displayName: String(data.get('displayName') ?? ''), declaredSectorId: String(data.get('declaredSectorId') ?? '') };
			const r = attempt(values, () => voting.castProxyBallot(app().db, actor, id, entries, person));
			return r.ok ? { savedProxy: true } : r.failure;
		}
		const r = attempt(values, () => voting.castBallot(app().db, actor, id, entries));
		return r.ok ? { saved: true } : r.failure;
	}
};
