import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SparseVector } from './corpus.js';
import { createRandom } from './random.js';
import { joinNearest, mixtureSample, sampleVocabulary } from './subsample.js';

const unit = (entries: [number, number][]): SparseVector => {
	const sorted = [...entries].sort((a, b) => a[0] - b[0]);
	const norm = Math.sqrt(sorted.reduce((a, [, x]) => a + x * x, 0)) || 1;
	return {
		indices: Int32Array.from(sorted, ([i]) => i),
		values: Float32Array.from(sorted, ([, x]) => x / norm)
	};
};

describe('mixtureSample', () => {
	it('keeps every statement when there are no more than the sample size', () => {
		expect(mixtureSample(new Int32Array(5).fill(-1), 5, createRandom(1))).toEqual([0, 1, 2, 3, 4]);
	});

	it('draws the sample size of the free statements, sorted and distinct, with every fixed one too', () => {
		const fixed = new Int32Array(50).fill(-1);
		fixed[7] = 0;
		fixed[42] = 1;
		const sample = mixtureSample(fixed, 10, createRandom(3));
		expect(sample).toHaveLength(12);
		expect(new Set(sample).size).toBe(12);
		expect([...sample].sort((a, b) => a - b)).toEqual(sample);
		expect(sample).toContain(7);
		expect(sample).toContain(42);
	});

	it('is the same for the same seed and differs for another', () => {
		const fixed = new Int32Array(200).fill(-1);
		const a = mixtureSample(fixed, 20, createRandom(1));
		expect(mixtureSample(fixed, 20, createRandom(1))).toEqual(a);
		expect(mixtureSample(fixed, 20, createRandom(2))).not.toEqual(a);
	});
});

describe('sampleVocabulary', () => {
	it('keeps only words used by at least minDf sampled statements, re-indexed densely in id order', () => {
		const docs = [
			Int32Array.from([5, 9, 9]),
			Int32Array.from([9, 12]),
			Int32Array.from([5, 12, 30]),
			Int32Array.from([30, 30])
		];
		// statements 0-2 sampled: 5 (2 statements), 9 (2), 12 (2), 30 (1: dropped)
		const out = sampleVocabulary(docs, [0, 1, 2], 2);
		expect(out.features).toBe(3);
		expect(out.docs.map((d) => [...d])).toEqual([
			[0, 1, 1],
			[1, 2],
			[0, 2]
		]);
	});
});

describe('joinNearest', () => {
	it('keeps assigned statements and gives each other one the most similar cluster', () => {
		const vectors = [
			unit([[0, 1]]),
			unit([[1, 1]]),
			unit([
				[0, 1],
				[2, 0.2]
			]),
			unit([
				[1, 1],
				[0, 0.3]
			]),
			unit([[5, 1]])
		];
		const z = joinNearest(vectors, Int32Array.from([0, 1, -1, -1, -1]), 2);
		// statement 4 shares no feature with either cluster and stays unassigned
		expect([...z]).toEqual([0, 1, 0, 1, -1]);
	});

	it('never moves an assigned statement and assigns only to existing clusters', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						terms: fc.array(
							fc.tuple(
								fc.integer({ min: 0, max: 8 }),
								fc.double({ min: 0.1, max: 1, noNaN: true })
							),
							{
								maxLength: 4
							}
						),
						c: fc.integer({ min: -1, max: 3 })
					}),
					{ maxLength: 30 }
				),
				(rows) => {
					const vectors = rows.map((r) => unit([...new Map(r.terms)]));
					const zIn = Int32Array.from(rows, (r) => r.c);
					const z = joinNearest(vectors, zIn, 4);
					const used = new Set([...zIn].filter((c) => c >= 0));
					z.forEach((c, d) => {
						if (zIn[d] >= 0) expect(c).toBe(zIn[d]);
						else expect(c === -1 || used.has(c)).toBe(true);
					});
				}
			)
		);
	});
});
