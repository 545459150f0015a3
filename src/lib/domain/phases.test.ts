import { describe, expect, it } from 'vitest';
import { canReopenSubmissions, isPhase, nextPhase, previousPhase, submissionsOpen } from './phases';
import { PHASES, type Phase } from './types';

describe('phases', () => {
	it('run in the order of the workshop', () => {
		expect(PHASES).toEqual(['setup', 'breakouts', 'convergence', 'voting', 'manifesto', 'closed']);
		expect(nextPhase('setup')).toBe('breakouts');
		expect(nextPhase('closed')).toBeNull();
		expect(previousPhase('setup')).toBeNull();
		expect(previousPhase('voting')).toBe('convergence');
	});

	it.each(['Breakouts', 'planning', '', 42, null])('isPhase(%j) is false', (value) => {
		expect(isPhase(value)).toBe(false);
	});

	it.each<[Phase, boolean, boolean]>([
		['setup', false, false],
		['breakouts', false, true],
		['convergence', false, false],
		['convergence', true, true],
		['voting', true, true],
		['manifesto', false, false],
		['closed', true, false]
	])('in %s (reopened: %s) rapporteurs may write: %s', (phase, reopened, open) => {
		expect(submissionsOpen({ phase, submissionsReopened: reopened })).toBe(open);
	});

	it.each<[Phase, boolean]>([
		['setup', false],
		['breakouts', false],
		['convergence', true],
		['voting', true],
		['manifesto', true],
		['closed', false]
	])('in %s submissions can be reopened: %s', (phase, expected) => {
		expect(canReopenSubmissions(phase)).toBe(expected);
	});

	it('recognises every phase', () => {
		for (const p of PHASES) expect(isPhase(p)).toBe(true);
	});
});
