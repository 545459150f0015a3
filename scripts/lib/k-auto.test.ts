import { describe, expect, it } from 'vitest';
import {
	meaningSilhouette,
	ruleCount,
	thresholdBand,
	thresholdIn,
	withinTwofold,
	twoLevels,
	levelsWithin
} from './k-auto.js';

/** Items around two opposite directions, with a little spread, and their true groups. */
function twoDirections(perGroup: number) {
	const vectors: number[][] = [];
	const groups: number[] = [];
	for (let g = 0; g < 2; g++)
		for (let i = 0; i < perGroup; i++) {
			const wobble = (i - perGroup / 2) / (perGroup * 10);
			vectors.push(g === 0 ? [1, wobble, 0] : [-1, 0, wobble]);
			groups.push(g);
		}
	return { vectors, groups };
}

describe('meaningSilhouette', () => {
	it('is near 1 for groups that lie in opposite directions', () => {
		const { vectors, groups } = twoDirections(10);
		expect(meaningSilhouette(vectors, groups)).toBeGreaterThan(0.95);
	});

	it('falls when each group mixes both directions', () => {
		const { vectors, groups } = twoDirections(10);
		const mixed = groups.map((_, i) => i % 2);
		expect(meaningSilhouette(vectors, mixed)).toBeLessThan(
			meaningSilhouette(vectors, groups) - 0.5
		);
	});

	it('ignores the length of a vector and unassigned items', () => {
		const { vectors, groups } = twoDirections(6);
		const longer = vectors.map((v, i) => v.map((x) => x * (1 + i)));
		const withStray = [...vectors, [0, 1, 0]];
		expect(meaningSilhouette(longer, groups)).toBeCloseTo(meaningSilhouette(vectors, groups), 12);
		expect(meaningSilhouette(withStray, [...groups, -1])).toBeCloseTo(
			meaningSilhouette(vectors, groups),
			12
		);
	});

	it('is NaN with one group', () => {
		expect(
			meaningSilhouette(
				[
					[1, 0],
					[0, 1]
				],
				[0, 0]
			)
		).toBeNaN();
	});
});

describe('withinTwofold', () => {
	it('takes half and twice the true number, and nothing beyond', () => {
		expect([4, 8, 16].map((c) => withinTwofold(c, 8))).toEqual([true, true, true]);
		expect([3, 17].map((c) => withinTwofold(c, 8))).toEqual([false, false]);
	});
});

describe('the rule and its band', () => {
	const broad = { words: 40, meaning: 7, silhouette: 0.2, trueK: 8 };
	const fine = { words: 35, meaning: 15, silhouette: 0.4, trueK: 60 };
	const oneSubject = { words: 10, meaning: 1, silhouette: 0.1, trueK: 9 };

	it("takes meaning's count below the threshold when meaning sees two subjects or more", () => {
		expect(ruleCount(broad, 0.3)).toBe(7);
		expect(ruleCount(broad, 0.2)).toBe(40);
		expect(ruleCount(oneSubject, 0.3)).toBe(10);
	});

	it('is bounded below by runs that need meaning and above by runs that need the words', () => {
		expect(thresholdBand([broad, fine, oneSubject])).toEqual({ above: 0.2, upTo: 0.4 });
		expect(thresholdBand([fine])).toEqual({ above: -Infinity, upTo: 0.4 });
	});

	it('gives a threshold inside the band that the rule then meets on every run', () => {
		const runs = [broad, fine, oneSubject];
		const t = thresholdIn(thresholdBand(runs)!);
		expect(t).toBeCloseTo(0.3, 12);
		for (const run of runs) expect(withinTwofold(ruleCount(run, t), run.trueK)).toBe(true);
		expect(thresholdIn({ above: -Infinity, upTo: 0.4 })).toBe(-Infinity);
		expect(thresholdIn({ above: 0.2, upTo: Infinity })).toBe(Infinity);
		expect(ruleCount(broad, Infinity)).toBe(7);
		expect(ruleCount(fine, -Infinity)).toBe(35);
	});

	it('is null when the runs need crossing thresholds or neither count is right', () => {
		expect(thresholdBand([broad, { ...fine, silhouette: 0.15 }])).toBeNull();
		expect(thresholdBand([{ ...broad, meaning: 30 }])).toBeNull();
		expect(thresholdBand([{ ...oneSubject, trueK: 40 }])).toBeNull();
	});
});

describe('twoLevels', () => {
	it('pools the labelled texts of every topic, labelled by topic and by label within it', () => {
		const levels = twoLevels([
			{
				topic: 'Schools',
				rows: [
					{ id: '1', text: 'Bullying is worse at school', label: 'Safety' },
					{ id: '2', text: 'A school day is long', label: null },
					{ id: '3', text: 'Children are safer at home', label: 'Safety' }
				]
			},
			{
				topic: 'Cities',
				rows: [{ id: '4', text: 'Streets are not safe at night', label: 'Safety' }]
			}
		]);
		expect(levels.rows.map((r) => r.id)).toEqual(['1', '3', '4']);
		expect(levels.topic).toEqual(['Schools', 'Schools', 'Cities']);
		// the same label in two topics is two labels
		expect(new Set(levels.fine).size).toBe(2);
		expect(levels.fine[0]).toBe(levels.fine[1]);
	});
});

describe('levelsWithin', () => {
	it('names the levels whose number a count is within a factor of two of', () => {
		expect(levelsWithin(20, 20, 177)).toBe('coarse');
		expect(levelsWithin(90, 20, 177)).toBe('fine');
		expect(levelsWithin(30, 20, 50)).toBe('coarse and fine');
		expect(levelsWithin(60, 20, 177)).toBe('neither');
	});
});
