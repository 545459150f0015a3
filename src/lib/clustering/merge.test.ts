import { describe, expect, it } from 'vitest';
import { toVector } from './corpus.js';
import { compact, mergeClusters } from './merge.js';

const vec = (terms: number[]) =>
	toVector(new Map(terms.map((t) => [t, 1])), new Float64Array(10).fill(1));

describe('compact', () => {
	it('renumbers by size and keeps locked ids', () => {
		expect([...compact(Int32Array.from([5, 5, 7, -1, 7, 7])).z]).toEqual([1, 1, 0, -1, 0, 0]);
		expect([...compact(Int32Array.from([0, 5, 7, 7]), 1).z]).toEqual([0, 2, 1, 1]);
	});
});

describe('mergeClusters', () => {
	const vectors = [vec([0, 1]), vec([0, 1, 2]), vec([0, 2]), vec([5, 6]), vec([6, 7])];
	it('merges the two clusters about the same words first', () => {
		const z = Int32Array.from([0, 1, 1, 2, 2]);
		const out = mergeClusters(vectors, z, 3, 2, 0, 0);
		expect(out.k).toBe(2);
		expect(out.z[0]).toBe(out.z[1]);
		expect(out.z[3]).not.toBe(out.z[0]);
	});
	it('keeps apart the two clusters it is told to, joining the next closest pair', () => {
		const z = Int32Array.from([0, 1, 1, 2, 2]);
		const out = mergeClusters(vectors, z, 3, 2, 0, 0, new Set(), [0, 1]);
		expect(out.k).toBe(2);
		expect(out.z[0]).not.toBe(out.z[1]);
		// and through a merge: 1 joins 2, and 0 still may not join what 1 is now part of
		const four = Int32Array.from([0, 1, 1, 2, 3]);
		const one = mergeClusters([...vectors], four, 4, 1, 0, 0, new Set(), [0, 1]);
		expect(one.k).toBe(2);
		expect(one.z[0]).not.toBe(one.z[1]);
	});
	it('never merges frozen clusters', () => {
		const z = Int32Array.from([0, 1, 1, 2, 2]);
		const out = mergeClusters(vectors, z, 3, 1, 0, 0, new Set([0]));
		expect(out.z[0]).toBe(0);
		expect(out.z[1]).not.toBe(0);
	});
});
