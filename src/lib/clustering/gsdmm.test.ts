import { describe, expect, it } from 'vitest';
import { logGamma, runDmm } from './gsdmm.js';
import { createRandom } from './random.js';

describe('logGamma', () => {
	it.each([
		[1, 0],
		[2, 0],
		[5, Math.log(24)],
		[0.5, Math.log(Math.sqrt(Math.PI))],
		[100, 359.1342053695754]
	])('logGamma(%d)', (x, expected) => {
		expect(logGamma(x)).toBeCloseTo(expected, 8);
	});
});

describe('runDmm', () => {
	// words 0-2 are topic A, 3-5 topic B
	const docs = [
		[0, 1],
		[1, 2],
		[0, 2],
		[0, 1, 2],
		[3, 4],
		[4, 5],
		[3, 5],
		[3, 4, 5]
	].map((d) => Int32Array.from(d));

	it('puts documents that share words together and apart from the rest', () => {
		const { z } = runDmm({ docs, vocabularySize: 6, maxClusters: 4, random: createRandom(3) });
		expect(new Set(z.slice(0, 4)).size).toBe(1);
		expect(new Set(z.slice(4)).size).toBe(1);
		expect(z[0]).not.toBe(z[4]);
	});

	it('leaves empty documents unassigned and keeps fixed ones where they are', () => {
		const fixed = Int32Array.from([1, -1, -1, -1, -1, -1, -1, -1, -1]);
		const { z } = runDmm({
			docs: [...docs, new Int32Array(0)],
			vocabularySize: 6,
			maxClusters: 4,
			random: createRandom(1),
			fixed
		});
		expect(z[0]).toBe(1);
		expect(z[8]).toBe(-1);
	});

	it('takes a pasted document of 20,000 words beside short statements', () => {
		// its word counts repeat topic A's words; no table may grow with the square of its length
		const long = Int32Array.from({ length: 20_000 }, (_, i) => i % 3);
		const { z } = runDmm({
			docs: [...docs, long],
			vocabularySize: 6,
			maxClusters: 4,
			random: createRandom(2)
		});
		expect(z[8]).toBeGreaterThanOrEqual(0);
		expect(new Set(z.slice(4, 8)).size).toBe(1);
	});
});
