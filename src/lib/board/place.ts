/** Where the theme circles go: kept where they were, new ones in free space, never overlapping. */
import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { packEnclose, packSiblings } from 'd3-hierarchy';
import type { Point } from './types';

/** Clear space between two theme circles, in layout units (room for rings and drop highlights). */
export const THEME_GAP = 12;
/** Ticks of the settling simulation; 150 themes come to rest well within this. */
const TICKS = 120;
/**
 * A first layout: ticks, and the pull towards the middle (stronger vertically by aspect², which gives
 * a layout about `aspect` wide), then rounds of pairwise separation. Tuned on 8, 20 and 150 themes for
 * an oval filling about half its bounding box, in well under the 150 ms budget.
 */
const FIRST_TICKS = 80;
const FIRST_PULL = 0.03;
const FIRST_SEPARATE_ROUNDS = 60;
/** How strongly a theme is pulled back to where it was, against being pushed by a grown neighbour. */
const ANCHOR_STRENGTH = 0.25;
/** Directions tried around each placed circle when looking for room for a new one. */
const CANDIDATE_ANGLES = 16;
/** Above this many new themes (a re-proposal) they are packed together and placed as one block: faster, and tidier. */
const BLOCK_THRESHOLD = 12;

export interface Circle {
	id: number;
	r: number;
}

interface Node extends SimulationNodeDatum, Circle {
	x: number;
	y: number;
	ax: number;
	ay: number;
}

/** Sorts big themes first, then by id, so that every run places them in the same order. */
function bySizeThenId(a: Circle, b: Circle): number {
	return b.r - a.r || a.id - b.id;
}

function overlaps(x: number, y: number, r: number, placed: readonly Node[]): boolean {
	for (const p of placed) {
		const min = r + p.r + THEME_GAP - 1e-6;
		const dx = x - p.x;
		const dy = y - p.y;
		if (dx * dx + dy * dy < min * min) return true;
	}
	return false;
}

/** First free spot touching a placed circle, nearest to the centre of what is already there. */
function freeSpot(r: number, placed: readonly Node[]): Point {
	let cx = 0;
	let cy = 0;
	for (const p of placed) {
		cx += p.x / placed.length;
		cy += p.y / placed.length;
	}
	const candidates: (Point & { d: number })[] = [];
	for (const p of placed) {
		const reach = p.r + r + THEME_GAP;
		for (let k = 0; k < CANDIDATE_ANGLES; k++) {
			const a = (k / CANDIDATE_ANGLES) * 2 * Math.PI;
			const x = p.x + reach * Math.cos(a);
			const y = p.y + reach * Math.sin(a);
			candidates.push({ x, y, d: (x - cx) ** 2 + (y - cy) ** 2 });
		}
	}
	candidates.sort((a, b) => a.d - b.d || a.x - b.x || a.y - b.y);
	for (const c of candidates) if (!overlaps(c.x, c.y, r, placed)) return c;
	return { x: cx, y: cy }; // unreachable: the outermost candidate is always free
}

/** Pushes overlapping pairs apart until none is left (the simulation leaves at most slivers). */
function separate(nodes: Node[], rounds: number): void {
	for (let round = 0; round < rounds; round++) {
		let moved = false;
		for (let i = 0; i < nodes.length; i++) {
			for (let j = i + 1; j < nodes.length; j++) {
				const a = nodes[i];
				const b = nodes[j];
				const min = a.r + b.r + THEME_GAP;
				let dx = b.x - a.x;
				let dy = b.y - a.y;
				const d2 = dx * dx + dy * dy;
				if (d2 >= min * min) continue;
				let d = Math.sqrt(d2);
				if (d < 1e-9) [dx, dy, d] = [1, 0, 1]; // coincident: part them along x, deterministically
				const push = (min - d) / 2 + 1e-3;
				a.x -= (dx / d) * push;
				a.y -= (dy / d) * push;
				b.x += (dx / d) * push;
				b.y += (dy / d) * push;
				moved = true;
			}
		}
		if (!moved) return;
	}
}

