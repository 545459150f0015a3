// The cluster benchmark's suite: which texts are clustered (cases), one run of the engine or of
// the LSA baseline on them (trials), and the summary over seeds that becomes a table row.
import { performance } from 'node:perf_hooks';
import { proposeThemes, type ThemeProposal } from '../../src/lib/clustering/index.js';
import { nmi } from './metrics.js';
import { sampleRows } from './sample.js';
import { trueK, type LabelledSet, type SuiteRow } from './labelled-sets.js';
import { runLsa, withTempJsonl, type LsaBaseline } from './lsa-baseline.js';
import { titleScores, type TitleScores } from './title-suite.js';

/** Texts clustered together: a sample or a whole set, or all arguments of one topic. */
export interface SuiteCase {
	set: string;
	size: string;
	topic: string | null;
	rows: SuiteRow[];
}

/** The benchmarks' samples: one per size n, drawn with seed SAMPLE_SEED + n, the same for every seed and method. */
export const SAMPLE_SEED = 20260101;

/** What the suite covers: sample sizes, whether whole sets run, how many topics per topic set. */
export interface SuitePlan {
	sizes: number[];
	full: boolean;
	topicLimit: number;
	sampleSeed: (n: number) => number;
}

/** The cases of a plan, set by set: samples smaller than the set, the whole set, or each topic whole. */
export function suiteCases(sets: LabelledSet[], plan: SuitePlan): SuiteCase[] {
	const cases: SuiteCase[] = [];
	for (const set of sets) {
		if (set.topics) {
			for (const t of set.topics.slice(0, plan.topicLimit))
				cases.push({ set: set.name, size: 'topic', topic: t.topic, rows: t.rows });
			continue;
		}
		for (const n of plan.sizes.filter((n) => n < set.rows.length)) {
			const rows = sampleRows(set.rows, n, plan.sampleSeed(n));
			cases.push({ set: set.name, size: n.toLocaleString('en'), topic: null, rows });
		}
		if (plan.full) cases.push({ set: set.name, size: 'full', topic: null, rows: set.rows });
	}
	return cases;
}

/** One clustering run, scored. */
export interface Trial {
	k: number;
	nmi: number;
	seconds: number;
	collapsed: boolean;
	/** How its themes are named against the key points, on a topic set (key point labels). */
	titles?: TitleScores;
}

/** NMI in percent over the labelled rows only; pred is one cluster per row (-1 for unassigned). */
export function scoreLabelled(rows: SuiteRow[], pred: number[]): number {
	const scored = rows.map((r, i) => i).filter((i) => rows[i].label !== null);
	return (
		100 *
		nmi(
			scored.map((i) => rows[i].label!),
			scored.map((i) => pred[i])
		)
	);
}

/** Collapse: the largest cluster holds more than half of all texts while other clusters exist. */
function collapsed(pred: number[]): boolean {
	const sizes = new Map<number, number>();
	for (const p of pred) if (p >= 0) sizes.set(p, (sizes.get(p) ?? 0) + 1);
	return sizes.size > 1 && Math.max(...sizes.values()) > pred.length / 2;
}

/** Each row's theme index in a proposal, -1 for a row no theme holds. */
export function themeOf(rows: readonly { id: string }[], result: ThemeProposal): number[] {
	const byId = new Map<string, number>();
	for (const t of result.themes) for (const m of t.members) byId.set(m.id, t.index);
	return rows.map((r) => byId.get(r.id) ?? -1);
}

/** The engine once, with its own seed; unassigned texts count as one extra cluster (-1). */
export function engineTrial(
	rows: SuiteRow[],
	k: number | 'auto',
	seed: number,
	nameThemes = false
): Trial {
	const t0 = performance.now();
	const result = proposeThemes(rows, { k, seed });
	const seconds = (performance.now() - t0) / 1000;
	const pred = themeOf(rows, result);
	return {
		k: result.diagnostics.kChosen,
		nmi: scoreLabelled(rows, pred),
		seconds,
		collapsed: collapsed(pred),
		...(nameThemes ? { titles: titleScores(rows, result) } : {})
	};
}

/** The baseline once per seed on the same texts, written to one temporary file. */
export function lsaTrials(
	baseline: LsaBaseline,
	rows: SuiteRow[],
	k: number,
	seeds: number[]
): Trial[] {
	return withTempJsonl(rows, (file) =>
		seeds.map((seed) => {
			const run = runLsa(baseline, file, k, seed);
			const pred = rows.map((r) => run.assignments.get(r.id) ?? -1);
			return {
				k,
				nmi: scoreLabelled(rows, pred),
				seconds: run.seconds,
				collapsed: collapsed(pred)
			};
		})
	);
}

/** One table row's worth: a case at one k mode, the engine's trials and the baseline's at the true k (or null). */
export interface CaseResult {
	case: SuiteCase;
	mode: 'true' | 'auto';
	n: number;
	scored: number;
	trueK: number;
	engine: Trial[];
	lsa: Trial[] | null;
}

/** Runs the engine per seed for k = true and k = auto, and the baseline (k = true) when given. */
export function runCase(
	c: SuiteCase,
	seeds: number[],
	baseline: LsaBaseline | null,
	progress: (line: string) => void
): CaseResult[] {
	const k = trueK(c.rows);
	const base = { case: c, n: c.rows.length, scored: c.rows.filter((r) => r.label !== null).length };
	const lsa = baseline ? lsaTrials(baseline, c.rows, k, seeds) : null;
	if (lsa) progress(`LSA k=${k}: ${lsa.map((t) => t.seconds.toFixed(1)).join(', ')} s`);
	return (['true', 'auto'] as const).map((mode) => {
		const engine = seeds.map((seed) => {
			// a topic set's labels are key points: its themes at the true k are named and scored
			const trial = engineTrial(
				c.rows,
				mode === 'true' ? k : 'auto',
				seed,
				mode === 'true' && c.topic !== null
			);
			progress(
				`engine k=${mode === 'true' ? k : 'auto'} seed ${seed}: ${trial.seconds.toFixed(1)} s`
			);
			return trial;
		});
		return { ...base, mode, trueK: k, engine, lsa };
	});
}
