/** Phase names and what each phase means, in the reader's language. */
import { m } from '$lib/paraglide/messages';
import type { Phase } from '$lib/domain/types';

const NAMES: Record<Phase, () => string> = {
	setup: () => m.phase_setup(),
	breakouts: () => m.phase_breakouts(),
	convergence: () => m.phase_convergence(),
	voting: () => m.phase_voting(),
	manifesto: () => m.phase_manifesto(),
	closed: () => m.phase_closed()
};

const HELP: Record<Phase, () => string> = {
	setup: () => m.phase_setup_help(),
	breakouts: () => m.phase_breakouts_help(),
	convergence: () => m.phase_convergence_help(),
	voting: () => m.phase_voting_help(),
	manifesto: () => m.phase_manifesto_help(),
	closed: () => m.phase_closed_help()
};

/** A phase's name. */
export const phaseName = (p: Phase) => NAMES[p]();
/** One line on what happens in a phase. */
export const phaseHelp = (p: Phase) => HELP[p]();
