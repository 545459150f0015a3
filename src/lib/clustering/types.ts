// Plain data in, plain data out: the shapes the web app, the CLI and the benchmark share.
import type { Language } from './language.js';

export type { Language };

/** One issue statement as the app stores it. */
export interface StatementInput {
	id: string;
	text: string;
	sector?: string | null;
	lang?: Language | string | null;
	/**
	 * A sentence vector from a sentence encoder (any one dimension for all statements). When every
	 * statement carries one, the engine groups by meaning as well as by words (meaning.ts).
	 */
	meaning?: ArrayLike<number> | null;
}

/** A theme the facilitator has fixed: its members stay in it whatever the new proposal says. */
export interface LockedTheme {
	id: string;
	memberIds: string[];
	label?: string;
}

export interface ProposeOptions {
	/** Number of new themes, or 'auto' (default) to let the engine choose. Locked themes come on top. */
	k?: number | 'auto';
	/** Seed for the sampler and the shuffles; the same input and seed give the same themes. */
	seed?: number | string;
	/** Themes smaller than this are dissolved and their statements re-placed or left unassigned. */
	minThemeSize?: number;
	locked?: LockedTheme[];
	/** Upper bound for k when k is 'auto'. */
	maxK?: number;
	/** Dirichlet-multinomial mixture priors and sweeps (see gsdmm.ts for the defaults and why). */
	alpha?: number;
	beta?: number;
	iterations?: number;
	/** Independent sampler runs; the most likely one is kept. */
	restarts?: number;
	/** Self-training rounds of the linear classifier (0 turns it off). */
	selfTrainRounds?: number;
	/** Statements the themes are found on (a random sample above it; the classifier places the rest). */
	sampleSize?: number;
	/** Sampler sweeps over all statements after the sample's run (large inputs only). */
	warmSweeps?: number;
	/** Weight of the statements' sentence vectors against their words (meaning.ts); 0: words only. */
	meaningWeight?: number;
	/** How strongly a sentence vector pulls a statement towards close clusters in the mixture. */
	meaningConcentration?: number;
	/**
	 * k = auto with sentence vectors: let them take part in choosing the number too. Off by default:
	 * with them the count falls to the statements' broad subjects on every set (measured in
	 * docs/choosing-k.md, tenth and thirteenth rounds; `npm run bench:k-auto`).
	 */
	kByMeaning?: boolean;
	/** Clock for diagnostics timings, e.g. performance.now; the engine never reads the clock itself. */
	now?: () => number;
}

/** One member of a theme and why it is there. */
export interface ThemeMember {
	id: string;
	/** Cosine similarity of the statement to the theme centroid, 0..1. */
	similarity: number;
	/** Key terms (as written) the statement shares with the theme. */
	sharedTerms: string[];
}

export interface Theme {
	/** Stable within one result: the index in `themes`. Locked themes keep their own id in `lockedId`. */
	index: number;
	lockedId?: string;
	/** The key point the members make, in words one of them wrote (title.ts); the label when none. */
	title: string;
	/** The theme's distinctive key phrases joined: a keyword label. */
	label: string;
	keyPhrases: string[];
	representativeId: string;
	members: ThemeMember[];
	sectors: Record<string, number>;
	/** Breadth across sectors, 0..1: (exp(Shannon entropy of the sector shares) - 1) / (sectors in the input - 1). */
	crossSector: number;
	/** Mean similarity of the members to the centroid, 0..1. */
	cohesion: number;
}

export interface Diagnostics {
	n: number;
	kRequested: number | 'auto';
	kChosen: number;
	/** Why kChosen is what it is, in plain words (English; the app words a shortfall itself). */
	kReason: string;
	/** The smallest theme size the proposal was made with. */
	minThemeSize: number;
	languages: Record<string, number>;
	vocabularySize: number;
	/** True when the statements' sentence vectors were used beside their words (meaning.ts). */
	meaning?: boolean;
	/** Milliseconds per stage from the injected clock (all 0 without one). */
	timings: Record<string, number>;
}

export interface ThemeProposal {
	themes: Theme[];
	unassigned: string[];
	diagnostics: Diagnostics;
}

export interface SimilarOptions {
	limit?: number;
	minScore?: number;
	excludeId?: string;
}

export interface SimilarMatch {
	id: string;
	score: number;
	sharedTerms: string[];
}

/** A theme as the web app holds it when placing new statements. */
export interface ThemeWithStatements {
	id: string;
	statements: StatementInput[];
}

export interface PlaceOptions {
	minScore?: number;
}

export interface Placement {
	id: string;
	themeId: string | null;
	score: number;
	sharedTerms: string[];
}
