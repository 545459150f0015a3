/**
 * The floor's suggestions: anyone in the event proposes from their phone that two themes say the
 * same thing, others add their support, and a facilitator applies one (the same merge step the
 * board makes, logged and undoable) or dismisses it, in one step in front of the room.
 */
import type { Db } from '../db/connection';
import * as repo from '../db/suggestions';
import { listMembers, listThemes, type ThemeRow } from '../db/themes';
import { listStatements } from '../db/statements';
import { getEvent } from '../db/events';
import { appendChange } from '../db/change-log';
import type { Actor } from '$lib/domain/types';
import { check } from '$lib/domain/text-schema';
import { mergeSuggestionInput } from '$lib/domain/suggestion-schema';
import {
	mergeDirection,
	orderedPair,
	suggestionsOpen,
	type SuggestedTheme,
	type Suggestion
} from '$lib/domain/suggestion-rules';
import { requireRole } from './access';
import { ensure, Refusal } from './errors';
import { now } from './clock';
import { publish } from '../live';
import { mergeThemes } from './themes';

/** The event's live themes (not discarded), each with its size (active statements, as the board counts) and whether a merge may delete it. */
function liveThemes(db: Db, eventId: number) {
	const active = new Set(listStatements(db, eventId, { status: 'active' }).map((s) => s.id));
	const sizes = new Map<number, number>();
	for (const m of listMembers(db, eventId))
		if (active.has(m.statementId)) sizes.set(m.themeId, (sizes.get(m.themeId) ?? 0) + 1);
	const inUse = new Set(repo.listThemesInUse(db, eventId));
	return new Map(
		listThemes(db, eventId)
			.filter((t) => t.status !== 'discarded')
			.map((t) => [t.id, { theme: t, size: sizes.get(t.id) ?? 0, inUse: inUse.has(t.id) }])
	);
}

type Live = ReturnType<typeof liveThemes>;

/** Which theme of a suggestion a merge keeps, or null when a theme is gone (the suggestion is stale). */
function direction(live: Live, s: repo.SuggestionRow) {
	const low = live.get(s.themeLow);
	const high = live.get(s.themeHigh);
	if (!low || !high) return null;
	const d = mergeDirection(
		{ id: low.theme.id, size: low.size, inUse: low.inUse },
		{ id: high.theme.id, size: high.size, inUse: high.inUse }
	);
	const [kept, joining] = d?.kept === high.theme.id ? [high, low] : [low, high];
	return { kept, joining, blocked: d === null };
}

const named = (x: { theme: ThemeRow; size: number }): SuggestedTheme => ({
	id: x.theme.id,
	label: x.theme.label,
	size: x.size
});

/** The open suggestions whose themes are both still live, most supported first (stale ones are left out). */
export function suggestionsOf(db: Db, actor: Actor | null): Suggestion[] {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	const live = liveThemes(db, a.eventId);
	const mine = new Set(repo.listSupportedBy(db, a.eventId, a.participantId));
	return repo.listOpenSuggestions(db, a.eventId).flatMap((s) => {
		const d = direction(live, s);
		if (!d) return [];
		return [
			{
				id: s.id,
				kept: named(d.kept),
				joining: named(d.joining),
				supporters: s.supporters,
				mine: mine.has(s.id),
				blocked: d.blocked
			}
		];
	});
}

/** What the suggest page shows: whether the floor may suggest now, the themes to pick from, and the open suggestions. */
export function floorOf(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator', 'rapporteur', 'participant');
	const statements = new Map(
		listStatements(db, a.eventId, { status: 'active' }).map((s) => [s.id, s])
	);
	const themes = [...liveThemes(db, a.eventId).values()].map(({ theme, size }) => {
		const representative = theme.representativeId ? statements.get(theme.representativeId) : null;
		return {
			...named({ theme, size }),
			// what the theme is about, in the words of its description or of its most typical statement
			hint: theme.description || representative?.text || ''
		};
	});
	return {
		open: suggestionsOpen(getEvent(db, a.eventId).phase),
		themes,
		suggestions: suggestionsOf(db, a)
	};
}

function log(db: Db, a: Actor, action: string, id: number, after: unknown, t: string) {
	appendChange(
		db,
		{
			eventId: a.eventId,
			actorId: a.participantId,
			actorRole: a.role,
			action,
			entity: 'suggestion',
			entityId: id,
			before: null,
			after
		},
		t
	);
}

/** An open suggestion of the event whose themes are both live, and which way a merge goes. */
function openSuggestion(db: Db, a: Actor, id: number) {
	const s = repo.findSuggestion(db, a.eventId, id);
	ensure(s, 'not_found');
	ensure(s.status === 'open', 'conflict');
	const d = direction(liveThemes(db, a.eventId), s);
	ensure(d, 'conflict');
	return { s, d };
}

