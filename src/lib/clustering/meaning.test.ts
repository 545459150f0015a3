import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusteringView, buildCorpus } from './corpus.js';
import { MeaningPull, meaningVectors, withMeaning } from './meaning.js';
import { proposeThemes } from './index.js';
import { createRandom } from './random.js';
import type { StatementInput } from './types.js';

const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((a, x) => a + x * x, 0));

describe('meaningVectors', () => {
	it('scales every vector to unit length', () => {
		const out = meaningVectors([
			{ id: 'a', text: 'x', meaning: [3, 4] },
			{ id: 'b', text: 'y', meaning: new Float32Array([0, 2]) }
		]);
		expect(out).not.toBeNull();
		expect(Array.from(out![0])).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
		expect(Array.from(out![1])).toEqual([0, 1]);
	});

	it('is null unless every statement has a usable vector of one dimension', () => {
		const ok = { id: 'a', text: 'x', meaning: [1, 0, 0] };
		expect(meaningVectors([ok, { id: 'b', text: 'y' }])).toBeNull();
		expect(meaningVectors([ok, { id: 'b', text: 'y', meaning: [1, 0] }])).toBeNull();
		expect(meaningVectors([ok, { id: 'b', text: 'y', meaning: [0, 0, 0] }])).toBeNull();
		expect(meaningVectors([ok, { id: 'b', text: 'y', meaning: [1, NaN, 0] }])).toBeNull();
		expect(meaningVectors([{ id: 'a', text: 'x', meaning: [1] }])).toBeNull();
		expect(meaningVectors([])).toBeNull();
	});
});

describe('withMeaning', () => {
	it('appends the vector after the words at its weight, the whole of unit length', () => {
		const statements: StatementInput[] = [
			{ id: 'a', text: 'water rights for farmers' },
			{ id: 'b', text: 'farmers need water' },
			{ id: 'c', text: 'rights of platform workers' }
		];
		const view = clusteringView(buildCorpus(statements), 1);
		const meaning = [
			new Float32Array([1, 0]),
			new Float32Array([0.6, 0.8]),
			new Float32Array([0, 1])
		];
		const both = withMeaning(view, meaning, 2);
		expect(both.features).toBe(view.features + 2);
		expect(both.words).toBe(view.words);
		expect(both.docs).toBe(view.docs);
		both.vectors.forEach((v, d) => {
			expect(norm(v.values)).toBeCloseTo(1, 5);
			const own = view.vectors[d].indices.length;
			expect(Array.from(v.indices.slice(own))).toEqual([view.features, view.features + 1]);
			// words and meaning keep their proportion: |meaning part| / |word part| = weight
			const wordsPart = norm(v.values.slice(0, own));
			const meaningPart = norm(v.values.slice(own));
			expect(meaningPart / wordsPart).toBeCloseTo(2, 4);
		});
	});
});

describe('MeaningPull', () => {
	it('scores κ × the cosine to each cluster mean, and follows joins and leaves, both ways', () => {
		const random = createRandom(7);
		const dim = 5;
		const vectors = Array.from({ length: 12 }, () => {
			const v = Float32Array.from({ length: dim }, () => random() - 0.5);
			const n = norm(v);
			return v.map((x) => x / n);
		});
		const kappa = 3;
		for (const gram of [true, false]) {
			const pull = new MeaningPull(vectors, 3, kappa, gram);
			const z = [0, 0, 1, 1, 2, 2, 0, 1, 2, 0, 1, 2];
			z.forEach((k, d) => pull.move(d, k, 1));
			// move statement 0 out of cluster 0 and into cluster 2 and back again
			pull.move(0, 0, -1);
			pull.move(0, 2, 1);
			pull.move(0, 2, -1);
			const members = (k: number) =>
				z.map((c, d) => (c === k && d !== 0 ? d : -1)).filter((d) => d >= 0);
			const scores = new Float64Array(3);
			const fresh = pull.score(0, Int32Array.from([0, 1, 2]), 3, scores);
			for (let k = 0; k < 3; k++) {
				const sum = new Array(dim).fill(0);
				for (const d of members(k)) for (let j = 0; j < dim; j++) sum[j] += vectors[d][j];
				const cos = sum.reduce((a, x, j) => a + x * vectors[0][j], 0) / norm(sum);
				expect(scores[k]).toBeCloseTo(kappa * cos, 4);
			}
			const overall = new Array(dim).fill(0);
			for (const v of vectors) for (let j = 0; j < dim; j++) overall[j] += v[j];
			const cosAll = overall.reduce((a, x, j) => a + x * vectors[0][j], 0) / norm(overall);
			expect(fresh).toBeCloseTo(kappa * cosAll, 4);
		}
	});
});

