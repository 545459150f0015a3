// Choosing k without being told: the mixture model's own tendency to leave clusters empty
// gives a first count, and merging clusters whose centroids are alike gives the final one.

/** Upper bound on clusters tried for k = 'auto': grows like sqrt(n), as topic counts in real consultations do. */
export function chooseAutoClusters(n: number, maxK?: number): number {
	const bound = Math.ceil(AUTO_CLUSTERS_PER_SQRT_N * Math.sqrt(Math.max(1, n))) + AUTO_CLUSTERS_FLOOR;
	return Math.max(1, Math.min(maxK ?? AUTO_MAX_CLUSTERS, bound));
}

/** sqrt(n) multiplier for the upper bound. */
export const AUTO_CLUSTERS_PER_SQRT_N = 2;
/** Small inputs still get room for several themes. */
export const AUTO_CLUSTERS_FLOOR = 10;
/** Hard ceiling on the sampler's clusters: sampling cost grows with it, and more themes than this is not a proposal anyone can curate. */
export const AUTO_MAX_CLUSTERS = 100;
/**
 * k = 'auto' merges a pair only when members of the two are at least this similar relative to their
 * own coherence (see merge.ts): 0.2 keeps tight small topics apart (tweet) while joining sub-topics.
 */
export const AUTO_MIN_LINK = 0.2;
/** ...and only when the merged theme keeps this share of its parts' coherence, which stops chaining. */
export const AUTO_MIN_RETENTION = 0.7;
