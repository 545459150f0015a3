/** The phases an event moves through, and what each allows. */
import { PHASES, type EventInfo, type Phase } from './types';

/** True when the value names a phase. */
export function isPhase(value: unknown): value is Phase {
	return typeof value === 'string' && (PHASES as readonly string[]).includes(value);
}

/** The phase after this one, or null at the end. */
export function nextPhase(phase: Phase): Phase | null {
	const i = PHASES.indexOf(phase);
	return i < PHASES.length - 1 ? PHASES[i + 1] : null;
}

/** The phase before this one, or null at the start. */
export function previousPhase(phase: Phase): Phase | null {
	const i = PHASES.indexOf(phase);
	return i > 0 ? PHASES[i - 1] : null;
}

/** Submissions are reopened after the breakouts and before the close: in set-up nobody writes yet. */
export function canReopenSubmissions(phase: Phase): boolean {
	return phase !== 'setup' && phase !== 'breakouts' && phase !== 'closed';
}

/** Rapporteurs write during the breakouts, or whenever the facilitator has reopened submissions. */
export function submissionsOpen(event: Pick<EventInfo, 'phase' | 'submissionsReopened'>): boolean {
	if (event.phase === 'closed') return false;
	return event.phase === 'breakouts' || event.submissionsReopened;
}
