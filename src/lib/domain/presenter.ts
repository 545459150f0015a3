/** What the presenter screen can show and how a change applies (a plain module: pages load it; the form's schema is in presenter-schema.ts). */
import type { PresenterInput } from './presenter-schema';

/** The views of the presenter screen, in the order of the facilitator's buttons and number keys. */
export const PRESENTER_VIEWS = ['join', 'board', 'grid', 'round', 'coverage', 'manifesto'] as const;
export type PresenterView = (typeof PRESENTER_VIEWS)[number];

/** A page number beyond this is a mistake: no view of a workshop has a hundred screens. */
export const PRESENTER_PAGE_MAX = 99;

/** What the presenter shows, as the facilitator set it. */
export interface PresenterState {
	view: PresenterView;
	/** the round of the round view; null: the open round, else the newest */
	roundId: number | null;
	/** the page of a view too long for one screen, counted from 0 (the screen wraps it round) */
	page: number;
	highContrast: boolean;
}

/** What a screen shows before any facilitator set it: how to join. */
export const DEFAULT_PRESENTER: PresenterState = {
	view: 'join',
	roundId: null,
	page: 0,
	highContrast: false
};

/** The state after a change; `roundId` is the round already checked to be the event's. */
export function applyPresenterInput(state: PresenterState, input: PresenterInput): PresenterState {
	const view = input.round !== undefined ? 'round' : (input.view ?? state.view);
	// another view, or another round, starts on its first page
	const moved = view !== state.view || (input.round !== undefined && input.round !== state.roundId);
	const page =
		input.page === 'first' || (moved && input.page === undefined)
			? 0
			: input.page === 'next'
				? Math.min(PRESENTER_PAGE_MAX, state.page + 1)
				: input.page === 'previous'
					? Math.max(0, state.page - 1)
					: state.page;
	return {
		view,
		roundId: input.round ?? state.roundId,
		page,
		highContrast: input.contrast === undefined ? state.highContrast : input.contrast === 'on'
	};
}
