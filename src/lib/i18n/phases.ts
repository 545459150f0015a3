/** Phase names in the reader's language (what each phase means is in phase-help.ts, so the pages that only name a phase carry no help texts). */
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

/** A phase's name. */
export const phaseName = (p: Phase) => NAMES[p]();
