// Benchmark: npm run bench:cluster [-- --data DIR] [--seeds N] [--quick] [--lsa FILE] [--meaning]
//   [--meaning-all]
// Scores the engine on every labelled JSONL file in DIR (default ../shared/data relative to the
// project root) and, when a Python with scikit-learn is present, the TF-IDF + LSA + k-means
// baseline on the same texts with the same seeds. Sets are clustered at 300, 2,000 and all texts;
// a set whose rows name a topic (argkp-dev) is clustered one topic at a time, all of its texts,
// scored on the labelled ones. With --meaning every text also carries its sentence vector
// (scripts/lib/meaning.ts), which the engine uses beside the words where the app does (inputs of
// up to MEANING_LIMIT statements; --meaning-all: every input). The markdown suite table goes to
// stdout, then the targets judged from it (suite-targets.ts); progress to stderr.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readLabelledSets, trueK, type LabelledSet } from './lib/labelled-sets.js';
import { findLsaBaseline } from './lib/lsa-baseline.js';
import {
	engineTrial,
	runCase,
	SAMPLE_SEED,
	suiteCases,
	type CaseResult,
	type SuitePlan
} from './lib/cluster-suite.js';
import { caseRow, tableHead, titleTable, topicMeanRow } from './lib/suite-table.js';
import { seedCount, suiteFlags } from './lib/suite-flags.js';
import {
	defaultMeaningCacheFile,
	MEANING_MODEL,
	meaningOf,
	openMeaningCache
} from './lib/meaning.js';
import {
	DEFAULT_MEANING_CONCENTRATION,
	DEFAULT_MEANING_WEIGHT
} from '../src/lib/clustering/meaning.js';
import type { TitleScores } from './lib/title-suite.js';
import { suiteTargets, targetsTable } from './lib/suite-targets.js';
import { MEANING_LIMIT } from '../src/lib/domain/theme-rules.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [300, 2000];
const SEEDS = 5;
/** --quick: two seeds and the first five topics keep the check to a few minutes on two cores. */
const QUICK_SEEDS = 2;
const QUICK_TOPICS = 5;

function fail(message: string): never {
	process.stderr.write(`bench:cluster: ${message}\n`);
	process.exit(1);
}

function readOptions() {
	try {
		const { values } = parseArgs({
			options: {
				...suiteFlags(ROOT),
				lsa: { type: 'string', default: resolve(ROOT, '../shared/tools/lsa_kmeans.py') },
				meaning: { type: 'boolean', default: false },
				'meaning-all': { type: 'boolean', default: false }
			}
		});
		const seeds = seedCount(values.seeds, values.quick ? QUICK_SEEDS : SEEDS);
		const meaning = values.meaning || values['meaning-all'];
		return {
			...values,
			meaning,
			meaningLimit: values['meaning-all'] ? Infinity : MEANING_LIMIT,
			data: resolve(ROOT, values.data),
			lsa: resolve(ROOT, values.lsa),
			seeds
		};
	} catch (e) {
		fail(
			`${(e as Error).message}; expected --data DIR, --seeds N, --quick, --lsa FILE, --meaning, --meaning-all`
		);
	}
}

function commit(): string {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			cwd: ROOT,
			encoding: 'utf8'
		}).trim();
	} catch {
		return 'unknown';
	}
}

function describeSet(s: LabelledSet): string {
	const topics = s.topics
		? `, ${Math.min(s.topics.length, plan.topicLimit)} of ${s.topics.length} topics`
		: '';
	return `${s.name} (${s.rows.length.toLocaleString('en')}${topics})`;
}

const options = readOptions();
if (!existsSync(options.data)) fail(`no data folder at ${options.data}; pass --data DIR`);
const sets = readLabelledSets(options.data);
if (sets.length === 0)
	fail(`no labelled JSONL files ({"id","text","label"}) in ${options.data}; pass --data DIR`);
const plan: SuitePlan = {
	sizes: SIZES,
	full: !options.quick,
	topicLimit: options.quick ? QUICK_TOPICS : Infinity,
	sampleSeed: (n) => SAMPLE_SEED + n
};
const seeds = Array.from({ length: options.seeds }, (_, i) => i + 1);
const baseline = findLsaBaseline(options.lsa);
const lsa = 'skipped' in baseline ? null : baseline;
const started = Date.now();

