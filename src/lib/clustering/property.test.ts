import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, findSimilar, placeStatements, proposeThemes } from './index.js';

const awkward = fc.oneof(
	fc.constant(''),
	fc.constant('word'),
	fc.constant('🙂🎉🔥'),
	fc.constant('x'.repeat(10_000)),
	fc.constant('digital rights '.repeat(700)),
	fc.constant('حقوق العمال الرقمية والبيانات'),
	fc.constant('שלום עולם data workers'),
	fc.constant('日本語 mixed script données ñandú'),
	fc.string(),
	fc.string({ unit: 'grapheme', maxLength: 60 }),
	fc.lorem({ maxCount: 12 })
);
const statementList = fc.array(
	fc.record({
		id: fc.string({ minLength: 1, maxLength: 4 }),
		text: awkward,
		sector: fc.option(fc.constantFrom('labour', 'gender', 'media'))
	}),
	{ maxLength: 12 }
);

describe('never throws on awkward input', () => {
	it('proposeThemes, with duplicates, 0 and 1 statements, any k', () => {
		fc.assert(
			fc.property(
				statementList,
				fc.oneof(fc.constant('auto' as const), fc.integer({ min: 1, max: 6 })),
				fc.boolean(),
				(list, k, dup) => {
					const input = dup ? [...list, ...list] : list;
					const result = proposeThemes(input, { k, seed: 1 });
					const placed =
						result.themes.reduce((a, t) => a + t.members.length, 0) + result.unassigned.length;
					expect(placed).toBe(input.length);
					for (const t of result.themes) {
						expect(t.keyPhrases.length).toBeLessThanOrEqual(4);
						expect(t.cohesion).toBeGreaterThanOrEqual(0);
						expect(t.crossSector).toBeGreaterThanOrEqual(0);
					}
				}
			),
			{ numRuns: 60 }
		);
	});

	it('findSimilar, placeStatements and detectLanguage', () => {
		fc.assert(
			fc.property(awkward, statementList, (text, list) => {
				findSimilar(text, list);
				placeStatements([{ id: 'n', text }], [{ id: 't', statements: list }]);
				const lang = detectLanguage(text);
				expect([null, 'en', 'es', 'fr', 'pt']).toContain(lang);
			}),
			{ numRuns: 60 }
		);
	});

	it('same input and seed give the same themes', () => {
		fc.assert(
			fc.property(
				fc.array(fc.lorem({ maxCount: 10 }), { minLength: 1, maxLength: 20 }),
				fc.integer(),
				(texts, seed) => {
					const input = texts.map((text, i) => ({ id: String(i), text }));
					expect(proposeThemes(input, { seed })).toEqual(proposeThemes(input, { seed }));
				}
			),
			{ numRuns: 30 }
		);
	});
});
