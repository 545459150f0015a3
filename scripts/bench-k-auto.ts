// Benchmark: npm run bench:k-auto [-- --data DIR] [--seeds N] [--quick]
// How many themes k = auto gives by the statements' words (what the engine does) and with their
// sentence vectors in the choice too (`kByMeaning`), and how distinct the words' themes are in
// meaning (their silhouette among the sentence vectors): on the labelled sets in DIR (default
// ../shared/data) at 300 and 2,000 texts and in full up to 2,472 (the app reads meaning up to 2,000
// statements), on argkp-dev's debates, and on unlabelled deliberations: every Pol.is conversation in
// DIR (polis-*.comments.jsonl, the comments the moderator accepted) and the demo event. Then the
// thirteenth round's rule (docs/choosing-k.md): meaning's count where the words' themes are not
// distinct in meaning, with the thresholds over which it puts every labelled run within a factor of
// two, and what it would give each input. Last, the same texts labelled at two levels: a topic
// set's labelled texts pooled, by topic and by label within the topic, and which level k = auto's
// count (as the app runs it) is within a factor of two of. Markdown to stdout, progress to stderr.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { proposeThemes } from '../src/lib/clustering/index.js';
import { readDemoSeed } from '../src/lib/server/demo/seed.js';
import { SAMPLE_SEED, scoreLabelled, suiteCases, themeOf } from './lib/cluster-suite.js';
import {
	levelsWithin,
	meaningSilhouette,
	ruleCount,
	thresholdBand,
	thresholdIn,
	twoLevels,
	withinTwofold,
	type CountRun
} from './lib/k-auto.js';
import { sampleRows } from './lib/sample.js';
import { MEANING_LIMIT } from '../src/lib/domain/theme-rules.js';
import { readLabelledSets, trueK, type SuiteRow } from './lib/labelled-sets.js';
import {
	defaultMeaningCacheFile,
	MEANING_MODEL,
	meaningOf,
	openMeaningCache
} from './lib/meaning.js';
import { parseStatements } from './lib/read-statements.js';
import { seedCount, suiteFlags } from './lib/suite-flags.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Whole sets up to this many texts run in full (tweet; the app reads meaning up to 2,000). */
const FULL_LIMIT = 2_500;

function fail(message: string): never {
	process.stderr.write(`bench:k-auto: ${message}\n`);
	process.exit(1);
}

function readOptions() {
	try {
		const { values } = parseArgs({ options: suiteFlags(ROOT) });
		const seeds = seedCount(values.seeds, values.quick ? 2 : 5);
		return { data: resolve(ROOT, values.data), seeds, quick: values.quick };
	} catch (e) {
		fail(`${(e as Error).message}; expected --data DIR, --seeds N, --quick`);
	}
}

/** Texts clustered together; labelled rows have a true number, a debate names its set. */
interface Input {
	name: string;
	rows: SuiteRow[];
	labelled: boolean;
	debateOf?: string;
}

/** One seed's runs on an input. */
interface Run extends CountRun {
	/** NMI at the words' count (themes formed by words and meaning, as the engine does) and at meaning's. */
	nmiWords: number;
	nmiMeaning: number;
}

const options = readOptions();
if (!existsSync(options.data)) fail(`no data folder at ${options.data}; pass --data DIR`);
const seeds = Array.from({ length: options.seeds }, (_, i) => i + 1);

const inputs: Input[] = [];
const sets = readLabelledSets(options.data);
for (const c of suiteCases(sets, {
	sizes: [300, 2000],
	full: false,
	topicLimit: options.quick ? 5 : Infinity,
	sampleSeed: (n) => SAMPLE_SEED + n
}))
	inputs.push({
		name: c.topic ? `${c.set}: ${c.topic}` : `${c.set} ${c.size}`,
		rows: c.rows,
		labelled: true,
		...(c.topic ? { debateOf: c.set } : {})
	});
for (const set of sets)
	if (!set.topics && set.rows.length > 2000 && set.rows.length <= FULL_LIMIT && !options.quick)
		inputs.push({
			name: `${set.name} ${set.rows.length.toLocaleString('en')}`,
			rows: set.rows,
			labelled: true
		});
