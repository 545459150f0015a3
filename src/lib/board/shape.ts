/** The inside of one theme circle: a label box in the middle and its dots around it. */
import { CHAR_WIDTH_EM } from './labels';

/** Dot radius in layout units; the other lengths are scaled to it. */
export const DOT_RADIUS = 4.5;
/** Sunflower spacing constant: each dot gets π·c² of area, which keeps neighbours ≈2 radii + a hair apart. */
const SPACING = 6.6;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Room between the dots and the label box, and between the outer dots and the ring. */
const GAP = 3;
const RING_PADDING = 5;
/** Label lines in the box, and its width in ems (≈18 characters a line). */
export const LABEL_LINES = 2;
const LABEL_WIDTH_EM = 10.5;
export const LINE_HEIGHT = 1.15;
/** The count line under the label is set smaller than the label. */
export const COUNT_SIZE = 0.8;

/** Size of the label box for a theme of `count` statements: bigger themes get bigger type. */
export function labelBox(
	count: number,
	scale = 1
): { fontSize: number; width: number; height: number; maxChars: number } {
	const fontSize = scale * Math.min(18, Math.max(7.5, 6.5 + 1.1 * Math.sqrt(count)));
	const width = fontSize * LABEL_WIDTH_EM;
	const height = fontSize * LINE_HEIGHT * (LABEL_LINES + COUNT_SIZE);
	return { fontSize, width, height, maxChars: LABEL_WIDTH_EM / CHAR_WIDTH_EM };
}

export interface ThemeShape {
	/** x, y pairs relative to the theme centre, one per member, in member order. */
	offsets: Float64Array;
	radius: number;
	label: ReturnType<typeof labelBox>;
}

const cache = new Map<string, ThemeShape>();

/**
 * Places `count` dots on a sunflower spiral, skipping the positions that fall on the label box, and
 * returns the radius of the circle around both. It depends on the count only, so the radius grows
 * with the count and a theme's dots keep their places when a member is added at the end.
 */
export function themeShape(count: number, scale = 1): ThemeShape {
	const key = `${count}:${scale}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const label = labelBox(count, scale);
	const halfW = label.width / 2 + DOT_RADIUS + GAP;
	const halfH = label.height / 2 + DOT_RADIUS + GAP;
	const offsets = new Float64Array(count * 2);
	let far = Math.hypot(label.width / 2, label.height / 2);
	for (let i = 0, placed = 0; placed < count; i++) {
		const r = SPACING * Math.sqrt(i + 0.5);
		const a = i * GOLDEN_ANGLE;
		const x = r * Math.cos(a);
		const y = r * Math.sin(a);
		if (Math.abs(x) < halfW && Math.abs(y) < halfH) continue;
		offsets[placed * 2] = x;
		offsets[placed * 2 + 1] = y;
		far = Math.max(far, r + DOT_RADIUS);
		placed++;
	}
	const shape = { offsets, radius: far + RING_PADDING, label };
	cache.set(key, shape);
	return shape;
}