/**
 * Suggests that two live themes (the form's two ticked `themes`) say the same thing, or supports
 * the open suggestion of that pair (in either order): a person counts once. Only while the floor may suggest (`suggestionsOpen`).
 */
export function suggestMerge(
	db: Db,
	actor: Actor | null,
	raw: { themes?: unknown }
): { id: number; supporters: number } {
	const a = requireRole(actor, 'participant', 'rapporteur', 'facilitator');
	ensure(suggestionsOpen(getEvent(db, a.eventId).phase), 'suggestions_closed');
	const input = check(mergeSuggestionInput, raw);
	if (!input.ok) throw new Refusal('invalid', input.errors);
	const [themeA, themeB] = input.value.themes;
	const out = db.transaction(() => {
		const live = liveThemes(db, a.eventId);
		ensure(live.has(themeA) && live.has(themeB), 'invalid', { themes: 'theme_gone' });
		const [themeLow, themeHigh] = orderedPair(themeA, themeB);
		const t = now();
		const found = repo.findOpenSuggestion(db, a.eventId, themeLow, themeHigh);
		const id =
			found?.id ??
			repo.createSuggestion(
				db,
				{ eventId: a.eventId, themeLow, themeHigh, createdBy: a.participantId },
				t
			);
		if (repo.createSupporter(db, id, a.participantId, t))
			log(
				db,
				a,
				found ? 'suggestion.support' : 'suggestion.create',
				id,
				{ themeLow, themeHigh },
				t
			);
		return { id, supporters: repo.findSuggestion(db, a.eventId, id)!.supporters };
	})();
	publish(a.eventId, 'suggestions');
	return out;
}

/** Adds the person's support to an open suggestion ("+1"); a person counts once. */
export function supportSuggestion(db: Db, actor: Actor | null, id: number): number {
	const a = requireRole(actor, 'participant', 'rapporteur', 'facilitator');
	ensure(suggestionsOpen(getEvent(db, a.eventId).phase), 'suggestions_closed');
	const supporters = db.transaction(() => {
		const { s } = openSuggestion(db, a, id);
		const t = now();
		if (repo.createSupporter(db, id, a.participantId, t))
			log(db, a, 'suggestion.support', id, { themeLow: s.themeLow, themeHigh: s.themeHigh }, t);
		return repo.findSuggestion(db, a.eventId, id)!.supporters;
	})();
	publish(a.eventId, 'suggestions');
	return supporters;
}

/** Takes the person's support back; a suggestion nobody supports any more is gone. */
export function withdrawSupport(db: Db, actor: Actor | null, id: number): void {
	const a = requireRole(actor, 'participant', 'rapporteur', 'facilitator');
	db.transaction(() => {
		const s = repo.findSuggestion(db, a.eventId, id);
		ensure(s && s.status === 'open', 'not_found');
		ensure(repo.deleteSupporter(db, id, a.participantId), 'not_found');
		if (s.supporters <= 1) repo.deleteSuggestion(db, id);
		log(db, a, 'suggestion.withdraw', id, { themeLow: s.themeLow, themeHigh: s.themeHigh }, now());
	})();
	publish(a.eventId, 'suggestions');
}

/**
 * Applies a suggestion: the same merge step as the board's (logged as `themes.merge`, undone by
 * the facilitator's undo), the joining theme into the kept one, and the suggestion marked applied,
 * in one transaction. Returns the id of the theme kept.
 */
export function applySuggestion(db: Db, actor: Actor | null, id: number): number {
	const a = requireRole(actor, 'facilitator');
	const kept = db.transaction(() => {
		const { d } = openSuggestion(db, a, id);
		ensure(!d.blocked, 'conflict');
		const t = now();
		repo.updateSuggestionStatus(db, id, 'applied', a.participantId, t);
		log(db, a, 'suggestion.apply', id, { kept: d.kept.theme.id, joining: d.joining.theme.id }, t);
		// last, so nothing after it can fail: its own transaction nests in this one, and the notice
		// it publishes goes out after the commit (notices are gathered for a moment first)
		mergeThemes(db, a, d.joining.theme.id, d.kept.theme.id);
		return d.kept.theme.id;
	})();
	publish(a.eventId, 'suggestions');
	return kept;
}

/** Dismisses a suggestion: it leaves the board and the phones, and the pair may be raised again. */
export function dismissSuggestion(db: Db, actor: Actor | null, id: number): void {
	const a = requireRole(actor, 'facilitator');
	db.transaction(() => {
		const s = repo.findSuggestion(db, a.eventId, id);
		ensure(s, 'not_found');
		const t = now();
		ensure(repo.updateSuggestionStatus(db, id, 'dismissed', a.participantId, t), 'conflict');
		log(db, a, 'suggestion.dismiss', id, { themeLow: s.themeLow, themeHigh: s.themeHigh }, t);
	})();
	publish(a.eventId, 'suggestions');
}
