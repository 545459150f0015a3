/**
 * The theme engine as a shared, bounded resource: proposals and previews wait in one queue for a
 * few worker threads (one fewer than the cores), at most one per event; a second request for the
 * same thing joins the run, another one is told to wait. A run has a time limit, a memory limit
 * (engine-worker.ts) and can be cancelled. A request waits briefly for its answer; a run that takes
 * longer goes on in the background and its outcome is kept for the event's next themes page.
 */
import { availableParallelism } from 'node:os';
import type { Db } from '../../db/connection';
import type { Actor } from '$lib/domain/types';
import { parseThemesWanted } from '$lib/domain/theme-rules';
import { createEnginePool, EngineStopped, type StopReason } from '../../engine-pool';
import { requireRole } from '../access';
import { Refusal, type RefusalCode } from '../errors';
import {
	previewProposal,
	proposeEventThemes,
	type ProposalPreview,
	type ProposalResult
} from './propose';

export type EngineKind = 'propose' | 'preview';

/**
 * How a run ended: its result, or why there is none. `k` is the number of themes asked ('' = auto);
 * `id` tells one outcome from the next, `at` is when the run ended (ms since the epoch).
 */
export type EngineOutcome = { kind: EngineKind; k: string; id: number; at: number } & (
	| { result: ProposalResult }
	| { preview: ProposalPreview }
	| { stopped: StopReason | 'failed' }
	| { refused: RefusalCode }
);

/** The event's run now: waiting (position 1 is next) or running (position 0). */
export interface EngineRun {
	kind: EngineKind;
	k: string;
	state: 'queued' | 'running';
	position: number;
}

/** What a request got: the outcome, or the run still under way (`busy`: another request's run). */
export type EngineAnswer = { done: EngineOutcome } | { waiting: EngineRun; busy: boolean };

/** Worker threads for the engine across the server: one fewer than the cores, at least one. */
export const ENGINE_THREADS = Math.max(1, availableParallelism() - 1);

function seconds(name: string, fallback: number): number {
	const s = Number(process.env[name]);
	return Number.isFinite(s) && s > 0 ? s : fallback;
}

/** A run's time limit (CONVERGE_ENGINE_TIMEOUT_S, 180 s by default). */
export const ENGINE_TIMEOUT_MS = seconds('CONVERGE_ENGINE_TIMEOUT_S', 180) * 1000;

/** How long a request waits for its run before answering "under way" (and the page follows it). */
const ANSWER_WAIT_MS = 10_000;

const pool = createEnginePool({ size: ENGINE_THREADS, timeoutMs: ENGINE_TIMEOUT_MS });
// outcomes of runs that ended after their requests had answered, until a themes page shows them
const outcomes = new Map<number, EngineOutcome>();
// an outcome nobody came back for is forgotten after a while
const OUTCOME_KEEP_MS = 15 * 60 * 1000;
let lastOutcomeId = 0;

const keyOf = (eventId: number) => String(eventId);

function runOf(eventId: number): EngineRun | null {
	const s = pool.status(keyOf(eventId));
	if (!s) return null;
	const [kind, k] = s.signature.split(':') as [EngineKind, string];
	return { kind, k, state: s.state, position: s.state === 'queued' ? s.position : 0 };
}

function outcomeOf(
	kind: EngineKind,
	k: string,
	settled: { value: unknown } | { error: unknown }
): EngineOutcome {
	const o = { kind, k, id: ++lastOutcomeId, at: Date.now() };
	if ('value' in settled)
		return kind === 'propose'
			? { ...o, result: settled.value as ProposalResult }
			: { ...o, preview: settled.value as ProposalPreview };
	const err = settled.error;
	if (err instanceof EngineStopped) return { ...o, stopped: err.reason };
	if (err instanceof Refusal) return { ...o, refused: err.code };
	console.error('theme engine run failed', err);
	return { ...o, stopped: 'failed' as const };
}

const settle = (p: Promise<unknown>) =>
	p.then(
		(value) => ({ value }),
		(error: unknown) => ({ error })
	);

/**
 * Asks the engine to propose themes (and apply them) or to preview what proposing would change,
 * for k themes as typed ('' = the engine decides). Answers with the outcome when the run ends
 * within a few seconds, otherwise with where the run stands.
 */
export async function runEngine(
	db: Db,
	actor: Actor | null,
	kind: EngineKind,
	rawK: string | undefined,
	waitMs = ANSWER_WAIT_MS
): Promise<EngineAnswer> {
	const a = requireRole(actor, 'facilitator');
	const wanted = parseThemesWanted(rawK);
	if (wanted === null) throw new Refusal('invalid', { k: 'themes_wanted' });
	const k = wanted === 'auto' ? '' : String(wanted);
	const submitted = pool.submit<unknown>(keyOf(a.eventId), `${kind}:${k}`, (signal) =>
		kind === 'propose' ? proposeEventThemes(db, a, k, signal) : previewProposal(db, a, k, signal)
	);
	if ('busy' in submitted) return { waiting: runOf(a.eventId)!, busy: true };
	if (!submitted.joined) {
		outcomes.delete(a.eventId);
		void settle(submitted.promise).then((settled) => {
			// a cancel records its own outcome at once
			if ('error' in settled && (settled.error as EngineStopped)?.reason === 'cancelled') return;
			outcomes.set(a.eventId, outcomeOf(kind, k, settled));
		});
	}
	let timer: ReturnType<typeof setTimeout> | undefined;
	const settled = await Promise.race([
		settle(submitted.promise),
		new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)))
	]);
	clearTimeout(timer);
	const run = runOf(a.eventId);
	if (settled === null && run) return { waiting: run, busy: false };
	// answered here, so no page needs to show it again
	outcomes.delete(a.eventId);
	const outcome = outcomeOf(kind, k, settled ?? (await settle(submitted.promise)));
	if ('refused' in outcome) throw new Refusal(outcome.refused);
	return { done: outcome };
}

/**
 * The event's run now, and the outcome of a run that ended since a themes page last took one.
 * A page rendered on the server takes it (it is shown once); a page that updates itself only looks
 * (`take: false`) and tells outcomes apart by their id, since it may ask again before it shows one.
 */
export function engineState(
	db: Db,
	actor: Actor | null,
	{ take = true } = {}
): { run: EngineRun | null; outcome: EngineOutcome | null; threads: number } {
	const a = requireRole(actor, 'facilitator');
	let outcome = outcomes.get(a.eventId) ?? null;
	if (outcome && Date.now() - outcome.at > OUTCOME_KEEP_MS) outcome = null;
	if (take || !outcome) outcomes.delete(a.eventId);
	return { run: runOf(a.eventId), outcome, threads: ENGINE_THREADS };
}

/** Cancels the event's proposal or preview, waiting or running; false when there was none. */
export function cancelEngine(db: Db, actor: Actor | null): boolean {
	const a = requireRole(actor, 'facilitator');
	const run = runOf(a.eventId);
	if (!run || !pool.cancel(keyOf(a.eventId))) return false;
	outcomes.set(a.eventId, {
		kind: run.kind,
		k: run.k,
		id: ++lastOutcomeId,
		at: Date.now(),
		stopped: 'cancelled'
	});
	return true;
}

/** Runs started since the server started, and those running and waiting now. */
export const engineStats = () => pool.stats();
