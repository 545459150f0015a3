import { describe, expect, it } from 'vitest';
import { toVector } from './corpus.js';
import { createRandom } from './random.js';
import { clusterLogLikelihood, splitClusters } from './split.js';

// Words 0-3 are one topic, 4-7 another, 8-11 a third; each document uses three words of its topic.
const topic = (base: number, i: number) =>
	Int32Array.from([base + (i % 4), base + ((i + 1) % 4), base + ((i + 2) % 4)]);
const docsOf = (bases: number[], perTopic: number) =>
	bases.flatMap((b) => Array.from({ length: perTopic }, (_, i) => topic(b, i)));
const vectorsOf = (docs: Int32Array[]) =>
	docs.map((d) => toVector(new Map([...d].map((w) => [w, 1])), new Float64Array(12).fill(1)));

describe('clusterLogLikelihood', () => {
	it('matches the model by hand for one document of one word', () => {
		// log Γ(1+α) − log Γ(α) − [log Γ(1+Vβ) − log Γ(Vβ)] + log Γ(1+β) − log Γ(β) = log α − log Vβ + log β = log(α / V)
		expect(clusterLogLikelihood([Int32Array.from([0])], [0], 10, 1, 0.05)).toBeCloseTo(
			Math.log(1 / 10),
			10
		);
		expect(clusterLogLikelihood([Int32Array.from([3])], [0], 20, 0.5, 0.1)).toBeCloseTo(
			Math.log(0.5 / 20),
			10
		);
	});

	it('is higher for two topics apart than together', () => {
		const docs = docsOf([0, 4], 6);
		const all = docs.map((_, d) => d);
		const apart =
			clusterLogLikelihood(docs, all.slice(0, 6), 12, 1, 0.05) +
			clusterLogLikelihood(docs, all.slice(6), 12, 1, 0.05);
		expect(apart).toBeGreaterThan(clusterLogLikelihood(docs, all, 12, 1, 0.05));
	});
});

describe('splitClusters', () => {
	it('pulls apart two topics the sampler left in one cluster', () => {
		const docs = docsOf([0, 4, 8], 8);
		const z = Int32Array.from(docs, (_, d) => (d < 16 ? 0 : 1)); // topics 0 and 4 mixed in cluster 0
		const out = splitClusters({
			docs,
			vectors: vectorsOf(docs),
			vocabularySize: 12,
			z,
			k: 2,
			maxClusters: 10,
			maxLink: 0.2,
			random: createRandom(1)
		});
		expect(out.splits).toBe(1);
		expect(out.k).toBe(3);
		expect(new Set(out.z.slice(0, 8)).size).toBe(1);
		expect(new Set(out.z.slice(8, 16)).size).toBe(1);
		expect(out.z[0]).not.toBe(out.z[8]);
		expect([...out.z.slice(16)].every((c) => c === 1)).toBe(true);
	});

	it('leaves a cluster of one topic whole', () => {
		const docs = docsOf([0], 12);
		const out = splitClusters({
			docs,
			vectors: vectorsOf(docs),
			vocabularySize: 12,
			z: new Int32Array(12),
			k: 1,
			maxClusters: 10,
			maxLink: 0.2,
			random: createRandom(2)
		});
		expect(out.splits).toBe(0);
		expect([...out.z]).toEqual(new Array(12).fill(0));
	});

	it('never splits locked clusters, and stops at the cluster limit', () => {
		const docs = docsOf([0, 4], 8);
		const z = new Int32Array(16);
		const locked = splitClusters({
			docs,
			vectors: vectorsOf(docs),
			vocabularySize: 12,
			z,
			k: 1,
			maxClusters: 10,
			maxLink: 0.2,
			random: createRandom(1),
			locked: 1
		});
		expect(locked.splits).toBe(0);
		const full = splitClusters({
			docs,
			vectors: vectorsOf(docs),
			vocabularySize: 12,
			z,
			k: 1,
			maxClusters: 1,
			maxLink: 0.2,
			random: createRandom(1)
		});
		expect(full.splits).toBe(0);
	});

	it('refuses a split whose halves are linked closely enough to be one theme', () => {
		const docs = docsOf([0, 4], 8);
		const z = new Int32Array(16);
		const args = {
			docs,
			vectors: vectorsOf(docs),
			vocabularySize: 12,
			z,
			k: 1,
			maxClusters: 10,
			random: createRandom(1)
		};
		expect(splitClusters({ ...args, maxLink: 0.2 }).splits).toBe(1);
		// With every pair of halves counted as linked, nothing may split.
		expect(splitClusters({ ...args, random: createRandom(1), maxLink: 0 }).splits).toBe(0);
	});

	it('splits a big cluster from a sample and places the rest by fit', () => {
		const docs = docsOf([0, 4], 300); // 600 members: above the sample size
		const out = splitClusters({
			docs,
			vectors: vectorsOf(docs),
			vocabularySize: 12,
			z: new Int32Array(600),
			k: 1,
			maxClusters: 10,
			maxLink: 0.2,
			random: createRandom(5)
		});
		expect(out.k).toBe(2);
		expect(new Set(out.z.slice(0, 300)).size).toBe(1);
		expect(new Set(out.z.slice(300)).size).toBe(1);
		expect(out.z[0]).not.toBe(out.z[300]);
	});
});
