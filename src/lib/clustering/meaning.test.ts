import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusteringView, buildCorpus } from './corpus.js';
import {
	MeaningGram,
	MeaningPull,
	meaningCoordinates,
	meaningVectors,
	withMeaning
} from './meaning.js';
import { proposeThemes } from './index.js';
import { createRandom } from './random.js';
import type { StatementInput } from './types.js';

const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((a, x) => a + x * x, 0));

/** n random unit vectors of `dim` dimensions. */
function unitVectors(n: number, dim: number, seed: number): Float32Array[] {
	const random = createRandom(seed);
	return Array.from({ length: n }, () => {
		const v = Float32Array.from({ length: dim }, () => random() - 0.5);
		const length = norm(v);
		return v.map((x) => x / length);
	});
}

/** The dot product of two sparse vectors. */
function sparseDot(
	a: { indices: Int32Array; values: Float32Array },
	b: { indices: Int32Array; values: Float32Array }
): number {
	const at = new Map(Array.from(a.indices, (f, i) => [f, a.values[i]]));
	return Array.from(b.indices).reduce((s, f, i) => s + (at.get(f) ?? 0) * b.values[i], 0);
}

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

describe('MeaningGram', () => {
	it("holds every pair's cosine, both ways, whatever the count against its blocks of two by four", () => {
		for (let n = 1; n <= 11; n++) {
			const vectors = unitVectors(n, 7, 20 + n);
			const gram = new MeaningGram(vectors);
			expect(gram.values.length).toBe(n * n);
			for (let a = 0; a < n; a++)
				for (let b = 0; b < n; b++) {
					const cosine = vectors[a].reduce((s, x, j) => s + x * vectors[b][j], 0);
					expect(gram.values[a * n + b]).toBeCloseTo(cosine, 6);
				}
		}
	});

	it('finds each of its vectors by identity, and not a copy', () => {
		const vectors = unitVectors(5, 4, 2);
		const gram = new MeaningGram(vectors);
		expect(Array.from(gram.rowsOf([vectors[3], vectors[0]])!)).toEqual([3, 0]);
		expect(gram.rowsOf([vectors[1].slice()])).toBeNull();
	});
});

