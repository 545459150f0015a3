import { describe, expect, it } from 'vitest';
import { findSimilar, placeStatements, proposeThemes } from './index.js';

const water = [
	'Clean drinking water is missing in rural villages',
	'Villages need clean water wells and pipes',
	'Water pollution from mines poisons drinking water',
	'Access to clean water for farming families',
	'Drinking water pipes are broken in the villages'
];
const data = [
	'Online harassment of women journalists goes unpunished',
	'Women journalists face harassment on social media',
	'Platforms ignore harassment reports from women',
	'Harassment online silences women in politics',
	'Social media harassment targets women activists'
];
const statements = [
	...water.map((text, i) => ({ id: `w${i}`, text, sector: i % 2 ? 'farming' : 'health' })),
	...data.map((text, i) => ({ id: `h${i}`, text, sector: i % 2 ? 'gender' : 'media' }))
];

describe('proposeThemes', () => {
	it('keeps two obviously separate topics in separate themes', () => {
		for (const k of [2, 'auto'] as const) {
			const { themes } = proposeThemes(statements, { k, seed: 7 });
			const themeOf = new Map(themes.flatMap((t) => t.members.map((m) => [m.id, t.index] as const)));
			const w = new Set(water.map((_, i) => themeOf.get(`w${i}`)));
			const h = new Set(data.map((_, i) => themeOf.get(`h${i}`)));
			expect([...w].some((x) => h.has(x))).toBe(false);
		}
	});

	it('labels themes with words from their statements and reports sectors', () => {
		const { themes, diagnostics } = proposeThemes(statements, { k: 2, seed: 1 });
		expect(themes).toHaveLength(2);
		expect(diagnostics.kChosen).toBe(2);
		for (const t of themes) {
			const texts = t.members.map((m) => statements.find((s) => s.id === m.id)!.text.toLowerCase()).join(' ');
			for (const p of t.keyPhrases) expect(texts).toContain(p.toLowerCase());
			expect(Object.keys(t.sectors).length).toBe(2);
			expect(t.crossSector).toBeGreaterThan(0);
		}
	});

	it('is deterministic for a seed', () => {
		const a = proposeThemes(statements, { seed: 42 });
		const b = proposeThemes(statements, { seed: 42 });
		expect(a).toEqual(b);
	});

	it('keeps locked members in their theme', () => {
		const locked = [{ id: 'mine', memberIds: ['w0', 'h0'] }];
		const { themes } = proposeThemes(statements, { k: 2, seed: 3, locked });
		const lockedTheme = themes.find((t) => t.lockedId === 'mine')!;
		expect(lockedTheme.members.map((m) => m.id)).toEqual(expect.arrayContaining(['w0', 'h0']));
		for (const t of themes) if (t !== lockedTheme) expect(t.members.map((m) => m.id)).not.toContain('w0');
	});

	it('reports texts without words as unassigned and records injected timings', () => {
		let tick = 0;
		const result = proposeThemes([...statements, { id: 'emoji', text: '🙂🙂' }], { now: () => (tick += 5) });
		expect(result.unassigned).toContain('emoji');
		expect(Object.values(result.diagnostics.timings).every((ms) => ms === 5)).toBe(true);
	});
});

describe('findSimilar and placeStatements', () => {
	it('finds the near-duplicate first', () => {
		const matches = findSimilar('broken water pipes in our village', statements);
		expect(matches[0].id).toBe('w4');
		expect(matches.every((m) => !m.id.startsWith('h'))).toBe(true);
		expect(matches[0].sharedTerms).toContain('pipes');
	});

	it('sees edits to the statements between calls (no stale index)', () => {
		const before = findSimilar('seed banks for farmers', statements);
		expect(before).toEqual([]);
		const edited = statements.map((s) => (s.id === 'w1' ? { ...s, text: 'Farmers need community seed banks' } : s));
		expect(findSimilar('seed banks for farmers', edited)[0].id).toBe('w1');
		expect(findSimilar('seed banks for farmers', [...statements])).toEqual([]);
	});

	it('places a new statement in the fitting theme, or none', () => {
		const themes = [
			{ id: 'water', statements: statements.slice(0, 5) },
			{ id: 'harassment', statements: statements.slice(5) }
		];
		const [a, b] = placeStatements(
			[
				{ id: 'n1', text: 'Trolls harass women reporters online' },
				{ id: 'n2', text: 'Seed prices and tractors' }
			],
			themes
		);
		expect(a.themeId).toBe('harassment');
		expect(b.themeId).toBeNull();
	});
});
