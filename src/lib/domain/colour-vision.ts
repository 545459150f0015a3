/**
 * Colour arithmetic for checking the sector palette: WCAG contrast, CIELAB and CIE76 distance,
 * and the simulation of the three dichromacies after Machado, Oliveira and Fernandes (2009,
 * severity 1), applied in linear sRGB as their paper does.
 */

export type Rgb = readonly [number, number, number];
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

type Matrix = readonly [Rgb, Rgb, Rgb];

/** Machado et al. 2009, severity 1.0 (their table, linear RGB to linear RGB). */
export const MACHADO: Record<Exclude<Vision, 'normal'>, Matrix> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

/** #rrggbb (or rgb(r, g, b) as browsers compute it) to 0–255 channels; null if neither. */
export function parseColour(value: string): Rgb | null {
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value.trim());
	if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
	const fn = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/i.exec(value.trim());
	if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
	return null;
}

function must(value: string): Rgb {
	const rgb = parseColour(value);
	if (!rgb) throw new Error(`not a colour: ${value}`);
	return rgb;
}

const toLinear = (c: number) => {
	const s = c / 255;
	return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (l: number) => {
	const c = Math.min(1, Math.max(0, l));
	return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** WCAG 2 relative luminance. */
export function luminance(colour: string | Rgb): number {
	const [r, g, b] = (typeof colour === 'string' ? must(colour) : colour).map(toLinear);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: string | Rgb, b: string | Rgb): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

/** The colour as a person with this vision sees it (0–255 channels, not rounded). */
export function simulate(colour: string | Rgb, vision: Vision): Rgb {
	const rgb = typeof colour === 'string' ? must(colour) : colour;
	if (vision === 'normal') return rgb;
	const lin = rgb.map(toLinear);
	const m = MACHADO[vision];
	const out = m.map((row) => row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]);
	return [fromLinear(out[0]), fromLinear(out[1]), fromLinear(out[2])];
}

/** CIELAB (D65) of an sRGB colour. */
export function lab(colour: string | Rgb): Rgb {
	const [r, g, b] = (typeof colour === 'string' ? must(colour) : colour).map(toLinear);
	const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
	const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
	const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	const [fx, fy, fz] = [f(x), f(y), f(z)];
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference (Euclidean distance in CIELAB). */
export function deltaE76(a: string | Rgb, b: string | Rgb): number {
	const [l1, a1, b1] = lab(a);
	const [l2, a2, b2] = lab(b);
	return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** The difference between two colours as a person with this vision sees them. */
export function seenDifference(a: string, b: string, vision: Vision): number {
	return deltaE76(simulate(a, vision), simulate(b, vision));
}
