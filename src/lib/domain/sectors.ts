/** Default sectors and their colours. */
import { contrast } from './colour-vision';

/** The eleven movements named in the workshop's concept note, in its order. */
export const DEFAULT_SECTOR_KEYS = [
	'labour',
	'livelihoods',
	'trade',
	'gender',
	'farming',
	'health',
	'education',
	'environment',
	'peace',
	'media',
	'democracy'
] as const;
/** What a new event starts with: no sectors (added in the settings), or the digital justice workshop's eleven. */
export const SECTOR_TEMPLATES = ['none', 'workshop'] as const;
export type SectorTemplate = (typeof SECTOR_TEMPLATES)[number];

/** The sectors a template gives, as keys of the default sector names; anything unknown gives none. */
export function templateSectors(template: unknown): readonly DefaultSectorKey[] {
	return template === 'workshop' ? DEFAULT_SECTOR_KEYS : [];
}

export type DefaultSectorKey = (typeof DEFAULT_SECTOR_KEYS)[number];

/**
 * Twelve colours for sectors, in the order sectors take them; a thirteenth sector reuses the cycle.
 * Each is at least 3:1 against the page and against cards, and every two stay at least
 * MIN_SEEN_DIFFERENCE apart (CIE76) for normal vision and under protanopia, deuteranopia and
 * tritanopia (checked in sectors.test.ts). Colour is never the only cue: each palette position also
 * has a shape (SECTOR_SHAPES), drawn by SectorMark.svelte and on the board's dots.
 */
export const SECTOR_PALETTE = [
	'#DD6655',
	'#7777FF',
	'#882277',
	'#449999',
	'#9977CC',
	'#AA8800',
	'#991100',
	'#0000FF',
	'#7722AA',
	'#335544',
	'#6600CC',
	'#EE1177'
] as const;

/** The least CIE76 difference between any two palette colours, in every vision simulated. */
export const MIN_SEEN_DIFFERENCE = 15;

/** The backgrounds sector colours are drawn on: the page (--paper) and cards (--card). */
export const SECTOR_BACKGROUNDS = ['#f7f6f2', '#ffffff'] as const;

/**
 * The palette this one replaced, position for position; colours stored with an event before the
 * change are shown as their successor (see displayColour).
 */
const FORMER_PALETTE = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#CC79A7',
	'#56B4E9',
	'#D55E00',
	'#7B5EA7',
	'#8C6D1F',
	'#2F4B7C',
	'#A0144F',
	'#3F7F3F',
	'#5A5A5A'
] as const;

/** The colour for the sector at this position. */
export function sectorColour(position: number): string {
	const n = SECTOR_PALETTE.length;
	return SECTOR_PALETTE[((position % n) + n) % n];
}

/**
 * The colour to draw for a stored sector colour: a colour of the former palette becomes the
 * current palette's colour at its position; any other colour (chosen in the settings) is kept.
 */
export function displayColour(stored: string | null | undefined): string {
	if (!stored) return '#8a929b';
	const former = FORMER_PALETTE.findIndex((c) => c.toLowerCase() === stored.toLowerCase());
	return former >= 0 ? SECTOR_PALETTE[former] : stored;
}

/** The shapes that go with palette positions, so sector never shows by colour alone. */
export const SECTOR_SHAPES = [
	'circle',
	'square',
	'triangle',
	'diamond',
	'triangle-down',
	'plus',
	'star',
	'hexagon',
	'cross',
	'pentagon',
	'triangle-right',
	'ring'
] as const;
export type SectorShape = (typeof SECTOR_SHAPES)[number];

/**
 * The shape for a sector colour: the shape of its palette position, or for a colour of the
 * sector's own choosing one picked from the colour itself (the same colour, the same shape).
 */
export function sectorShape(colour: string | null | undefined): SectorShape {
	const shown = displayColour(colour).toLowerCase();
	const at = SECTOR_PALETTE.findIndex((c) => c.toLowerCase() === shown);
	if (at >= 0) return SECTOR_SHAPES[at];
	let h = 0;
	for (const ch of shown) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
	return SECTOR_SHAPES[h % SECTOR_SHAPES.length];
}

/**
 * An SVG path of the shape centred on (0, 0), fitting a circle of radius r. Filled shapes except
 * the ring, plus and cross, which are drawn thick enough to read at a dot's size.
 */
export function shapePath(shape: SectorShape, r: number): string {
	const pt = (a: number, k = r) =>
		`${(k * Math.sin(a)).toFixed(2)},${(-k * Math.cos(a)).toFixed(2)}`;
	const poly = (n: number, turn = 0, k = r) =>
		'M' + Array.from({ length: n }, (_, i) => pt(turn + (2 * Math.PI * i) / n, k)).join('L') + 'Z';
	const f = (v: number) => v.toFixed(2);
	switch (shape) {
		case 'circle':
			return `M${f(-r)},0A${f(r)},${f(r)} 0 1,0 ${f(r)},0A${f(r)},${f(r)} 0 1,0 ${f(-r)},0Z`;
		case 'ring': {
			const k = r * 0.5;
			return (
				`M${f(-r)},0A${f(r)},${f(r)} 0 1,0 ${f(r)},0A${f(r)},${f(r)} 0 1,0 ${f(-r)},0Z` +
				`M${f(-k)},0A${f(k)},${f(k)} 0 1,1 ${f(k)},0A${f(k)},${f(k)} 0 1,1 ${f(-k)},0Z`
			);
		}
		case 'square': {
			const s = r * 0.85;
			return `M${f(-s)},${f(-s)}H${f(s)}V${f(s)}H${f(-s)}Z`;
		}
		case 'triangle':
			return poly(3, 0, r * 1.1);
		case 'triangle-down':
			return poly(3, Math.PI, r * 1.1);
		case 'triangle-right':
			return poly(3, Math.PI / 2, r * 1.1);
		case 'diamond':
			return poly(4, 0, r * 1.1);
		case 'pentagon':
			return poly(5, 0, r);
		case 'hexagon':
			return poly(6, 0, r);
		case 'star':
			return (
				'M' +
				Array.from({ length: 10 }, (_, i) =>
					pt((Math.PI * i) / 5, i % 2 === 0 ? r * 1.15 : r * 0.5)
				).join('L') +
				'Z'
			);
		case 'plus':
		case 'cross': {
			const t = r * 0.38;
			const a = r;
			// the cross is this plus turned by shapeTurn
			return `M${f(-t)},${f(-a)}H${f(t)}V${f(-t)}H${f(a)}V${f(t)}H${f(t)}V${f(a)}H${f(-t)}V${f(t)}H${f(-a)}V${f(-t)}H${f(-t)}Z`;
		}
	}
}

/** Degrees to turn a shape by when drawn (the cross is a plus turned by 45°). */
export function shapeTurn(shape: SectorShape): number {
	return shape === 'cross' ? 45 : 0;
}

/** True when a colour is at least 3:1 against the page and against cards, as every sector mark must be. */
export function readsOnPage(colour: string): boolean {
	return SECTOR_BACKGROUNDS.every((b) => contrast(colour, b) >= 3);
}

/** True for a #rrggbb colour. */
export function isHexColour(value: string): boolean {
	return /^#[0-9a-fA-F]{6}$/.test(value);
}
