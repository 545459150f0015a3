import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { meaningOf, openMeaningCache } from './meaning.js';

const dir = mkdtempSync(join(tmpdir(), 'converge-meaning-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cosine = (a: Float32Array, b: Float32Array) => {
	let dot = 0;
	let na = 0;
	let nb = 0;
	for (let i = 0; i < a.length; i++) {
		dot += a[i] * b[i];
		na += a[i] * a[i];
		nb += b[i] * b[i];
	}
	return dot / Math.sqrt(na * nb);
};

describe('sentence vectors for the benchmark', () => {
	const texts = [
		'Children are bullied at school',
		'Pupils face bullying in their schools',
		'The stock market fell sharply today',
		'Children are bullied at school'
	];

	it('places a point made in other words closer than another subject, and caches it', async () => {
		const file = join(dir, 'meaning.jsonl');
		const first = await meaningOf(texts, openMeaningCache(file));
		expect(first.embedded).toBe(3);
		expect(first.vectors).toHaveLength(4);
		for (const v of first.vectors) expect(v).toHaveLength(512);
		const [bullied, bullying, market, again] = first.vectors;
		expect(cosine(bullied, bullying)).toBeGreaterThan(cosine(bullied, market) + 0.2);
		expect(Array.from(again)).toEqual(Array.from(bullied));

		// read back from the file: nothing embedded, the same vectors
		const second = await meaningOf(texts, openMeaningCache(file));
		expect(second.embedded).toBe(0);
		second.vectors.forEach((v, i) => expect(Array.from(v)).toEqual(Array.from(first.vectors[i])));
		expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(3);
	}, 60_000);

	it('embeds again a text whose cached line was cut short', async () => {
		const file = join(dir, 'cut.jsonl');
		await meaningOf(texts.slice(0, 1), openMeaningCache(file));
		const line = readFileSync(file, 'utf8').trim();
		rmSync(file);
		appendFileSync(file, line.slice(0, line.length - 10) + '\n');
		const cache = openMeaningCache(file);
		expect(cache.vectors.size).toBe(0);
		const again = await meaningOf(texts.slice(0, 1), cache);
		expect(again.embedded).toBe(1);
	}, 60_000);
});
