import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { act, formValues, guard, idParam } from '$lib/server/http';
import * as voting from '$lib/server/services/voting';
import { boardOf } from '$lib/server/services/themes';
import { dependency } from '$lib/live-topics';

export const load: PageServerLoad = ({ locals: { db, actor }, depends }) => {
	// the rounds with their turnout, and the themes a new round may take (sized by their active statements)
	depends(
		dependency('rounds'),
		dependency('ballots'),
		dependency('themes'),
		dependency('statements')
	);
	const board = guard(() => boardOf(db, actor));
	return {
		themes: board.themes
			.filter((t) => t.status !== 'discarded')
			.map((t) => ({ id: t.id, label: t.label, status: t.status, size: t.members.length })),
		rounds: voting.roundsWithTurnout(db, actor)
	};
};

// The round acted on comes from the form's URL (?/open&round=12), never from a hidden field.
const roundOf = (e: RequestEvent) => idParam(e.url.searchParams.get('round'));

export const actions: Actions = {
	create: async ({ locals: { db, actor }, request }) => {
		const data = await request.formData();
		const values = formValues(
			data,
			'title',
			'method',
			'dotsPerPerson',
			'maxDotsPerTheme',
			'prioritySignal',
			'resultsVisibility',
			'timerMinutes'
		);
		const themeIds = data
			.getAll('themeId')
			.map((x) => Number(x))
			.filter((x) => Number.isInteger(x) && x > 0);
		return act(values, () => ({
			created: voting.createRound(db, actor, {
				...values,
				prioritySignal: values.prioritySignal === 'on',
				themeIds
			})
		}));
	},
	open: async (e) => {
		// outside the voting phase the facilitator chose: move the event to voting, or keep its phase
		const outside = (await e.request.formData()).get('outside');
		const choice = outside === 'move' || outside === 'keep' ? outside : undefined;
		return act(
			{},
			() => (
				voting.setRoundStatus(e.locals.db, e.locals.actor, roundOf(e), 'open', choice),
				{ opened: true }
			)
		);
	},
	close: (e) =>
		act(
			{},
			() => (
				voting.setRoundStatus(e.locals.db, e.locals.actor, roundOf(e), 'closed'),
				{ closed: true }
			)
		)
};
