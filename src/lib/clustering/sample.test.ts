import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SurfaceCounts, buildCorpus } from './corpus.js';
import { runDmm } from './gsdmm.js';
import { proposeThemes, sampleForThemes } from './propose.js';
import { createRandom } from './random.js';
import { termOf, tokenize } from './text.js';

describe('sampleForThemes', () => {
	it('keeps every statement when there are no more than asked for', () => {
		const fixed = new Int32Array(5).fill(-1);
		expect(sampleForThemes(fixed, 5, createRandom(1))).toEqual([0, 1, 2, 3, 4]);
	});

	it('draws the asked number, locked members first in, in input order, the same for a seed', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 1, maxLength: 200 }),
				fc.integer({ min: 1, max: 100 }),
				fc.integer(),
				(ids, size, seed) => {
					const fixed = Int32Array.from(ids);
					const picked = sampleForThemes(fixed, size, createRandom(seed));
					const locked = ids.filter((c) => c >= 0).length;
					expect(picked.length).toBe(Math.min(ids.length, Math.max(size, locked)));
					for (let d = 0; d < ids.length; d++) if (ids[d] >= 0) expect(picked).toContain(d);
					expect([...picked].sort((a, b) => a - b)).toEqual(picked);
					expect(new Set(picked).size).toBe(picked.length);
					expect(sampleForThemes(fixed, size, createRandom(seed))).toEqual(picked);
				}
			),
			{ numRuns: 100 }
		);
	});
});

describe('runDmm from a starting assignment', () => {
	const docs = [
		[0, 1],
		[1, 2],
		[3, 4],
		[4, 5],
		[0, 2],
		[3, 5]
	].map((d) => Int32Array.from(d));

	it('starts where it is told and, without sweeps, stays there', () => {
		const init = Int32Array.from([2, 2, 0, 0, -1, 0]);
		const { z } = runDmm({
			docs,
			vocabularySize: 6,
			maxClusters: 3,
			iterations: 0,
			random: createRandom(1),
			init
		});
		expect(Array.from(z).slice(0, 4)).toEqual([2, 2, 0, 0]);
		expect(z[5]).toBe(0);
		expect(z[4]).toBeGreaterThanOrEqual(0);
	});
});

describe('large inputs: themes found on a sample', () => {
	const topics = [
		'river water pollution fish',
		'school teachers pupils classes',
		'bus train tickets fares',
		'hospital doctors nurses waiting'
	];
	const statements = Array.from({ length: 240 }, (_, i) => ({
		id: String(i),
		text: `${topics[i % 4]} ${['today', 'again', 'now', 'here', 'too'][i % 5]} ${i % 7 === 0 ? 'really' : ''}`
	}));

	it('still returns k themes, every statement placed, the topics kept apart', () => {
		const result = proposeThemes(statements, { k: 4, seed: 3, sampleSize: 40 });
		expect(result.themes).toHaveLength(4);
		const placed = result.themes.reduce((a, t) => a + t.members.length, 0);
		expect(placed + result.unassigned.length).toBe(statements.length);
		for (const t of result.themes) {
			const subjects = new Set(t.members.map((m) => Number(m.id) % 4));
			expect(subjects.size).toBe(1);
		}
	});

	it('keeps locked members in their theme even when the sample is tiny', () => {
		const memberIds = ['0', '4', '8', '12'];
		const result = proposeThemes(statements, {
			k: 3,
			seed: 2,
			sampleSize: 10,
			locked: [{ id: 'river', memberIds }]
		});
		const locked = result.themes.find((t) => t.lockedId === 'river')!;
		for (const id of memberIds) expect(locked.members.map((m) => m.id)).toContain(id);
		expect(result.themes.filter((t) => !t.lockedId)).toHaveLength(3);
	});

	it('is deterministic for a seed', () => {
		const a = proposeThemes(statements, { k: 4, seed: 9, sampleSize: 50 });
		const b = proposeThemes(statements, { k: 4, seed: 9, sampleSize: 50 });
		expect(a).toEqual(b);
	});
});

describe('text and corpus shortcuts', () => {
	it('termOf agrees with tokenize word by word', () => {
		fc.assert(
			fc.property(
				fc.lorem({ maxCount: 8 }),
				fc.constantFrom('en', 'es', 'fr', 'pt'),
				(text, lang) => {
					const stems = tokenize(text, lang).map((t) => t.stem);
					const viaTerm = text
						.split(/[^\p{L}\p{M}\p{N}]+/u)
						.filter((w) => w.length > 0)
						.map((w) => termOf(w.toLowerCase(), lang))
						.filter((t): t is string => t !== null);
					expect(viaTerm).toEqual(stems);
				}
			),
			{ numRuns: 100 }
		);
	});

	it('a bigram written as a pair counts as the same string written whole', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 })), {
					maxLength: 20
				}),
				(pairs) => {
					const byPair = new SurfaceCounts();
					const whole = new SurfaceCounts();
					for (const [a, b] of pairs) {
						byPair.addPair(a, b);
						whole.add(a + ' ' + b);
					}
					expect([...byPair.entries()]).toEqual([...whole.entries()]);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('counts a bigram once per spelling and keeps the corpus vocabulary in first-seen order', () => {
		const corpus = buildCorpus([
			{ id: '1', text: 'Budget cuts hurt schools' },
			{ id: '2', text: 'budget cuts again' }
		]);
		const bigram = corpus.terms.indexOf(`${corpus.terms[0]} ${corpus.terms[1]}`);
		expect(bigram).toBeGreaterThan(1);
		expect(corpus.isBigram[bigram]).toBe(true);
		expect(corpus.df[bigram]).toBe(2);
		expect([...corpus.surfaces[bigram].entries()]).toEqual([
			['Budget cuts', 1],
			['budget cuts', 1]
		]);
		expect(corpus.termIndex?.get('budget')).toBe(0);
	});
});
