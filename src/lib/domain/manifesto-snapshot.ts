/**
 * The ids inside a frozen manifesto (a published version), renumbered for an event file and back.
 * A version names rows as they were when it was published; a row removed since has no number in
 * the file, so it gets one of its own after the file's rows (on export) or below zero (on import),
 * the same for every version, which keeps versions comparable with each other and with the draft.
 */
import type { ManifestoInput } from './manifesto';

export type IdKind = 'sector' | 'statement' | 'theme' | 'round' | 'section' | 'pointer' | 'action';
export type Renumber = (kind: IdKind, id: number) => number;

/**
 * A renumbering from the known ids of each kind; an id not known gets `spare(kind, k)` for the k-th
 * such id of its kind (k from 1, in the order they are met), the same one each time it is met.
 */
export function renumbering(
	known: Record<IdKind, ReadonlyMap<number, number>>,
	spare: (kind: IdKind, k: number) => number
): Renumber {
	const extra = new Map<IdKind, Map<number, number>>();
	return (kind, id) => {
		const found = known[kind].get(id);
		if (found !== undefined) return found;
		let mine = extra.get(kind);
		if (!mine) extra.set(kind, (mine = new Map()));
		let n = mine.get(id);
		if (n === undefined) mine.set(id, (n = spare(kind, mine.size + 1)));
		return n;
	};
}

/** The same manifesto with every id renumbered (and, when given, the event's new address). */
export function renumberManifesto(
	m: ManifestoInput,
	to: Renumber,
	slug: string = m.event.slug
): ManifestoInput {
	return {
		event: { ...m.event, slug },
		sectors: m.sectors.map((s) => ({ ...s, id: to('sector', s.id) })),
		statements: m.statements.map((s) => ({
			...s,
			id: to('statement', s.id),
			sectorId: to('sector', s.sectorId)
		})),
		themes: m.themes.map((t) => ({
			...t,
			id: to('theme', t.id),
			memberIds: t.memberIds.map((id) => to('statement', id))
		})),
		sections: m.sections.map((s) => ({ ...s, id: to('section', s.id) })),
		pointers: m.pointers.map((p) => ({
			...p,
			id: to('pointer', p.id),
			sectionId: p.sectionId === null ? null : to('section', p.sectionId),
			themeIds: p.themeIds.map((id) => to('theme', id)),
			roundIds: p.roundIds.map((id) => to('round', id))
		})),
		actions: m.actions.map((a) => ({
			...a,
			id: to('action', a.id),
			pointerId: to('pointer', a.pointerId)
		})),
		outcomes: m.outcomes.map((o) => ({ ...o, statementId: to('statement', o.statementId) })),
		votes: m.votes.map((v) => ({
			...v,
			roundId: to('round', v.roundId),
			themeId: to('theme', v.themeId),
			marksBySector: Object.fromEntries(
				Object.entries(v.marksBySector).map(([sector, marks]) => [
					String(to('sector', Number(sector))),
					marks
				])
			)
		}))
	};
}
