/** `layoutBoard`: themes, their dots and the unassigned lane, in layout units, computed once. */
import { wrapLabel } from './labels';
import { placeCircles } from './place';
import { DOT_RADIUS, LABEL_LINES, themeShape } from './shape';
import type {
	BoardData,
	BoardLayout,
	BoardStatement,
	DotLayout,
	LaneLayout,
	LayoutOptions,
	Point,
	ThemeLayout
} from './types';

/** Boards are mostly seen on landscape screens (laptops, projectors): a first layout is this much wider than high. */
const DEFAULT_ASPECT = 1.7;
/** Space between the themes and the lane, and inside the lane around its dots. */
const LANE_GAP = 28;
const LANE_PADDING = 12;
/** Distance between dot centres in the lane's grid. */
const LANE_STEP = DOT_RADIUS * 2 + 4;
/** The lane is never narrower than this, so that a board with one theme still has a usable lane. */
const LANE_MIN_WIDTH = 320;

/** Members in legend order (then by similarity, best first, then id), so each sector forms a band. */
function orderMembers(
	members: readonly BoardStatement[],
	sectorRank: ReadonlyMap<number, number>
): BoardStatement[] {
	const rank = (s: BoardStatement) => sectorRank.get(s.sectorId) ?? Number.MAX_SAFE_INTEGER;
	return [...members].sort(
		(a, b) => rank(a) - rank(b) || (b.similarity ?? -1) - (a.similarity ?? -1) || a.id - b.id
	);
}

function themeLayouts(data: BoardData, options: LayoutOptions): ThemeLayout[] {
	const scale = options.labelScale ?? 1;
	const sectorRank = new Map(data.sectors.map((s, i) => [s.id, i]));
	const themes = data.themes.filter((t) => t.status !== 'discarded');
	const shapes = new Map(themes.map((t) => [t.id, themeShape(t.members.length, scale)]));
	const centres = placeCircles(
		themes.map((t) => ({ id: t.id, r: shapes.get(t.id)!.radius })),
		options.previous ?? new Map(),
		options.aspect ?? DEFAULT_ASPECT
	);
	return themes
		.map((theme) => {
			const shape = shapes.get(theme.id)!;
			const { x, y } = centres.get(theme.id)!;
			const members = orderMembers(theme.members, sectorRank);
			const dots: DotLayout[] = members.map((statement, i) => ({
				key: `${theme.id}:${statement.id}`,
				statement,
				themeId: theme.id,
				x: x + shape.offsets[i * 2],
				y: y + shape.offsets[i * 2 + 1]
			}));
			const { lines, truncated } = wrapLabel(theme.label, shape.label.maxChars, LABEL_LINES);
			const sectorIds = [...new Set(members.map((s) => s.sectorId))];
			return {
				id: theme.id,
				theme,
				x,
				y,
				r: shape.radius,
				fontSize: shape.label.fontSize,
				lines,
				truncated,
				sectorIds,
				dots
			};
		})
		.sort((a, b) => a.id - b.id);
}

function themeBounds(themes: readonly ThemeLayout[]): {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
} {
	if (themes.length === 0) return { x0: 0, y0: 0, x1: 0, y1: 0 };
	return {
		x0: Math.min(...themes.map((t) => t.x - t.r)),
		y0: Math.min(...themes.map((t) => t.y - t.r)),
		x1: Math.max(...themes.map((t) => t.x + t.r)),
		y1: Math.max(...themes.map((t) => t.y + t.r))
	};
}

function laneLayout(
	statements: readonly BoardStatement[],
	below: ReturnType<typeof themeBounds>,
	data: BoardData,
	scale: number
): LaneLayout {
	const sectorRank = new Map(data.sectors.map((s, i) => [s.id, i]));
	const width = Math.max(LANE_MIN_WIDTH, below.x1 - below.x0);
	const x = (below.x0 + below.x1) / 2 - width / 2;
	const y = below.y1 + LANE_GAP;
	const fontSize = 11 * scale;
	const columns = Math.max(1, Math.floor((width - 2 * LANE_PADDING) / LANE_STEP));
	const rows = Math.ceil(statements.length / columns);
	const top = y + LANE_PADDING + fontSize * 1.6;
	const dots = orderMembers(statements, sectorRank).map((statement, i) => ({
		key: `lane:${statement.id}`,
		statement,
		themeId: null,
		x: x + LANE_PADDING + DOT_RADIUS + (i % columns) * LANE_STEP,
		y: top + DOT_RADIUS + Math.floor(i / columns) * LANE_STEP
	}));
	const height = top - y + Math.max(1, rows) * LANE_STEP + LANE_PADDING;
	return { x, y, width, height, fontSize, dots };
}

/**
 * Lays the board out: theme circles sized by their member count, dots inside them in sector
 * bands, and the unassigned statements in a lane underneath. Deterministic for the same input;
 * with `options.previous` the themes still present stay where they were. Pure: no DOM, no clock.
 */
export function layoutBoard(data: BoardData, options: LayoutOptions = {}): BoardLayout {
	const themes = themeLayouts(data, options);
	const box = themeBounds(themes);
	const lane =
		data.unassigned.length > 0
			? laneLayout(data.unassigned, box, data, options.labelScale ?? 1)
			: null;
	const x0 = Math.min(box.x0, lane?.x ?? Infinity);
	const x1 = Math.max(box.x1, lane ? lane.x + lane.width : -Infinity);
	const y1 = lane ? lane.y + lane.height : box.y1;
	const positions = new Map<number, Point>(themes.map((t) => [t.id, { x: t.x, y: t.y }]));
	return {
		themes,
		lane,
		dotRadius: DOT_RADIUS,
		bounds: { x: x0, y: box.y0, width: x1 - x0, height: y1 - box.y0 },
		positions
	};
}
