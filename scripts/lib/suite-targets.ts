// The theme engine's targets, judged from one bench:cluster run: each target met, not met or not
// measured in this run (a --quick run skips whole sets, a run without scikit-learn has no
// baseline), with the rows that decide it, so the verdict is read off the run and not retyped.
import type { CaseResult, Trial } from './cluster-suite.js';
import { withinTwofold } from './k-auto.js';
import { pooledTitleScores, type TitleScores } from './title-suite.js';

/** One target's verdict: met (true), not met (false) or not measured in this run (null). */
export interface TargetVerdict {
	target: string;
	met: boolean | null;
	detail: string;
}

/** What the targets ask; one place, so a test and the table read the same numbers. */
export const TARGETS = {
	/** A topic set's mean NMI (%) over its topics, k given. */
	topicMeanNmi: 45,
	/** Whole sets of at least this many texts are the "20,000 texts" of the speed target. */
	largeN: 20000,
	/** The engine's time there at most this share of the baseline's (half). */
	largeShare: 0.5,
	/** Inputs of at most this many statements… */
	smallN: 300,
	/** …take less than this many seconds (mean over seeds). */
	smallSeconds: 0.3
};

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const meanNmi = (ts: Trial[]) => mean(ts.map((t) => t.nmi));
const meanK = (ts: Trial[]) => mean(ts.map((t) => t.k));
const meanSeconds = (ts: Trial[]) => mean(ts.map((t) => t.seconds));
const one = (x: number) => x.toFixed(1);
const name = (r: CaseResult) => `${r.case.set} ${r.case.topic ?? r.case.size}`;

type Tally = { met: boolean | null; detail: string };

/** Whole-set rows, and the rows of a topic set's topics. */
const whole = (rs: CaseResult[]) => rs.filter((r) => r.case.topic === null);
const topics = (rs: CaseResult[]) => rs.filter((r) => r.case.topic !== null);

/** "met on a of b" with the misses named, or "none in this run". */
function tally(
	rows: CaseResult[],
	ok: (r: CaseResult) => boolean,
	miss: (r: CaseResult) => string,
	what: string
): Tally {
	if (rows.length === 0) return { met: null, detail: `no ${what} in this run` };
	const misses = rows.filter((r) => !ok(r));
	const head = `${rows.length - misses.length} of ${rows.length} ${what}`;
	return {
		met: misses.length === 0,
		detail: misses.length ? `${head}; not: ${misses.map(miss).join('; ')}` : head
	};
}

/**
 * One verdict over whole-set rows and topics, tallied apart ("a of b rows; c of d topics");
 * `none` when the run has neither.
 */
function rowsAndTopics(
	rows: CaseResult[],
	ok: (r: CaseResult) => boolean,
	miss: (r: CaseResult) => string,
	none: string
): Tally {
	const known = [
		tally(whole(rows), ok, miss, 'rows'),
		tally(topics(rows), ok, miss, 'topics')
	].filter((t) => t.met !== null);
	if (known.length === 0) return { met: null, detail: none };
	return { met: known.every((t) => t.met), detail: known.map((t) => t.detail).join('; ') };
}

/**
 * The verdicts of one run. `results` holds every case at both k modes (whole-set rows and each
 * topic of a topic set); `titleRuns` the naming scores per topic set.
 */
