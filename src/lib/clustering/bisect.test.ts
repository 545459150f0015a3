import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus, clusteringView } from './corpus.js';
import { bisect, cutClusters, isCollapsed } from './bisect.js';
import { proposeThemes } from './propose.js';
import { createRandom } from './random.js';

// eight topics, each with words of its own; a statement draws five words from one topic
const TOPICS = [
	['rider', 'delivery', 'wage', 'shift', 'courier', 'tips'],
	['seed', 'soil', 'harvest', 'farmer', 'cattle', 'irrigation'],
	['clinic', 'nurse', 'vaccine', 'patient', 'hospital', 'medicine'],
	['radio', 'newspaper', 'journalist', 'broadcast', 'editor', 'censorship'],
	['loan', 'credit', 'bank', 'interest', 'debt', 'savings'],
	['school', 'teacher', 'pupil', 'classroom', 'exam', 'curriculum'],
	['river', 'forest', 'pollution', 'mining', 'drought', 'wildlife'],
	['housing', 'rent', 'eviction', 'landlord', 'tenant', 'shelter']
];

/** n statements per topic over the first t topics, each a seeded draw of five of its words. */
function topical(t: number, n: number, seed: number) {
	const random = createRandom(seed);
	const out: { id: string; text: string; topic: number }[] = [];
	for (let c = 0; c < t; c++)
		for (let i = 0; i < n; i++) {
			const words = Array.from({ length: 5 }, () => TOPICS[c][Math.floor(random() * 6)]);
			out.push({ id: `${c}-${i}`, text: words.join(' '), topic: c });
		}
	return out;
}

describe('bisect', () => {
	it('cuts two topics held in one group apart', () => {
		const input = topical(2, 6, 3);
		const view = clusteringView(buildCorpus(input), 1);
		const members = input.map((_, d) => d);
		const side = bisect(view.vectors, members, view.features, 2, createRandom(1))!;
		expect(side).not.toBeNull();
		const sideOf = (topic: number) =>
			new Set(input.flatMap((s, d) => (s.topic === topic ? [side[d]] : [])));
		expect(sideOf(0).size).toBe(1);
		expect(sideOf(1).size).toBe(1);
		expect([...sideOf(0)][0]).not.toBe([...sideOf(1)][0]);
	});

	it('refuses to cut a group that cannot make two parts of the smallest size', () => {
		const same = Array.from({ length: 6 }, (_, i) => ({ id: String(i), text: 'rider wage' }));
		const view = clusteringView(buildCorpus(same), 1);
		expect(bisect(view.vectors, [0, 1, 2, 3, 4, 5], view.features, 2, createRandom(1))).toBeNull();
		const three = topical(2, 6, 3);
		const v3 = clusteringView(buildCorpus(three), 1);
		expect(bisect(v3.vectors, [0, 1, 2], v3.features, 2, createRandom(1))).toBeNull();
	});

	it('cuts until asked to stop, never a locked cluster', () => {
		const input = topical(4, 5, 7);
		const view = clusteringView(buildCorpus(input), 1);
		// cluster 0 (locked) holds topic 0; cluster 1 holds the other three topics
		const z = Int32Array.from(input.map((s) => (s.topic === 0 ? 0 : 1)));
		const out = cutClusters(view.vectors, z, 2, 1, 2, createRandom(1), (sizes) => sizes.length < 4);
		expect(out.k).toBe(4);
		expect(out.cuts).toBe(2);
		input.forEach((s, d) => s.topic === 0 && expect(out.z[d]).toBe(0));
		for (let c = 1; c < 4; c++) {
			const topics = new Set(input.filter((_, d) => out.z[d] === c).map((s) => s.topic));
			expect(topics.size).toBe(1);
		}
	});
});

describe('isCollapsed', () => {
	it('is a largest theme over half the statements while others exist', () => {
		expect(isCollapsed([6, 2, 2], 10)).toBe(true);
		expect(isCollapsed([5, 3, 2], 10)).toBe(false);
		expect(isCollapsed([10], 10)).toBe(false);
		expect(isCollapsed([6, 0], 10)).toBe(false);
	});
});

describe('proposeThemes honours k', () => {
	it('returns exactly k themes when the statements hold k topics or more, none holding most of them', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 8 }),
				fc.integer({ min: 4, max: 9 }),
				fc.integer({ min: 1, max: 1000 }),
				(t, n, seed) => {
					const input = topical(t, n, seed);
					const result = proposeThemes(input, { k: t, seed });
					expect(result.themes).toHaveLength(t);
					expect(result.diagnostics.kChosen).toBe(t);
					const largest = Math.max(...result.themes.map((x) => x.members.length));
					expect(largest).toBeLessThanOrEqual(input.length / 2);
				}
			),
			{ numRuns: 25 }
		);
	});

	it('returns fewer only when the statements cannot make more groups, and says why', () => {
		const input = Array.from({ length: 6 }, (_, i) => ({ id: String(i), text: 'rider wage cut' }));
		const result = proposeThemes(input, { k: 4, seed: 1 });
		expect(result.diagnostics.kChosen).toBeLessThan(4);
		expect(result.diagnostics.kReason).toMatch(/asked for 4/);
		expect(result.diagnostics.kReason).toMatch(/at least 2 statements/);
	});

	it('keeps a theme from swallowing the corpus when the engine chooses k', () => {
		const input = [...topical(1, 30, 5), ...topical(4, 4, 6).filter((s) => s.topic > 0)];
		const result = proposeThemes(input, { k: 'auto', seed: 2 });
		const sizes = result.themes.map((x) => x.members.length);
		expect(isCollapsed(sizes, input.length)).toBe(false);
	});
});
