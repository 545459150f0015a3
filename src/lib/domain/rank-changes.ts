/** What changed in a ranking between two moments: which items went up or down, to which place. */

export interface Ranked {
	id: number;
	rank: number;
}
export interface RankChange {
	id: number;
	rank: number;
	direction: 'up' | 'down';
}

/**
 * The items whose place changed since `before` (id → rank), best place first; items that were not
 * ranked before, or are no longer, are not changes of place.
 */
export function rankChanges(
	before: ReadonlyMap<number, number>,
	after: readonly Ranked[]
): RankChange[] {
	const changes: RankChange[] = [];
	for (const { id, rank } of after) {
		const was = before.get(id);
		if (was === undefined || was === rank) continue;
		changes.push({ id, rank, direction: rank < was ? 'up' : 'down' });
	}
	// the climbs first (the news), each group by the place reached
	return changes.sort(
		(a, b) => (a.direction === b.direction ? 0 : a.direction === 'up' ? -1 : 1) || a.rank - b.rank
	);
}