/**
 * Two points made in the same words: every statement is drawn from one pool of words, so the words
 * cannot tell the groups apart, while each group's sentence vectors lie near its own direction.
 */
function samePoolTwoMeanings(n: number, seed: number): (StatementInput & { group: number })[] {
	const random = createRandom(seed);
	const pool = [
		'school',
		'children',
		'parents',
		'teachers',
		'learning',
		'home',
		'social',
		'skills',
		'bullying',
		'curriculum',
		'freedom',
		'choice',
		'state',
		'quality',
		'family',
		'education'
	];
	return Array.from({ length: n }, (_, i) => {
		const group = i % 2;
		const words = Array.from({ length: 6 }, () => pool[Math.floor(random() * pool.length)]);
		const meaning = Array.from(
			{ length: 8 },
			(_, j) => (j === group ? 1 : 0) + (random() - 0.5) * 0.6
		);
		return { id: `s${i}`, text: words.join(' '), meaning, group };
	});
}

function purity(themes: { members: { id: string }[] }[], group: Map<string, number>): number {
	let agree = 0;
	let total = 0;
	for (const t of themes) {
		const counts = [0, 0];
		for (const m of t.members) counts[group.get(m.id)!]++;
		agree += Math.max(...counts);
		total += t.members.length;
	}
	return agree / total;
}

describe('proposeThemes with meaning', () => {
	const statements = samePoolTwoMeanings(60, 11);
	const group = new Map(statements.map((s) => [s.id, s.group]));

	it('tells apart groups the words cannot', () => {
		const both = proposeThemes(statements, { k: 2, seed: 3 });
		expect(both.diagnostics.meaning).toBe(true);
		expect(both.themes).toHaveLength(2);
		expect(purity(both.themes, group)).toBeGreaterThanOrEqual(0.95);
		const wordsOnly = proposeThemes(
			statements.map(({ meaning: _m, ...rest }) => rest),
			{ k: 2, seed: 3 }
		);
		expect(wordsOnly.diagnostics.meaning).toBeUndefined();
		expect(purity(wordsOnly.themes, group)).toBeLessThan(0.8);
	});

	it('is turned off by a weight and a concentration of 0', () => {
		const off = proposeThemes(statements, {
			k: 2,
			seed: 3,
			meaningWeight: 0,
			meaningConcentration: 0
		});
		const none = proposeThemes(
			statements.map(({ meaning: _m, ...rest }) => rest),
			{ k: 2, seed: 3 }
		);
		expect(off.diagnostics.meaning).toBeUndefined();
		expect(off.themes.map((t) => t.members.map((m) => m.id))).toEqual(
			none.themes.map((t) => t.members.map((m) => m.id))
		);
	});

	it('under k = auto lets the words choose the number, then forms that many by both', () => {
		const auto = proposeThemes(statements, { seed: 5 });
		const byWords = proposeThemes(statements, {
			seed: 5,
			meaningWeight: 0,
			meaningConcentration: 0
		});
		expect(auto.diagnostics.kRequested).toBe('auto');
		expect(auto.diagnostics.meaning).toBe(true);
		expect(auto.diagnostics.kChosen).toBeLessThanOrEqual(byWords.diagnostics.kChosen);
		expect(auto.diagnostics.kReason).toContain(byWords.diagnostics.kReason);
		expect(auto.diagnostics.kReason).toContain('meaning');
	});

	it('never throws, places every statement and is deterministic, with any vectors', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						id: fc.uuid(),
						text: fc.lorem({ maxCount: 8 }),
						meaning: fc.array(fc.float({ min: -1, max: 1, noNaN: true }), {
							minLength: 3,
							maxLength: 3
						})
					}),
					{ maxLength: 14 }
				),
				fc.oneof(fc.constant('auto' as const), fc.integer({ min: 1, max: 5 })),
				(list, k) => {
					const a = proposeThemes(list, { k, seed: 2 });
					const b = proposeThemes(list, { k, seed: 2 });
					const placed = a.themes.reduce((s, t) => s + t.members.length, 0) + a.unassigned.length;
					expect(placed).toBe(list.length);
					expect(a.themes.map((t) => t.members.map((m) => m.id))).toEqual(
						b.themes.map((t) => t.members.map((m) => m.id))
					);
				}
			),
			{ numRuns: 60 }
		);
	});
});
