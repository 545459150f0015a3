/** What each phase means, one line in the reader's language. */
import { m } from '$lib/paraglide/messages';
import type { Phase } from '$lib/domain/types';

const HELP: Record<Phase, () => string> = {
	setup: () => m.phase_setup_help(),
	breakouts: () => m.phase_breakouts_help(),
	convergence: () => m.phase_convergence_help(),
	voting: () => m.phase_voting_help(),
	manifesto: () => m.phase_manifesto_help(),
	closed: () => m.phase_closed_help()
};

/** One line on what happens in a phase. */
export const phaseHelp = (p: Phase) => HELP[p]();
