// The focus ring is seen: WCAG asks 3:1 between a focus indicator and what it is drawn on. The
// colours are read from the stylesheet itself, so a change there is checked here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/app.css', 'utf8');
const variable = (name: string) => {
	const m = css.match(new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`));
	if (!m) throw new Error(`no --${name} in app.css`);
	return m[1];
};

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

describe('focus rings', () => {
	it('computes contrast as WCAG does', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});

	it('stand out at least 3:1 on the page, on cards and on the dark header', () => {
		for (const surface of ['paper', 'card', 'accent-soft', 'warn-soft', 'danger-soft'])
			expect(contrast(variable('focus'), variable(surface))).toBeGreaterThanOrEqual(3);
		expect(contrast(variable('focus-on-dark'), variable('brand'))).toBeGreaterThanOrEqual(3);
		expect(contrast(variable('focus-on-dark'), '#000000')).toBeGreaterThanOrEqual(3);
		expect(css).toMatch(
			/header\.top :focus-visible,\s*\.present\.contrast :focus-visible \{\s*outline-color: var\(--focus-on-dark\)/
		);
	});
});
