/**
 * Runs the theme engine on a worker thread, so the server keeps answering while it works.
 * The built module is its own worker entry: loaded inside a worker carrying the tag below, it
 * computes the proposal and posts it back. From TypeScript sources (tests, `vite dev`) there is
 * no built file to start a worker with, so it runs in-process.
 *
 * Each worker has a memory limit; aborting the signal (a time limit, a cancel) terminates it.
 * How many run at once is the engine pool's business (services/themes/engine.ts).
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { setPriority } from 'node:os';
import {
	proposeThemes,
	type ProposeOptions,
	type StatementInput,
	type ThemeProposal
} from '$lib/clustering';
import { EngineStopped } from './engine-pool';
import { embedTexts } from './meaning/encoder';

const TAG = 'converge:propose-themes';

/** A proposal and the sentence vectors made for it (in the order of the `embed` indices asked). */
export interface EngineAnswer {
	proposal: ThemeProposal;
	embedded: Float32Array[];
}

/**
 * Embeds the statements at `embed` (their text), then proposes themes. When the sentence model
 * cannot be loaded or fails, the themes are proposed by words alone (no statement's vector used).
 */
export async function embedAndPropose(
	statements: StatementInput[],
	options: Omit<ProposeOptions, 'now'>,
	embed: readonly number[]
): Promise<EngineAnswer> {
	let embedded: Float32Array[] = [];
	let input = statements;
	if (embed.length > 0)
		try {
			embedded = await embedTexts(embed.map((i) => statements[i].text));
			input = statements.slice();
			embed.forEach((i, j) => (input[i] = { ...input[i], meaning: embedded[j] }));
		} catch (e) {
			console.error('The sentence model failed; themes are proposed by words alone:', e);
			embedded = [];
			input = statements.map(({ meaning: _m, ...rest }) => rest);
		}
	return { proposal: proposeThemes(input, options), embedded };
}

if (!isMainThread && workerData?.tag === TAG) {
	// the lowest priority for this thread only (Linux gives each thread its own): when the cores are
	// busy, the server's requests go before the engine
	try {
		setPriority(19);
	} catch {
		// not allowed here: the engine runs at the server's priority
	}
	void embedAndPropose(workerData.statements, workerData.options, workerData.embed ?? []).then(
		(answer) => parentPort!.postMessage(answer)
	);
}

/** True when this module runs from the build, where a worker can load it. */
export const canUseWorker = () => !/\.(ts|svelte)$/.test(new URL(import.meta.url).pathname);

/** The heap one engine run may use, in megabytes (CONVERGE_ENGINE_MEMORY_MB, 512 by default). */
export function engineMemoryMb(): number {
	const mb = Number(process.env.CONVERGE_ENGINE_MEMORY_MB);
	return Number.isFinite(mb) && mb >= 32 ? mb : 512;
}

/**
 * The engine's proposal, computed on a worker thread when the app runs from its build; the
 * statements at `embed` get their sentence vectors made there first (returned in `embedded`).
 */
export function proposeOffThread(
	statements: StatementInput[],
	options: Omit<ProposeOptions, 'now'>,
	signal?: AbortSignal,
	embed: readonly number[] = []
): Promise<EngineAnswer> {
	if (signal?.aborted) return Promise.reject(signal.reason);
	if (!canUseWorker()) return embedAndPropose(statements, options, embed);
	console.log(
		`Proposing themes for ${statements.length} statements on a worker thread` +
			(embed.length > 0 ? ` (${embed.length} to embed first)` : '')
	);
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL(import.meta.url), {
			workerData: { tag: TAG, statements, options, embed },
			resourceLimits: { maxOldGenerationSizeMb: engineMemoryMb() }
		});
		const onAbort = () => {
			reject(signal!.reason);
			void worker.terminate();
		};
		signal?.addEventListener('abort', onAbort, { once: true });
		worker.once('message', (result: EngineAnswer) => {
			signal?.removeEventListener('abort', onAbort);
			resolve(result);
			void worker.terminate();
		});
		worker.once('error', (err: Error & { code?: string }) => {
			signal?.removeEventListener('abort', onAbort);
			reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new EngineStopped('memory') : err);
		});
		worker.once('exit', (code) => {
			signal?.removeEventListener('abort', onAbort);
			if (code !== 0 && code !== 1)
				reject(new Error(`theme engine worker stopped with code ${code}`));
		});
	});
}
