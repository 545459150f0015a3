// The flags the engine's benchmarks share (bench:cluster, bench:k-auto).
import { resolve } from 'node:path';

/** parseArgs options for --data DIR (default ../shared/data beside the project), --seeds N and --quick. */
export function suiteFlags(root: string) {
	return {
		data: { type: 'string', default: resolve(root, '../shared/data') },
		seeds: { type: 'string' },
		quick: { type: 'boolean', default: false }
	} as const;
}

/** The number of seeds from --seeds, or `fallback` when absent; throws unless a whole number of at least 1. */
export function seedCount(flag: string | undefined, fallback: number): number {
	const seeds = Number(flag ?? fallback);
	if (!Number.isInteger(seeds) || seeds < 1)
		throw new Error(`--seeds expects a whole number of at least 1, got "${flag}"`);
	return seeds;
}
