// Choosing k without being told: the mixture model's own tendency to leave clusters empty
// gives a first count, split moves (split.ts) undo what the sampler could not pull apart,
// merging clusters that are alike relative to their own coherence joins sub-topics, and groups
// far smaller than the proposal's typical theme are dissolved as fragments.

/** Upper bound on clusters tried for k = 'auto': grows like sqrt(n), as topic counts in real consultations do. */
export function chooseAutoClusters(n: number, maxK?: number): number {
	const bound =
		Math.ceil(AUTO_CLUSTERS_PER_SQRT_N * Math.sqrt(Math.max(1, n))) + AUTO_CLUSTERS_FLOOR;
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

/** A group of this share of a typical theme is always a theme, however few themes there are. */
export const FRAGMENT_MAX_SHARE = 0.1;

/**
 * Smallest group kept as a theme under k = 'auto'. A proposal is read at one level of detail:
 * with k_eff effective themes (exp of the Shannon entropy of the theme sizes, the Hill number
 * the cross-sector score uses too) a typical theme holds n / k_eff statements, and a group is a
 * theme only if it holds at least 1 / k_eff of that (at most FRAGMENT_MAX_SHARE of it). The
 * broader the themes, the more a small group is a fragment of a finer level of detail
 * (searchsnippets: about 11 effective themes of 1,000 and more statements, groups under about
 * 100 are fragments); the more themes, the smaller a theme may be (tweet: about 32 effective
 * themes, groups of 3 stay). Either way the floor is n / k_eff², never more than n / (10 k_eff).
 */
export function fragmentFloor(sizes: readonly number[]): number {
	const total = sizes.reduce((a, s) => a + Math.max(0, s), 0);
	if (total <= 0) return 0;
	const effective = effectiveThemes(sizes);
	return (total / effective) * Math.min(1 / effective, FRAGMENT_MAX_SHARE);
}

/** exp of the Shannon entropy of the sizes' shares: k for k equal themes, fewer when some dominate (0 for none). */
export function effectiveThemes(sizes: readonly number[]): number {
	const total = sizes.reduce((a, s) => a + Math.max(0, s), 0);
	if (total <= 0) return 0;
	let entropy = 0;
	for (const s of sizes) if (s > 0) entropy -= (s / total) * Math.log(s / total);
	return Math.exp(entropy);
}

/**
 * Split moves may at most multiply the mixture's clusters by this much before its chain counts as
 * stuck: then many clusters held several topics each (argq-dev, 20,974 arguments: 11–16 clusters,
 * ×1.69–2.6 after split moves, for 49 topics, seeds 1–8), where on searchsnippets' 12,340 they add
 * 21–44% and on tweet 13–33%.
 */
export const STUCK_SPLIT_FACTOR = 1.5;

/** The mixture's chain was stuck in a mode of few, mixed clusters: split moves multiplied their number by more than STUCK_SPLIT_FACTOR. */
export function mixtureStuck(mixedClusters: number, splitClusters: number): boolean {
	return mixedClusters > 0 && splitClusters > STUCK_SPLIT_FACTOR * mixedClusters;
}
