import { describe, expect, it } from 'vitest';
import { accuracy, ari, hungarian, nmi } from './metrics.js';

describe('metrics on hand-checkable cases', () => {
	it('identical partitions (up to renaming) score 1', () => {
		const t = ['a', 'a', 'b', 'b', 'c'];
		const p = [2, 2, 0, 0, 1];
		expect(nmi(t, p)).toBeCloseTo(1, 12);
		expect(ari(t, p)).toBeCloseTo(1, 12);
		expect(accuracy(t, p)).toBe(1);
	});

	it('one cluster for two balanced classes: NMI 0, ARI 0, ACC 1/2', () => {
		const t = ['a', 'a', 'b', 'b'];
		const p = [0, 0, 0, 0];
		expect(nmi(t, p)).toBe(0);
		expect(ari(t, p)).toBeCloseTo(0, 12);
		expect(accuracy(t, p)).toBe(0.5);
	});

	it('matches scikit-learn on a small mixed case', () => {
		// sklearn: normalized_mutual_info_score([0,0,0,1,1,1],[0,0,1,1,2,2]) = 0.5158037429793889
		// adjusted_rand_score(...) = 0.24242424242424246
		const t = [0, 0, 0, 1, 1, 1];
		const p = [0, 0, 1, 1, 2, 2];
		expect(nmi(t, p)).toBeCloseTo(0.5158037429793889, 10);
		expect(ari(t, p)).toBeCloseTo(0.24242424242424246, 10);
		// best matching: cluster 0 -> class 0 (2), cluster 2 -> class 1 (2): 4 of 6
		expect(accuracy(t, p)).toBeCloseTo(4 / 6, 12);
	});

	it('hungarian finds the cheapest assignment', () => {
		const cost = [
			[4, 1, 3],
			[2, 0, 5],
			[3, 2, 2]
		];
		// rows 0->1 (1), 1->0 (2), 2->2 (2) = 5 is the minimum
		expect(hungarian(cost)).toEqual([1, 0, 2]);
	});

	it('rejects labelings of different lengths', () => {
		expect(() => nmi([1, 2], [1])).toThrow(/differ in length/);
	});
});
