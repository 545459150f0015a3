/** Pure look-ups over a laid-out board: keyboard stops, dots by key, the theme under a point, counts. */
import type { BoardLayout, BoardSector, DotLayout, Point } from './types';

/** A keyboard stop at the theme level: a theme ("t:12") or the unassigned lane ("lane"). */
export interface Stop extends Point {
	id: string;
	themeId: number | null;
	r: number;
	label: string;
}

/** The theme-level stops in reading order, each with its centre (for arrow-key navigation). */
export function themeStops(layout: BoardLayout, laneLabel: string): Stop[] {
	const stops: Stop[] = layout.themes.map((t) => ({
		id: `t:${t.id}`,
		themeId: t.id,
		x: t.x,
		y: t.y,
		r: t.r,
		label: t.theme.label
	}));
	const lane = layout.lane;
	if (lane)
		stops.push({
			id: 'lane',
			themeId: null,
			x: lane.x + lane.width / 2,
			y: lane.y + lane.height / 2,
			r: lane.height / 2,
			label: laneLabel
		});
	return stops;
}

/** The key of the theme-level stop a dot belongs to. */
export function stopOf(dot: DotLayout): string {
	return dot.themeId === null ? 'lane' : `t:${dot.themeId}`;
}

/** Every sector by its id. */
export function sectorsById(sectors: readonly BoardSector[]): Map<number, BoardSector> {
	return new Map(sectors.map((s) => [s.id, s]));
}

/** Every dot by its key. */
export function dotsByKey(layout: BoardLayout): Map<string, DotLayout> {
	const all = layout.themes.flatMap((t) => t.dots).concat(layout.lane?.dots ?? []);
	return new Map(all.map((d) => [d.key, d]));
}

/** The dots of one stop, as navigation items. */
export function dotsOf(layout: BoardLayout, stop: string | null): (Point & { id: string })[] {
	const dots =
		stop === 'lane'
			? (layout.lane?.dots ?? [])
			: (layout.themes.find((t) => `t:${t.id}` === stop)?.dots ?? []);
	return dots.map((d) => ({ id: d.key, x: d.x, y: d.y }));
}

/** The theme whose circle holds the point, other than `except`; null over empty space. */
export function themeAt(layout: BoardLayout, p: Point, except: number | null): number | null {
	for (const t of layout.themes)
		if (t.id !== except && (p.x - t.x) ** 2 + (p.y - t.y) ** 2 <= t.r * t.r) return t.id;
	return null;
}

/** How many themes hold each statement (a cross-cutting statement sits in two). */
export function themeCounts(layout: BoardLayout): Map<number, number> {
	const counts = new Map<number, number>();
	for (const t of layout.themes)
		for (const d of t.dots) counts.set(d.statement.id, (counts.get(d.statement.id) ?? 0) + 1);
	return counts;
}

/** Distinct statements per sector on the board, for the legend. */
export function sectorCounts(layout: BoardLayout): Map<number, number> {
	const seen = new Map<number, number>();
	for (const d of layout.themes.flatMap((t) => t.dots).concat(layout.lane?.dots ?? []))
		seen.set(d.statement.id, d.statement.sectorId);
	const counts = new Map<number, number>();
	for (const sectorId of seen.values()) counts.set(sectorId, (counts.get(sectorId) ?? 0) + 1);
	return counts;
}

/** The drawn item an event happened on (a theme, the lane or a dot), from its data-key and data-kind. */
export function itemOf(e: Event): { key: string; kind: string } | null {
	const el = (e.target as Element | null)?.closest?.('[data-key]') as SVGElement | null;
	return el ? { key: el.dataset.key!, kind: el.dataset.kind! } : null;
}
