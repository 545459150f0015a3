/**
 * Runs the theme engine on a worker thread, so the server keeps answering while it works.
 * The built module is its own worker entry: loaded inside a worker carrying the tag below, it
 * computes the proposal and posts it back. From TypeScript sources (tests, `vite dev`) there is
 * no built file to start a worker with, so it runs in-process.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
	proposeThemes,
	type ProposeOptions,
	type StatementInput,
	type ThemeProposal
} from '$lib/clustering';

const TAG = 'converge:propose-themes';

if (!isMainThread && workerData?.tag === TAG) {
	parentPort!.postMessage(proposeThemes(workerData.statements, workerData.options));
}

/** True when this module runs from the build, where a worker can load it. */
export const canUseWorker = () => !/\.(ts|svelte)$/.test(new URL(import.meta.url).pathname);

/** The engine's proposal, computed on a worker thread when the app runs from its build. */
export function proposeOffThread(
	statements: StatementInput[],
	options: Omit<ProposeOptions, 'now'>
): Promise<ThemeProposal> {
	if (!canUseWorker()) return Promise.resolve(proposeThemes(statements, options));
	console.log(`Proposing themes for ${statements.length} statements on a worker thread`);
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL(import.meta.url), {
			workerData: { tag: TAG, statements, options }
		});
		worker.once('message', (result: ThemeProposal) => {
			resolve(result);
			void worker.terminate();
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0 && code !== 1)
				reject(new Error(`theme engine worker stopped with code ${code}`));
		});
	});
}
