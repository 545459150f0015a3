// The theme engine's whole public API. Pure and deterministic: no database, DOM, clock or
// network; safe to import in a Node worker thread.
export type {
	StatementInput,
	LockedTheme,
	ProposeOptions,
	Theme,
	ThemeMember,
	ThemeProposal,
	Diagnostics,
	SimilarOptions,
	SimilarMatch,
	ThemeWithStatements,
	PlaceOptions,
	Placement,
	Language
} from './types.js';

/** Groups statements into labelled, explained themes; k is a number or 'auto'; locked themes keep their members. */
export { proposeThemes } from './propose.js';
/** Nearest existing statements to a text being typed, with scores and shared terms (near-duplicate warning). */
export { findSimilar } from './similar.js';
/** Suggests the best existing theme for each new statement, or null when none fits. */
export { placeStatements } from './similar.js';
/** Breadth across sectors from counts per sector: 0 for one sector, 1 for all sectors equally. */
export { crossSectorScore } from './describe.js';
/** Guesses 'en' | 'es' | 'fr' | 'pt' from function words and diacritics; null when unsure. */
export { detectLanguage } from './language.js';
/** The engine's seeded generator, shared with the demo and the benchmarks so there is only one. */
export { createRandom, mulberry32 } from './random.js';
