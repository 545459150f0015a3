/** The floor's merge suggestions: when they may be made and which theme a merge keeps (a plain module: pages load it; the form's schema is in suggestion-schema.ts). */
import type { Phase } from './types';

/**
 * The floor suggests merges while themes exist and are still being shaped: during convergence,
 * when facilitators curate them, and during voting, when the plenary sees them side by side on
 * the ballot. Before convergence there are no themes; from the manifesto on they are written up.
 */
export function suggestionsOpen(phase: Phase): boolean {
	return phase === 'convergence' || phase === 'voting';
}

/** The pair in its stored order (smaller id first), so "A and B" and "B and A" are one suggestion. */
export function orderedPair(a: number, b: number): [low: number, high: number] {
	return a < b ? [a, b] : [b, a];
}

/** What a merge needs to know about each theme of the pair. */
export interface MergeCandidate {
	id: number;
	/** how many statements it holds */
	size: number;
	/** named by a vote round or a manifesto pointer, so it cannot be merged away */
	inUse: boolean;
}

/**
 * Which theme of the pair a merge keeps and which joins it, or null when both are in use. The
 * one in use is kept; otherwise the larger, then the older: the theme most people already know
 * by its name stays.
 */
export function mergeDirection(
	a: MergeCandidate,
	b: MergeCandidate
): { kept: number; joining: number } | null {
	if (a.inUse && b.inUse) return null;
	const aFirst = a.inUse !== b.inUse ? a.inUse : a.size !== b.size ? a.size > b.size : a.id < b.id;
	return aFirst ? { kept: a.id, joining: b.id } : { kept: b.id, joining: a.id };
}

/** A theme as a suggestion names it. */
export interface SuggestedTheme {
	id: number;
	label: string;
	/** how many statements it holds */
	size: number;
}

/** An open suggestion whose two themes are both live, as the board and the phones show it. */
export interface Suggestion {
	id: number;
	/** the theme a merge keeps (named first) */
	kept: SuggestedTheme;
	/** the theme whose statements a merge moves into the kept one */
	joining: SuggestedTheme;
	/** how many people made or support it */
	supporters: number;
	/** whether the person looking supports it */
	mine: boolean;
	/** both themes are named by a vote round or a pointer: it can only be dismissed */
	blocked: boolean;
}

/** What a suggestion's form answers: what was done, or why it was refused. */
export interface SuggestionResult {
	message?: string;
	suggestion?: 'suggested' | 'applied' | 'dismissed' | 'supported' | 'withdrawn';
}
