// The cluster benchmark's markdown suite table: one row per case and k mode, means over seeds,
// and a row averaging a topic set's topics.
import type { CaseResult, Trial } from './cluster-suite.js';
import { NAMINGS, pooledTitleScores, type TitleScores } from './title-suite.js';

const HEADER = [
	'set',
	'texts',
	'k',
	'n',
	'true k',
	'chosen k',
	'engine NMI',
	'LSA NMI',
	'engine/LSA',
	'engine s',
	'LSA s',
	'collapse'
];

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => {
	const m = mean(xs);
	return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
};
const meanSd = (xs: number[]) => `${mean(xs).toFixed(1)} ± ${sd(xs).toFixed(1)}`;
const nmis = (ts: Trial[]) => ts.map((t) => t.nmi);
const secs = (xs: number[]) => mean(xs).toFixed(2);
const ratio = (engine: number, lsa: number) => (lsa > 0 ? (engine / lsa).toFixed(2) : '–');

/** The table's header and separator lines. */
export function tableHead(): string {
	return `${row(HEADER)}\n${row(HEADER.map(() => '---'))}`;
}

function collapses(r: CaseResult): string {
	const parts: string[] = [];
	const count = (ts: Trial[]) => ts.filter((t) => t.collapsed).length;
	if (count(r.engine)) parts.push(`engine ${count(r.engine)}/${r.engine.length}`);
	if (r.lsa && r.mode === 'true' && count(r.lsa)) parts.push(`LSA ${count(r.lsa)}/${r.lsa.length}`);
	return parts.join(', ') || '–';
}

/** One case at one k mode; on k = auto rows the ratio is against the baseline given the true k. */
export function caseRow(r: CaseResult): string {
	const engine = nmis(r.engine);
	const lsa = r.lsa ? nmis(r.lsa) : null;
	const showLsa = lsa !== null && r.mode === 'true';
	return row([
		r.case.set,
		r.case.topic ?? r.case.size,
		r.mode,
		r.scored === r.n ? r.n.toLocaleString('en') : `${r.n} (${r.scored} scored)`,
		r.trueK,
		mean(r.engine.map((t) => t.k)).toFixed(1),
		meanSd(engine),
		showLsa ? meanSd(lsa) : '–',
		lsa ? ratio(mean(engine), mean(lsa)) : '–',
		secs(r.engine.map((t) => t.seconds)),
		showLsa && r.lsa ? secs(r.lsa.map((t) => t.seconds)) : '–',
		collapses(r)
	]);
}

/** Mean over topics of the per-topic means (± is the sd over topics); ratio of the two means. */
export function topicMeanRow(results: CaseResult[]): string {
	const first = results[0];
	const perTopic = (f: (r: CaseResult) => number) => results.map(f);
	const engine = perTopic((r) => mean(nmis(r.engine)));
	const lsa = results.every((r) => r.lsa) ? perTopic((r) => mean(nmis(r.lsa!))) : null;
	const showLsa = lsa !== null && first.mode === 'true';
	const pooled = {
		...first,
		engine: results.flatMap((r) => r.engine),
		lsa: lsa ? results.flatMap((r) => r.lsa!) : null
	};
	return row([
		`**${first.case.set}**`,
		`**mean of ${results.length} topics**`,
		first.mode,
		mean(perTopic((r) => r.n)).toFixed(0),
		mean(perTopic((r) => r.trueK)).toFixed(1),
		mean(perTopic((r) => mean(r.engine.map((t) => t.k)))).toFixed(1),
		meanSd(engine),
		showLsa ? meanSd(lsa) : '–',
		lsa ? ratio(mean(engine), mean(lsa)) : '–',
		secs(perTopic((r) => mean(r.engine.map((t) => t.seconds)))),
		showLsa ? secs(perTopic((r) => mean(r.lsa!.map((t) => t.seconds)))) : '–',
		collapses(pooled)
	]);
}

const NAMING_LABEL = {
	title: "engine's title",
	keywords: 'keyword label (key phrases)',
	representative: 'most central statement'
};

/**
 * ROUGE F1 (%) of three ways of naming the same themes against the key point most of each theme's
 * labelled members carry: mean ± sd over the runs (topics × seeds) of the per-run mean over themes.
 */
export function titleTable(set: string, runs: TitleScores[]): string {
	const pooled = pooledTitleScores(runs);
	const themes = runs.reduce((a, r) => a + r.themes, 0);
	const lines = [
		`\n## Theme names against human key points: ${set}, k = true k, ${runs.length} runs, ${themes} themes\n`,
		row(['naming', 'ROUGE-1', 'ROUGE-2', 'ROUGE-L']),
		row(['---', '---', '---', '---'])
	];
	for (const naming of NAMINGS)
		lines.push(
			row([
				NAMING_LABEL[naming],
				meanSd(pooled[naming].rouge1),
				meanSd(pooled[naming].rouge2),
				meanSd(pooled[naming].rougeL)
			])
		);
	// one example from each of four runs spread over the list (runs go topic by topic)
	const step = Math.max(1, Math.ceil(runs.length / 4));
	const examples = runs.filter((_, i) => i % step === 0).flatMap((r) => r.examples.slice(0, 1));
	if (examples.length)
		lines.push('', ...examples.map((e) => `- "${e.title}" (key point: "${e.keyPoint}")`));
	return lines.join('\n');
}
