/**
 * Runs the theme engine on a worker thread, so the server keeps answering while it works.
 * The built module is its own worker entry: loaded inside a worker carrying the tag below, it
 * computes each proposal it is sent and posts it back. From TypeScript sources (tests, `vite dev`)
 * there is no built file to start a worker with, so it runs in-process.
 *
 * A worker that answered is kept for the next run (worker-keeper.ts): V8 has compiled the engine
 * and the sentence model is loaded, so the next proposal takes a fraction of the time (300
 * statements by words: 0.04 s instead of 0.38 s, `npm run bench:propose`). Each worker
 * has a memory limit; aborting the signal (a time limit, a cancel) terminates it, and a worker
 * that failed is never used again. How many run at once is the engine pool's business
 * (services/themes/engine.ts).
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
import { createWorkerKeeper } from './worker-keeper';
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

/** A run asked of a worker thread, and its answer. */
interface Job {
	id: number;
	statements: StatementInput[];
	options: Omit<ProposeOptions, 'now'>;
	embed: readonly number[];
}
type Reply = { id: number; answer: EngineAnswer } | { id: number; failed: string };

if (!isMainThread && workerData?.tag === TAG) {
	// the lowest priority for this thread only (Linux gives each thread its own): when the cores are
	// busy, the server's requests go before the engine
	try {
		setPriority(19);
	} catch {
		// not allowed here: the engine runs at the server's priority
	}
	// one run at a time (the main thread sends the next only after this one's reply)
	parentPort!.on('message', (job: Job) => {
		void embedAndPropose(job.statements, job.options, job.embed).then(
			(answer) => parentPort!.postMessage({ id: job.id, answer } satisfies Reply),
			(e: unknown) =>
				parentPort!.postMessage({
					id: job.id,
					failed: e instanceof Error ? (e.stack ?? e.message) : String(e)
				} satisfies Reply)
		);
	});
}

/** True when this module runs from the build, where a worker can load it. */
export const canUseWorker = () => !/\.(ts|svelte)$/.test(new URL(import.meta.url).pathname);

/** The heap one engine run may use, in megabytes (CONVERGE_ENGINE_MEMORY_MB, 512 by default). */
export function engineMemoryMb(): number {
	const mb = Number(process.env.CONVERGE_ENGINE_MEMORY_MB);
	return Number.isFinite(mb) && mb >= 32 ? mb : 512;
}

/** An idle worker is kept this long for the next run (CONVERGE_ENGINE_IDLE_S, 10 minutes by default). */
export function engineIdleMs(): number {
	const s = Number(process.env.CONVERGE_ENGINE_IDLE_S);
	return (Number.isFinite(s) && s >= 0 ? s : 600) * 1000;
}

// idle timers do not hold the process open
const workers = createWorkerKeeper<Worker>({
	create: () => {
		const worker = new Worker(new URL(import.meta.url), {
			workerData: { tag: TAG },
			resourceLimits: { maxOldGenerationSizeMb: engineMemoryMb() }
		});
		// a worker that fails between runs is logged (its exit drops it from the idle list) rather
		// than left without a listener, which would end the server
		worker.on('error', (e) => console.error('A theme engine worker failed:', e));
		return worker;
	},
	idleMs: engineIdleMs(),
	timers: {
		set: (fn, ms) => setTimeout(fn, ms).unref(),
		clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>)
	}
});
let lastJob = 0;

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
	const { worker, fresh } = workers.take();
	const id = ++lastJob;
	console.log(
		`Proposing themes for ${statements.length} statements on a worker thread` +
			(fresh ? '' : ' kept from an earlier run') +
			(embed.length > 0 ? ` (${embed.length} to embed first)` : '')
	);
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const done = () => {
			signal?.removeEventListener('abort', onAbort);
			worker.off('message', onMessage);
			worker.off('error', onError);
			worker.off('exit', onExit);
		};
		const onAbort = () => {
			done();
			workers.end(worker);
			reject(signal!.reason);
		};
		const onMessage = (reply: Reply) => {
			if (reply.id !== id) return;
			done();
			if ('failed' in reply) {
				workers.end(worker);
				reject(new Error(`theme engine failed: ${reply.failed}`));
				return;
			}
			workers.keep(worker);
			console.log(
				`Themes proposed for ${statements.length} statements in ${((performance.now() - started) / 1000).toFixed(2)} s`
			);
			resolve(reply.answer);
		};
		const onError = (err: Error & { code?: string }) => {
			done();
			workers.end(worker);
			reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new EngineStopped('memory') : err);
		};
		const onExit = (code: number) => {
			done();
			workers.end(worker);
			reject(new Error(`theme engine worker stopped with code ${code}`));
		};
		signal?.addEventListener('abort', onAbort, { once: true });
		worker.on('message', onMessage);
		worker.once('error', onError);
		worker.once('exit', onExit);
		worker.postMessage({ id, statements, options, embed } satisfies Job);
	});
}