export function suiteTargets(
	results: CaseResult[],
	titleRuns: Map<string, TitleScores[]>
): TargetVerdict[] {
	const given = results.filter((r) => r.mode === 'true');
	const auto = results.filter((r) => r.mode === 'auto');
	const withLsa = given.filter((r) => r.lsa);
	const verdicts: TargetVerdict[] = [];

	const beats = (r: CaseResult) => meanNmi(r.engine) >= meanNmi(r.lsa!);
	const beatMiss = (r: CaseResult) =>
		`${name(r)} ${one(meanNmi(r.engine))} < ${one(meanNmi(r.lsa!))}`;
	verdicts.push({
		target: 'k given: engine NMI ≥ LSA + k-means NMI on every set and size',
		...rowsAndTopics(withLsa, beats, beatMiss, 'no baseline in this run')
	});

	const near = (r: CaseResult) => withinTwofold(meanK(r.engine), r.trueK);
	const nearMiss = (r: CaseResult) => `${name(r)} ${one(meanK(r.engine))} for ${r.trueK}`;
	verdicts.push({
		target: 'k = auto within 2× of the true k everywhere',
		...rowsAndTopics(auto, near, nearMiss, 'no k = auto runs in this run')
	});

	const runs = results.flatMap((r) => r.engine);
	const collapsed = runs.filter((t) => t.collapsed).length;
	verdicts.push({
		target: 'no collapse',
		met: runs.length ? collapsed === 0 : null,
		detail: `${collapsed} of ${runs.length} engine runs`
	});

	const topicSets = [...new Set(topics(given).map((r) => r.case.set))];
	for (const set of topicSets) {
		const rows = topics(given).filter((r) => r.case.set === set);
		const m = mean(rows.map((r) => meanNmi(r.engine)));
		verdicts.push({
			target: `${set}: mean NMI ≥ ${TARGETS.topicMeanNmi} (k given)`,
			met: m >= TARGETS.topicMeanNmi,
			detail: `${one(m)} over ${rows.length} topics`
		});
	}

	for (const [set, scored] of titleRuns) {
		const pooled = pooledTitleScores(scored);
		const avg = (naming: 'title' | 'keywords' | 'representative', m: 'rouge1' | 'rougeL') =>
			mean(pooled[naming][m]);
		const measures = ['rouge1', 'rougeL'] as const;
		const above = measures.every(
			(m) => avg('title', m) > avg('keywords', m) && avg('title', m) > avg('representative', m)
		);
		verdicts.push({
			target: `${set}: titles above both baselines on ROUGE-1 and ROUGE-L`,
			met: scored.length ? above : null,
			detail: measures
				.map(
					(m) =>
						`${m === 'rouge1' ? 'ROUGE-1' : 'ROUGE-L'} ${one(avg('title', m))} against ` +
						`${one(avg('keywords', m))} and ${one(avg('representative', m))}`
				)
				.join('; ')
		});
	}

	const large = whole(withLsa).filter((r) => r.n >= TARGETS.largeN);
	const share = (r: CaseResult) => meanSeconds(r.engine) / meanSeconds(r.lsa!);
	verdicts.push({
		target: `${TARGETS.largeN.toLocaleString('en')} texts in at most ${TARGETS.largeShare}× scikit-learn's time, at no loss of quality`,
		met: large.length ? large.every((r) => share(r) <= TARGETS.largeShare && beats(r)) : null,
		detail: large.length
			? large
					.map(
						(r) =>
							`${name(r)}: ${meanSeconds(r.engine).toFixed(2)} s against ${meanSeconds(r.lsa!).toFixed(2)} s ` +
							`(${share(r).toFixed(2)}), NMI ${one(meanNmi(r.engine))} against ${one(meanNmi(r.lsa!))}`
					)
					.join('; ')
			: `no set of ${TARGETS.largeN.toLocaleString('en')} texts or more with the baseline in this run`
	});

	const small = results.filter((r) => r.n <= TARGETS.smallN);
	const slow = (r: CaseResult) => meanSeconds(r.engine) >= TARGETS.smallSeconds;
	const slowest = [...small].sort((a, b) => meanSeconds(b.engine) - meanSeconds(a.engine))[0];
	const label = (r: CaseResult) =>
		`${name(r)}, k ${r.mode === 'true' ? 'given' : 'auto'}: ${meanSeconds(r.engine).toFixed(3)} s`;
	verdicts.push({
		target: `${TARGETS.smallN} statements in under ${TARGETS.smallSeconds} s`,
		met: small.length ? !small.some(slow) : null,
		detail: slowest
			? `${small.length - small.filter(slow).length} of ${small.length} rows and topics of ` +
				`${TARGETS.smallN} texts or fewer; slowest ${label(slowest)}` +
				(small.some(slow) ? `; not: ${small.filter(slow).map(label).join('; ')}` : '')
			: `no input of ${TARGETS.smallN} texts or fewer in this run`
	});
	return verdicts;
}

/** The verdicts as a markdown table. */
export function targetsTable(verdicts: TargetVerdict[]): string {
	const mark = (m: boolean | null) => (m === null ? 'not measured' : m ? 'met' : '**not met**');
	return [
		'\n## Targets, judged from this run\n',
		'| target | verdict | rows |',
		'| --- | --- | --- |',
		...verdicts.map((v) => `| ${v.target} | ${mark(v.met)} | ${v.detail} |`)
	].join('\n');
}
