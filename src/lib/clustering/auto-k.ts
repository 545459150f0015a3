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
/** Hard ceiling: more themes than this is not a proposal a facilitator can curate. */
export const AUTO_MAX_CLUSTERS = 200;
/** Two clusters whose centroids are at least this close are one theme worded two ways. */
export const AUTO_MERGE_SIMILARITY = 0.3;
