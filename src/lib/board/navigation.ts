/** Spatial keyboard navigation: the arrow keys move to the nearest item in that direction. */
import type { Point } from './types';

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, Point> = {
	left: { x: -1, y: 0 },
	right: { x: 1, y: 0 },
	up: { x: 0, y: -1 },
	down: { x: 0, y: 1 }
};

/** Sideways distance counts this much more than forward distance, so "right" stays on the same row. */
const SIDEWAYS_PENALTY = 2;

/** The arrow key's direction, or null for any other key. */
export function arrowDirection(key: string): Direction | null {
	if (key === 'ArrowLeft') return 'left';
	if (key === 'ArrowRight') return 'right';
	if (key === 'ArrowUp') return 'up';
	if (key === 'ArrowDown') return 'down';
	return null;
}

/** The id of the item nearest to `from` in `direction`, or null when there is none that way. */
export function nearestInDirection<T extends Point & { id: K }, K>(
	items: readonly T[],
	from: Point,
	direction: Direction,
	exclude?: K
): K | null {
	const v = VECTORS[direction];
	let best: K | null = null;
	let bestScore = Infinity;
	for (const item of items) {
		if (item.id === exclude) continue;
		const dx = item.x - from.x;
		const dy = item.y - from.y;
		const forward = dx * v.x + dy * v.y;
		if (forward <= 1e-6) continue;
		const sideways = Math.abs(dx * v.y - dy * v.x);
		const score = forward + SIDEWAYS_PENALTY * sideways;
		if (score < bestScore) {
			bestScore = score;
			best = item.id;
		}
	}
	return best;
}