/** --meaning: every text's sentence vector, from the cache or embedded now. */
async function addMeaning(): Promise<string> {
	const cache = openMeaningCache(defaultMeaningCacheFile(ROOT));
	let embedded = 0;
	let seconds = 0;
	for (const set of sets) {
		const {
			vectors,
			embedded: fresh,
			seconds: s
		} = await meaningOf(
			set.rows.map((r) => r.text),
			cache,
			(done, total) => process.stderr.write(`meaning ${set.name}: ${done} of ${total} embedded\n`)
		);
		set.rows.forEach((r, i) => (r.meaning = vectors[i]));
		embedded += fresh;
		seconds += s;
	}
	const texts = sets.reduce((a, s) => a + s.rows.length, 0);
	return (
		`- Meaning (--meaning): each text's sentence vector (${MEANING_MODEL}, 512 dimensions, English) beside its words, ` +
		`weight ${DEFAULT_MEANING_WEIGHT}, concentration ${DEFAULT_MEANING_CONCENTRATION}, ` +
		(Number.isFinite(options.meaningLimit)
			? `on inputs of up to ${options.meaningLimit.toLocaleString('en')} statements as in the app (larger ones by words alone, marked "words"; --meaning-all: every input); `
			: 'on every input (--meaning-all; the app reads meaning up to ' +
				`${MEANING_LIMIT.toLocaleString('en')} statements); `) +
		`${embedded.toLocaleString('en')} of ${texts.toLocaleString('en')} texts embedded in this run ` +
		`(${seconds.toFixed(0)} s${embedded > 0 ? `, ${(embedded / Math.max(seconds, 1e-9)).toFixed(0)} a second` : ''}), the rest from the cache. Seconds below exclude embedding.`
	);
}
const meaningNote = options.meaning ? await addMeaning() : null;

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const notes = [
	`# Theme engine suite${options.meaning ? ', words and meaning' : ''}${options.quick ? ' (quick)' : ''}\n`,
	`- Machine: Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${mb(totalmem())} MB; commit ${commit()}`,
	'skipped' in baseline
		? `- Baseline: skipped, ${baseline.skipped}`
		: `- Baseline: scikit-learn ${baseline.sklearnVersion} (${baseline.python} ${baseline.script}): TF-IDF, LSA 100, L2, k-means n_init 10, k = true k, random_state = seed`,
	`- Sets: ${sets.map(describeSet).join(', ')}`,
	...(meaningNote ? [meaningNote] : []),
	`- Seeds ${seeds.join(', ')}: the engine's \`seed\` and LSA's --seed; NMI (%) is mean ± sd over seeds (on a mean-of-topics row, ± is the sd over topics).`,
	`- Sizes ${SIZES.map((n) => n.toLocaleString('en')).join(' and ')} are one sample each (sample seed ${SAMPLE_SEED} + n), the same texts for every seed and both methods${plan.full ? '; full = every text of the set' : '; whole sets are skipped in --quick'}.`,
	'- Topic sets: all texts of a topic clustered, scored on the labelled ones; true k = distinct labels among them.',
	"- engine/LSA: ratio of mean NMI; on k = auto rows against LSA given the true k. Seconds: engine in-process after two warm-up runs (V8 has compiled it, as in the app's kept worker; a first run on a new thread: `npm run bench:propose`), LSA fit time without Python start-up.",
	'- collapse: runs whose largest theme holds more than half of the texts while other themes exist.\n'
];
console.log(notes.join('\n'));
console.log(tableHead());

const cases = suiteCases(sets, plan);
// warm-up, not timed: the first case's texts, k given and auto, so the first row's seconds are not
// the cost of compiling the engine
if (cases.length > 0)
	for (const k of [trueK(cases[0].rows), 'auto' as const]) engineTrial(cases[0].rows, k, 0);
const topicResults = new Map<string, CaseResult[]>();
const allResults: CaseResult[] = [];
const titleRuns = new Map<string, TitleScores[]>();
cases.forEach((c, i) => {
	const name = `${c.set} ${c.topic ?? c.size} (n ${c.rows.length})`;
	const progress = (line: string) =>
		process.stderr.write(`bench ${i + 1}/${cases.length} ${name}: ${line}\n`);
	// above the app's meaning limit the engine reads the words alone, as the app does
	const wordsOnly = options.meaning && c.rows.length > options.meaningLimit;
	const run = wordsOnly
		? { ...c, size: `${c.size} (words)`, rows: c.rows.map((r) => ({ ...r, meaning: undefined })) }
		: c;
	for (const result of runCase(run, seeds, lsa, progress)) {
		console.log(caseRow(result));
		allResults.push(result);
		if (c.topic === null) continue;
		for (const t of result.engine)
			if (t.titles) titleRuns.set(c.set, [...(titleRuns.get(c.set) ?? []), t.titles]);
		const key = `${c.set}\t${result.mode}`;
		topicResults.set(key, [...(topicResults.get(key) ?? []), result]);
	}
	const next = cases[i + 1];
	if (c.topic !== null && next?.set !== c.set)
		for (const mode of ['true', 'auto'])
			console.log(topicMeanRow(topicResults.get(`${c.set}\t${mode}`)!));
});

for (const [set, runs] of titleRuns) console.log(titleTable(set, runs));
console.log(targetsTable(suiteTargets(allResults, titleRuns)));

const peak = process.resourceUsage().maxRSS * 1024;
const wall = (Date.now() - started) / 1000;
console.log(`\nPeak RSS of the engine process ${mb(peak)} MB; wall time ${wall.toFixed(0)} s.`);
