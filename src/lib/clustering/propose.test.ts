import { describe, expect, it } from 'vitest';
import { findSimilar, placeStatements, proposeThemes } from './index.js';
import { createRandom } from './random.js';

/** Made-up words from syllables: no stop words, and the stemmer leaves them alone. */
const SYLLABLES = [
	'ka',
	'lo',
	'mi',
	'ru',
	'te',
	'zo',
	'pa',
	'vi',
	'ne',
	'gu',
	'sa',
	'bo',
	'di',
	'fe',
	'hu',
	'jo'
];
const word = (topic: number, j: number) =>
	'q' + SYLLABLES[topic % 16] + SYLLABLES[Math.floor(topic / 16) % 16] + SYLLABLES[j % 16] + 'x';

/** `topics` groups of `size` statements, each of `words` words drawn from its group's 12 words. */
function synthetic(topics: number, size: number, words: number, seed: number, offset = 0) {
	const random = createRandom(seed);
	return Array.from({ length: topics * size }, (_, i) => {
		const t = Math.floor(i / size);
		const text = Array.from({ length: words }, () =>
			word(t + offset, Math.floor(random() * 12))
		).join(' ');
		return { id: `t${t + offset}-${i % size}`, text, topic: t + offset };
	});
}

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
			const themeOf = new Map(
				themes.flatMap((t) => t.members.map((m) => [m.id, t.index] as const))
			);
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
			const texts = t.members
				.map((m) => statements.find((s) => s.id === m.id)!.text.toLowerCase())
				.join(' ');
			for (const p of t.keyPhrases) expect(texts).toContain(p.toLowerCase());
			expect(Object.keys(t.sectors).length).toBe(2);
			expect(t.crossSector).toBeGreaterThan(0);
		}
	});

	it('groups Thai statements, written without spaces, by topic, with labels in Thai', () => {
		const platform = [
			'ไรเดอร์ส่งอาหารถูกแอปตัดค่าจ้างโดยไม่มีคำอธิบาย',
			'แรงงานแพลตฟอร์มถูกระบบปิดบัญชีโดยไม่มีสิทธิ์อุทธรณ์',
			'ค่าจ้างของไรเดอร์ถูกกำหนดโดยแอปที่ไม่โปร่งใส',
			'แพลตฟอร์มไม่ให้ประกันสังคมแก่ไรเดอร์และแรงงานอิสระ',
			'แรงงานแพลตฟอร์มต้องมีสิทธิ์รวมตัวและต่อรองค่าจ้าง',
			'แอปส่งอาหารติดตามไรเดอร์ตลอดเวลาและลงโทษแรงงาน'
		];
		const farming = [
			'บริษัทเกษตรดิจิทัลเก็บข้อมูลดินของเกษตรกรโดยไม่ขออนุญาต',
			'เกษตรกรรายย่อยไม่มีสิทธิ์ควบคุมข้อมูลที่ดินและเมล็ดพันธุ์',
			'ข้อมูลเมล็ดพันธุ์ของชุมชนถูกบริษัทนำไปจดสิทธิบัตร',
			'แอปเกษตรขายข้อมูลผลผลิตของเกษตรกรให้บริษัทใหญ่',
			'เกษตรกรต้องเป็นเจ้าของข้อมูลฟาร์มและดินของตนเอง',
			'บริษัทเกษตรดิจิทัลใช้ข้อมูลเกษตรกรเพื่อกำหนดราคาเมล็ดพันธุ์'
		];
		const thai = [
			...platform.map((text, i) => ({ id: `p${i}`, text, sector: i % 2 ? 'labour' : 'gender' })),
			...farming.map((text, i) => ({ id: `f${i}`, text, sector: i % 2 ? 'farming' : 'gender' }))
		];
		const { themes, unassigned } = proposeThemes(thai, { k: 2, seed: 5, minThemeSize: 2 });
		expect(unassigned).toEqual([]);
		expect(themes).toHaveLength(2);
		const themeOf = new Map(themes.flatMap((t) => t.members.map((m) => [m.id, t.index] as const)));
		// each topic lies (almost) whole in one theme, and the two themes differ
		const majority = (prefix: string) => {
			const counts = new Map<number, number>();
			for (const [id, t] of themeOf)
				if (id.startsWith(prefix)) counts.set(t, (counts.get(t) ?? 0) + 1);
			return [...counts].sort((a, b) => b[1] - a[1])[0];
		};
		const [pTheme, pCount] = majority('p');
		const [fTheme, fCount] = majority('f');
		expect(pTheme).not.toBe(fTheme);
		expect(pCount).toBeGreaterThanOrEqual(5);
		expect(fCount).toBeGreaterThanOrEqual(5);
		for (const t of themes) {
			expect(t.label.trim()).not.toBe('');
			expect(t.label).toMatch(/\p{Script=Thai}/u);
		}
		// near-duplicate hints and placement work in Thai too
		const near = findSimilar('ไรเดอร์ถูกแอปส่งอาหารตัดค่าจ้างโดยไม่มีคำอธิบายใดๆ', thai);
		expect(near[0]?.id).toBe('p0');
		const [placed] = placeStatements(
			[{ id: 'n1', text: 'บริษัทใหญ่เก็บข้อมูลดินและเมล็ดพันธุ์ของเกษตรกร' }],
			[
				{ id: 'platform', statements: thai.slice(0, 6) },
				{ id: 'farming', statements: thai.slice(6) }
			]
		);
		expect(placed.themeId).toBe('farming');
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
		for (const t of themes)
			if (t !== lockedTheme) expect(t.members.map((m) => m.id)).not.toContain('w0');
	});

	it('reports texts without words as unassigned and records injected timings', () => {
		let tick = 0;
		const result = proposeThemes([...statements, { id: 'emoji', text: '🙂🙂' }], {
			now: () => (tick += 5)
		});
		expect(result.unassigned).toContain('emoji');
		expect(Object.values(result.diagnostics.timings).every((ms) => ms === 5)).toBe(true);
	});
});

