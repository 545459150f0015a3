// Seeded pseudo-random numbers: the engine's only source of randomness, so a seed fixes the output;
// the one generator of the app, its demo and its benchmarks too.

/** Turns any seed (number or string) into a 32-bit integer. */
export function seedToInt(seed: number | string | undefined): number {
	const s = String(seed ?? 0);
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0;
}

/** mulberry32 from any seed, hashed first: small, fast, good enough for Gibbs sampling and shuffles. Returns floats in [0, 1). */
export function createRandom(seed: number | string | undefined): () => number {
	return mulberry32(seedToInt(seed));
}

/**
 * The generator itself, from a 32-bit state taken as given: for the demo vote and the benchmarks,
 * whose figures were fixed with a raw state. Returns floats in [0, 1).
 */
export function mulberry32(state: number): () => number {
	let a = state | 0;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates shuffle in place with the given generator. */
export function shuffle<T>(items: T[], random: () => number): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j], items[i]];
	}
	return items;
}
