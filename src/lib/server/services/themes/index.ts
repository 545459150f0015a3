/**
 * Convergence: propose themes with the engine, curate them, and undo or redo any step. Every
 * change records a snapshot of the themes it touched before and after (`step.ts`); this file is
 * the whole public API.
 */
export { boardOf, gridOf, themesOfSector, type Board } from './board';
export {
	previewProposal,
	proposeEventThemes,
	suggestPlacements,
	type ProposalPreview
} from './propose';
export {
	createManualTheme,
	describeTheme,
	mergeThemes,
	setThemeStatus,
	splitTheme
} from './curate';
export {
	cancelEngine,
	engineState,
	engineStats,
	runEngine,
	type EngineOutcome,
	type EngineRun
} from './engine';
export { linkStatement, moveStatement, unlinkStatement } from './members';
export { redo, themeHistory, undo, undoState } from './history';