describe('proposeThemes with k = auto', () => {
	const themeOf = (themes: { index: number; members: { id: string }[] }[]) =>
		new Map(themes.flatMap((t) => t.members.map((m) => [m.id, t] as const)));

	it('keeps a small group apart from a few broad themes only as a fragment, not a theme', () => {
		const broad = synthetic(10, 60, 6, 1);
		const tiny = synthetic(1, 3, 4, 2, 40);
		const result = proposeThemes([...broad, ...tiny], { seed: 1 });
		const of = themeOf(result.themes);
		for (const s of tiny)
			expect(
				of.get(s.id)?.members.length ?? 0,
				'a three-statement group is not a theme beside 60-statement ones'
			).not.toBe(3);
		expect(result.diagnostics.kChosen).toBeGreaterThanOrEqual(8);
		expect(result.diagnostics.kChosen).toBeLessThanOrEqual(12);
		expect(result.diagnostics.kReason).toMatch(
			/effective themes, [1-9]\d* groups under [\d.]+ statements were dissolved as fragments/
		);
	});

	it('keeps many small topics as themes of their own', () => {
		const small = synthetic(30, 8, 5, 3);
		const result = proposeThemes(small, { seed: 1 });
		expect(result.diagnostics.kChosen).toBeGreaterThanOrEqual(25);
		const of = themeOf(result.themes);
		// Most topics have a theme that is mostly theirs.
		let pure = 0;
		for (let t = 0; t < 30; t++) {
			const theme = of.get(`t${t}-0`)!;
			if (
				theme.members.filter((m) => m.id.startsWith(`t${t}-`)).length >=
				0.75 * theme.members.length
			)
				pure++;
		}
		expect(pure).toBeGreaterThanOrEqual(25);
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
		const edited = statements.map((s) =>
			s.id === 'w1' ? { ...s, text: 'Farmers need community seed banks' } : s
		);
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