for (const file of readdirSync(options.data)
	.filter((f) => /^polis-.*\.comments\.jsonl$/.test(f))
	.sort()) {
	const statements = parseStatements(readFileSync(join(options.data, file), 'utf8'), file);
	const name = `Pol.is ${file.replace(/^polis-|\.comments\.jsonl$/g, '')}`;
	inputs.push({
		name,
		rows: statements.map((s) => ({ id: s.id, text: s.text, label: null })),
		labelled: false
	});
}
const demo = readDemoSeed();
inputs.push({
	name: `demo event (${demo.sectors.length} sectors)`,
	rows: demo.sectors.flatMap((sector, s) =>
		sector.statements.map((st, i) => ({ id: `${s}-${i}`, text: st.text, label: null }))
	),
	labelled: false
});

const cache = openMeaningCache(defaultMeaningCacheFile(ROOT));
const started = Date.now();
const results = new Map<Input, Run[]>();
for (const [i, input] of inputs.entries()) {
	const { vectors } = await meaningOf(
		input.rows.map((r) => r.text),
		cache,
		(done, total) => process.stderr.write(`meaning ${input.name}: ${done} of ${total} embedded\n`)
	);
	const rows = input.rows.map((r, j) => ({ ...r, meaning: vectors[j] }));
	const runs = seeds.map((seed): Run => {
		const words = proposeThemes(rows, { seed, meaningWeight: 0, meaningConcentration: 0 });
		const wordsThemes = themeOf(rows, words);
		const both = input.labelled ? proposeThemes(rows, { seed }) : null;
		const meaning = proposeThemes(rows, { seed, kByMeaning: true });
		return {
			words: words.diagnostics.kChosen,
			meaning: meaning.diagnostics.kChosen,
			silhouette: meaningSilhouette(vectors, wordsThemes),
			nmiWords: both ? scoreLabelled(rows, themeOf(rows, both)) : NaN,
			nmiMeaning: input.labelled ? scoreLabelled(rows, themeOf(rows, meaning)) : NaN
		};
	});
	results.set(input, runs);
	process.stderr.write(`bench ${i + 1}/${inputs.length} ${input.name} (n ${rows.length}) done\n`);
}

const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
/** "lo–hi" of the values at `digits` decimals, or the one value. */
const span = (xs: number[], digits = 0) => {
	const lo = Math.min(...xs).toFixed(digits);
	const hi = Math.max(...xs).toFixed(digits);
	return lo === hi ? lo : `${lo}–${hi}`;
};

const wholeSets = inputs.filter((x) => x.labelled && !x.debateOf);
const band = thresholdBand(
	wholeSets.flatMap((x) => results.get(x)!.map((r) => ({ ...r, trueK: trueK(x.rows) })))
);
const t = band ? thresholdIn(band) : NaN;

/** A table row: the input's name, size and true k, then its runs' counts, silhouettes and NMI. */
function row(head: string[], runs: Run[], labelled: boolean): string {
	const words = runs.map((r) => r.words);
	const silhouettes = runs.map((r) => r.silhouette).filter((x) => !Number.isNaN(x));
	const nmi = `${mean(runs.map((r) => r.nmiWords)).toFixed(1)} / ${mean(runs.map((r) => r.nmiMeaning)).toFixed(1)}`;
	const cells = [
		`${mean(words).toFixed(1)} (${span(words)})`,
		span(runs.map((r) => r.meaning)),
		silhouettes.length ? span(silhouettes, 3) : '–',
		labelled ? nmi : '–',
		band ? span(runs.map((r) => ruleCount(r, t))) : '–'
	];
	return `| ${[...head, ...cells].join(' | ')} |`;
}