/** Scales the layout about its centre just enough that no two circles overlap: one pass, shape kept. */
function spreadApart(nodes: Node[]): void {
	let factor = 1;
	for (let i = 0; i < nodes.length; i++)
		for (let j = i + 1; j < nodes.length; j++) {
			const a = nodes[i];
			const b = nodes[j];
			const d = Math.hypot(a.x - b.x, a.y - b.y);
			factor = Math.max(factor, d < 1e-9 ? 1 : (a.r + b.r + THEME_GAP + 1e-3) / d);
		}
	for (const n of nodes) {
		n.x *= factor;
		n.y *= factor;
	}
}

/** A first layout: the packing squeezed to the screen's shape, settled by collisions and a pull to the middle. */
function settleFirst(nodes: Node[], aspect: number): void {
	if (aspect === 1 || nodes.length < 2) return;
	forceSimulation(nodes)
		.force('collide', forceCollide<Node>((n) => n.r + THEME_GAP / 2).iterations(2))
		.force('x', forceX<Node>(0).strength(FIRST_PULL))
		.force('y', forceY<Node>(0).strength(FIRST_PULL * aspect * aspect))
		.stop()
		.tick(FIRST_TICKS);
	separate(nodes, FIRST_SEPARATE_ROUNDS);
	spreadApart(nodes); // whatever overlap is left after that is a sliver: one even scaling removes it
}

/** A later layout: overlaps (a theme grew) pushed apart while each theme is pulled back home. */
function settleAgain(nodes: Node[]): void {
	forceSimulation(nodes)
		.force('collide', forceCollide<Node>((n) => n.r + THEME_GAP / 2).iterations(3))
		.force('x', forceX<Node>((n) => n.ax).strength(ANCHOR_STRENGTH))
		.force('y', forceY<Node>((n) => n.ay).strength(ANCHOR_STRENGTH))
		.stop()
		.tick(TICKS);
	separate(nodes, 200);
}

function anyOverlap(nodes: readonly Node[]): boolean {
	return nodes.some((n, i) => overlaps(n.x, n.y, n.r, nodes.slice(i + 1)));
}

/**
 * Centres for the circles. Without a previous layout they are packed tightly, biggest in the
 * middle; with one, known themes start where they were, new ones take the nearest free space,
 * and a short simulation settles any overlap (a theme that grew) while pulling each back home.
 * `aspect` (width / height) shapes a first layout only: later ones keep what is there.
 */
export function placeCircles(
	circles: readonly Circle[],
	previous: ReadonlyMap<number, Point>,
	aspect = 1
): Map<number, Point> {
	const sorted = [...circles].sort(bySizeThenId);
	const known = sorted.filter((c) => previous.has(c.id));
	const fresh = sorted.filter((c) => !previous.has(c.id));
	const nodes: Node[] = known.map((c) => {
		const p = previous.get(c.id)!;
		return { ...c, x: p.x, y: p.y, ax: p.x, ay: p.y };
	});
	if (fresh.length > 0 && (known.length === 0 || fresh.length > BLOCK_THRESHOLD)) {
		const packed = packSiblings(fresh.map((c) => ({ r: c.r + THEME_GAP / 2, x: 0, y: 0 })));
		const block = packEnclose(packed);
		const at = nodes.length ? freeSpot(block.r - THEME_GAP / 2, nodes) : { x: block.x, y: block.y };
		// a first layout is squeezed towards the screen's shape (the settling below removes the overlaps)
		const [sx, sy] = nodes.length ? [1, 1] : [Math.sqrt(aspect), 1 / Math.sqrt(aspect)];
		fresh.forEach((c, i) => {
			const x = (packed[i].x - block.x) * sx + at.x;
			const y = (packed[i].y - block.y) * sy + at.y;
			nodes.push({ ...c, x, y, ax: x, ay: y });
		});
	} else {
		for (const c of fresh) {
			const p = freeSpot(c.r, nodes);
			nodes.push({ ...c, x: p.x, y: p.y, ax: p.x, ay: p.y });
		}
	}
	if (known.length === 0) settleFirst(nodes, aspect);
	else if (anyOverlap(nodes)) settleAgain(nodes);
	return new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
}