describe('meaningCoordinates', () => {
	it('keeps every cosine, with statement d on at most d + 1 directions', () => {
		const vectors = unitVectors(20, 32, 3);
		const gram = new MeaningGram(vectors);
		const { dim, vectors: coordinates } = meaningCoordinates(gram);
		expect(dim).toBe(20);
		coordinates.forEach((c, d) => {
			expect(c.indices.length).toBeLessThanOrEqual(d + 1);
			expect(Math.max(...c.indices)).toBeLessThan(dim);
			for (let e = 0; e < vectors.length; e++) {
				const cosine = vectors[d].reduce((s, x, j) => s + x * vectors[e][j], 0);
				expect(sparseDot(c, coordinates[e])).toBeCloseTo(cosine, 5);
			}
		});
	});

	it('adds no direction for a statement whose vector the ones before it already span', () => {
		const [a, b] = unitVectors(2, 8, 5);
		const between = a.map((x, j) => x + b[j]);
		const unit = between.map((x) => x / norm(between));
		const { dim, vectors } = meaningCoordinates(new MeaningGram([a, b, a, unit]));
		expect(dim).toBe(2);
		expect(vectors.map((v) => v.indices.length)).toEqual([1, 2, 1, 2]);
		expect(sparseDot(vectors[2], vectors[0])).toBeCloseTo(1, 5);
	});

	it('gives the clustering view the same cosines as the vectors themselves', () => {
		const statements: StatementInput[] = [
			'water rights for farmers',
			'farmers need water',
			'rights of platform workers',
			'platform workers organise',
			'water for the city'
		].map((text, i) => ({ id: String(i), text }));
		const view = clusteringView(buildCorpus(statements), 1);
		const vectors = unitVectors(statements.length, 16, 11);
		const direct = withMeaning(view, vectors, 1.25);
		const rotated = withMeaning(view, meaningCoordinates(new MeaningGram(vectors)), 1.25);
		expect(rotated.features).toBe(view.features + statements.length);
		for (let d = 0; d < statements.length; d++)
			for (let e = 0; e < statements.length; e++)
				expect(sparseDot(rotated.vectors[d], rotated.vectors[e])).toBeCloseTo(
					sparseDot(direct.vectors[d], direct.vectors[e]),
					5
				);
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

	it('scores the same whether a statement left and came back, or never moved', () => {
		const vectors = unitVectors(10, 6, 13);
		const z = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0];
		const scoresOf = (moves: (pull: MeaningPull) => void) => {
			const pull = new MeaningPull(vectors, 3, 2, true);
			z.forEach((k, d) => pull.move(d, k, 1));
			moves(pull);
			return vectors.map((_, d) => {
				const scores = new Float64Array(3);
				pull.score(d, Int32Array.from([0, 1, 2]), 3, scores);
				return Array.from(scores);
			});
		};
		const still = scoresOf(() => {});
		const whileOut = new Float64Array(3);
		// 4 leaves cluster 1 and is drawn back; 5 leaves cluster 2 and others are scored meanwhile
		const moved = scoresOf((pull) => {
			pull.move(4, 1, -1);
			pull.score(4, Int32Array.from([0, 1, 2]), 3, new Float64Array(3));
			pull.move(4, 1, 1);
			pull.move(5, 2, -1);
			pull.score(7, Int32Array.from([0, 1, 2]), 3, whileOut);
			pull.move(5, 2, 1);
		});
		moved.forEach((row, d) => row.forEach((x, k) => expect(x).toBeCloseTo(still[d][k], 9)));
		// while 5 was out, 7 was scored against the clusters without it
		const without = new MeaningPull(vectors, 3, 2, true);
		z.forEach((k, d) => d !== 5 && without.move(d, k, 1));
		const expected = new Float64Array(3);
		without.score(7, Int32Array.from([0, 1, 2]), 3, expected);
		whileOut.forEach((x, k) => expect(x).toBeCloseTo(expected[k], 9));
	});

	it('scores a subset the same from a Gram shared with the whole as from its own', () => {
		const vectors = unitVectors(12, 5, 17);
		const shared = new MeaningGram(vectors);
		const subset = [1, 4, 5, 8, 9, 11].map((d) => vectors[d]);
		const z = [0, 1, 0, 1, 1, 0];
		const [own, fromShared] = [true, shared].map((gram) => {
			const pull = new MeaningPull(subset, 2, 4, gram);
			z.forEach((k, d) => pull.move(d, k, 1));
			pull.move(2, 0, -1);
			pull.move(2, 1, 1);
			const scores = new Float64Array(2);
			pull.score(3, Int32Array.from([0, 1]), 2, scores);
			return Array.from(scores);
		});
		fromShared.forEach((x, k) => expect(x).toBeCloseTo(own[k], 9));
		expect(shared.rowsOf([vectors[3], new Float32Array(5)])).toBeNull();
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

/**
 * Four groups of statements, each with words of its own (wages, clinics, harvests, newspapers),
 * whose sentence vectors pair them into two subjects: groups 0 and 2, and 1 and 3.
 */
function fourWordGroupsTwoSubjects(perGroup: number, seed: number): StatementInput[] {
	const random = createRandom(seed);
	const pools = [
		['wages', 'contract', 'employer', 'overtime', 'union', 'pension'],
		['clinic', 'nurses', 'patients', 'medicine', 'hospital', 'vaccine'],
		['harvest', 'seeds', 'irrigation', 'cattle', 'fertiliser', 'tractor'],
		['newspaper', 'editors', 'broadcast', 'reporters', 'headline', 'radio']
	];
	return pools.flatMap((pool, g) =>
		Array.from({ length: perGroup }, (_, i) => ({
			id: `g${g}-${i}`,
			text: Array.from({ length: 6 }, () => pool[Math.floor(random() * pool.length)]).join(' '),
			meaning: Array.from({ length: 8 }, (_, j) => (j === g % 2 ? 1 : 0) + (random() - 0.5) * 0.3)
		}))
	);
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

	it('under k = auto with kByMeaning lets the vectors choose the number too: their subjects', () => {
		const statements = fourWordGroupsTwoSubjects(20, 4);
		const byWords = proposeThemes(statements, { seed: 4 });
		expect(byWords.diagnostics.kChosen).toBe(4);
		const byMeaning = proposeThemes(statements, { seed: 4, kByMeaning: true });
		expect(byMeaning.diagnostics.kChosen).toBe(2);
		// each theme is one subject: groups 0 and 2, or 1 and 3
		for (const theme of byMeaning.themes) {
			const subjects = new Set(theme.members.map((m) => Number(m.id[1]) % 2));
			expect(subjects.size).toBe(1);
		}
		const given = proposeThemes(statements, { k: 4, seed: 4, kByMeaning: true });
		expect(given.diagnostics.kChosen).toBe(4);
	});

	it('never throws, places every statement and is deterministic, with any vectors, meaning choosing k or not', () => {
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
				fc.boolean(),
				(list, k, kByMeaning) => {
					const a = proposeThemes(list, { k, seed: 2, kByMeaning });
					const b = proposeThemes(list, { k, seed: 2, kByMeaning });
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