console.log(`# k = auto: the words' count and meaning's\n`);
console.log(
	[
		`- Seeds ${seeds.join(', ')}; sizes 300 and 2,000 are bench:cluster's samples (sample seed ${SAMPLE_SEED} + n).`,
		`- words: the engine's k = auto (the words choose the number; with meaning the themes are then formed at it by both, NMI "at words'"). meaning: \`kByMeaning\`, the sentence vectors (${MEANING_MODEL}) in the choice too.`,
		"- silhouette: the words' themes among the sentence vectors (cosine distance to the own theme's mean direction against the nearest other's), range over seeds.",
		`- rule: meaning's count where that silhouette is below t and meaning sees two subjects or more; ${
			band
				? `every run of the labelled whole sets is within a factor of two for t above ${band.above.toFixed(3)} and up to ${band.upTo.toFixed(3)}; "rule" gives its count at t = ${t.toFixed(3)}.`
				: 'no threshold puts every run of the labelled whole sets within a factor of two.'
		}\n`
	].join('\n')
);
console.log(
	"| input | statements | true k | words' count | meaning's count | silhouette | NMI at words' / meaning's | rule |"
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const input of wholeSets) {
	const head = [input.name, input.rows.length.toLocaleString('en'), String(trueK(input.rows))];
	console.log(row(head, results.get(input)!, true));
}
const debateSets = [...new Set(inputs.flatMap((x) => (x.debateOf ? [x.debateOf] : [])))];
const outside: string[] = [];
for (const set of debateSets) {
	const debates = inputs.filter((x) => x.debateOf === set);
	const head = [
		`${set}, ${debates.length} debates`,
		`${span(debates.map((x) => x.rows.length))} each`,
		span(debates.map((x) => trueK(x.rows)))
	];
	const runs = debates.flatMap((x) => results.get(x)!);
	console.log(row(head, runs, true));
	const out = (count: (r: CountRun) => number) =>
		debates.filter((x) => !withinTwofold(mean(results.get(x)!.map(count)), trueK(x.rows))).length;
	outside.push(
		`- ${set}: debates whose mean count is outside a factor of two: ${out((r) => r.words)} of ${debates.length} by the words, ${out((r) => r.meaning)} by meaning${band ? `, ${out((r) => ruleCount(r, t))} by the rule` : ''}.`
	);
}
for (const input of inputs.filter((x) => !x.labelled))
	console.log(
		row([input.name, input.rows.length.toLocaleString('en'), '–'], results.get(input)!, false)
	);
console.log(`\n${outside.join('\n')}`);

// the same texts at two levels: which one k = auto lands on
const levelRows: string[] = [];
for (const set of sets.filter((x) => x.topics)) {
	const levels = twoLevels(set.topics!);
	const indexed = levels.rows.map((r, i) => ({ ...r, i }));
	const sizes = [300, 2000].filter((n) => n < indexed.length);
	for (const n of [...sizes, ...(options.quick ? [] : [indexed.length])]) {
		const rows = n < indexed.length ? sampleRows(indexed, n, SAMPLE_SEED + n) : indexed;
		const coarse = rows.map((r) => levels.topic[r.i]);
		const fine = rows.map((r) => levels.fine[r.i]);
		const withMeaning = rows.length <= MEANING_LIMIT;
		const { vectors } = withMeaning
			? await meaningOf(
					rows.map((r) => r.text),
					cache
				)
			: { vectors: [] };
		const input = rows.map((r, j) => ({
			id: r.id,
			text: r.text,
			...(withMeaning ? { meaning: vectors[j] } : {})
		}));
		const labelled = (labels: string[]) => rows.map((r, j) => ({ ...r, label: labels[j] }));
		const runs = seeds.map((seed) => {
			const proposal = proposeThemes(input, { seed });
			const found = themeOf(rows, proposal);
			return {
				count: proposal.diagnostics.kChosen,
				coarse: scoreLabelled(labelled(coarse), found),
				fine: scoreLabelled(labelled(fine), found),
				meaning: withMeaning
					? proposeThemes(input, { seed, kByMeaning: true }).diagnostics.kChosen
					: NaN
			};
		});
		const kCoarse = new Set(coarse).size;
		const kFine = new Set(fine).size;
		const counts = runs.map((r) => r.count);
		levelRows.push(
			`| ${set.name}, labelled texts | ${rows.length.toLocaleString('en')} | ${kCoarse} | ${kFine} | ` +
				`${mean(counts).toFixed(1)} (${span(counts)})${withMeaning ? '' : ' by words'} | ` +
				`${mean(runs.map((r) => r.coarse)).toFixed(1)} / ${mean(runs.map((r) => r.fine)).toFixed(1)} | ` +
				`${levelsWithin(mean(counts), kCoarse, kFine)} | ${withMeaning ? span(runs.map((r) => r.meaning)) : '–'} |`
		);
		process.stderr.write(`bench two levels ${set.name} ${rows.length} done\n`);
	}
}
if (levelRows.length)
	console.log(
		[
			'\n## The same texts at two levels\n',
			`Each topic set's labelled texts pooled across its topics and labelled twice: by topic (coarse) and by label within the topic (fine). k = auto as the app runs it (meaning up to ${MEANING_LIMIT.toLocaleString('en')} statements); "within 2× of" names the level whose number the mean count is within a factor of two of.\n`,
			"| texts | statements | topics (coarse) | labels (fine) | k = auto | NMI against coarse / fine | within 2× of | meaning's count |",
			'| --- | --- | --- | --- | --- | --- | --- | --- |',
			...levelRows
		].join('\n')
	);
console.log(`\nWall time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
