/** SQL for what the presenter screen of an event shows. */
import type { Db } from './connection';
import type { PresenterState, PresenterView } from '$lib/domain/presenter';

interface PresenterRow {
	view: PresenterView;
	round_id: number | null;
	page: number;
	high_contrast: number;
}

/** The presenter's state, or null when no facilitator has set it yet. */
export function findPresenter(db: Db, eventId: number): PresenterState | null {
	const r = db
		.prepare('SELECT view, round_id, page, high_contrast FROM presenter WHERE event_id = ?')
		.get(eventId) as PresenterRow | undefined;
	return r
		? { view: r.view, roundId: r.round_id, page: r.page, highContrast: r.high_contrast === 1 }
		: null;
}

/** Stores the presenter's state, creating its row the first time. */
export function updatePresenter(db: Db, eventId: number, state: PresenterState, now: string): void {
	db.prepare(
		`INSERT INTO presenter (event_id, view, round_id, page, high_contrast, updated_at)
		 VALUES (?, ?, ?, ?, ?, ?)
		 ON CONFLICT (event_id) DO UPDATE SET view = excluded.view, round_id = excluded.round_id,
		   page = excluded.page, high_contrast = excluded.high_contrast, updated_at = excluded.updated_at`
	).run(eventId, state.view, state.roundId, state.page, state.highContrast ? 1 : 0, now);
}
