// Benchmark: npm run bench:cluster [-- --data DIR] [--quick]
// Scores the engine on every labelled JSONL file ({"id","text","label"}) in DIR (default ../shared/data
// relative to the project root) with k = true k and k = auto, then a scaling table and the spread over
// ten samples of 300. Tables go to stdout, progress to stderr.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { proposeThemes } from '../src/lib/clustering/index.js';
import { accuracy, ari, nmi } from './lib/metrics.js';
import { sampleRows, type LabelledRow } from './lib/sample.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCALING_SIZES = [300, 1000, 5000, 20000];
const SAMPLE_SEED = 20260101;
const SMALL_SAMPLES = 10;

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

function loadLabelled(dir: string): { name: string; rows: LabelledRow[] }[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.jsonl'))
		.sort()
		.map((f) => {
			const lines = readFileSync(join(dir, f), 'utf8')
				.split('\n')
				.filter((l) => l.trim() !== '');
			const rows = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
			if (!rows.length || !rows.every((r) => typeof r.text === 'string' && r.label !== undefined))
				return null;
			return {
				name: f.replace(/\.jsonl$/, ''),
				rows: rows.map((r) => ({ id: String(r.id), text: String(r.text), label: String(r.label) }))
			};
		})
		.filter((x): x is { name: string; rows: LabelledRow[] } => x !== null);
}

interface Score {
	n: number;
	trueK: number;
	chosenK: number;
	nmi: number;
	ari: number;
	acc: number;
	seconds: number;
	peakMb: number;
}

/** Runs once and scores; unassigned statements count as one extra cluster (-1). */
function score(rows: LabelledRow[], k: number | 'auto'): Score {
	const truth = rows.map((r) => r.label);
	const trueK = new Set(truth).size;
	const t0 = performance.now();
	const result = proposeThemes(rows, { k, seed: 1 });
	const seconds = (performance.now() - t0) / 1000;
	const byId = new Map<string, number>();
	for (const t of result.themes) for (const m of t.members) byId.set(m.id, t.index);
	const pred = rows.map((r) => byId.get(r.id) ?? -1);
	return {
		n: rows.length,
		trueK,
		chosenK: result.diagnostics.kChosen,
		nmi: 100 * nmi(truth, pred),
		ari: 100 * ari(truth, pred),
		acc: 100 * accuracy(truth, pred),
		seconds,
		peakMb: process.resourceUsage().maxRSS / 1024
	};
}

const f1 = (x: number) => x.toFixed(1);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const HEADER = [
	'dataset',
	'k',
	'n',
	'true k',
	'chosen k',
	'NMI',
	'ARI',
	'ACC',
	'seconds',
	'peak RSS MB'
];

function scoreRow(name: string, k: string, s: Score): string {
	return row([
		name,
		k,
		s.n,
		s.trueK,
		s.chosenK,
		f1(s.nmi),
		f1(s.ari),
		f1(s.acc),
		s.seconds.toFixed(2),
		s.peakMb.toFixed(0)
	]);
}

function meanSd(xs: number[]): string {
	const m = xs.reduce((a, b) => a + b, 0) / xs.length;
	const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
	return `${f1(m)} ± ${f1(sd)} (${f1(Math.min(...xs))}–${f1(Math.max(...xs))})`;
}

const dataDir = resolve(ROOT, option('data') ?? '../shared/data');
if (!existsSync(dataDir)) {
	process.stderr.write(`bench:cluster: no data folder at ${dataDir}; pass --data DIR\n`);
	process.exit(1);
}
const sets = loadLabelled(dataDir);
if (sets.length === 0) {
	process.stderr.write(
		`bench:cluster: no labelled JSONL files ({"id","text","label"}) in ${dataDir}\n`
	);
	process.exit(1);
}
const sizes = process.argv.includes('--quick') ? SCALING_SIZES.slice(0, 3) : SCALING_SIZES;

console.log(`## Full sets (seed 1; peak RSS is the process high-water mark so far)\n`);
console.log(row(HEADER));
console.log(row(HEADER.map(() => '---')));
for (const set of sets) {
	const trueK = new Set(set.rows.map((r) => r.label)).size;
	for (const k of [trueK, 'auto'] as const) {
		process.stderr.write(`bench: ${set.name} k=${k}\n`);
		console.log(scoreRow(set.name, k === 'auto' ? 'auto' : 'true', score(set.rows, k)));
	}
}

console.log(
	`\n## Scaling, k = auto (samples with seed ${SAMPLE_SEED}; texts repeat when n exceeds the set)\n`
);
console.log(row(HEADER));
console.log(row(HEADER.map(() => '---')));
for (const n of sizes) {
	for (const set of sets) {
		process.stderr.write(`bench: scaling ${set.name} n=${n}\n`);
		console.log(scoreRow(set.name, 'auto', score(sampleRows(set.rows, n, SAMPLE_SEED), 'auto')));
	}
}

console.log(`\n## n = 300, ${SMALL_SAMPLES} samples: mean ± sd (min–max)\n`);
console.log(row(['dataset', 'k', 'chosen k', 'NMI', 'ARI', 'ACC', 'seconds']));
console.log(row(['---', '---', '---', '---', '---', '---', '---']));
for (const set of sets) {
	for (const mode of ['true', 'auto'] as const) {
		const scores: Score[] = [];
		for (let i = 0; i < SMALL_SAMPLES; i++) {
			const sample = sampleRows(set.rows, 300, SAMPLE_SEED + i);
			scores.push(
				score(sample, mode === 'auto' ? 'auto' : new Set(sample.map((r) => r.label)).size)
			);
		}
		console.log(
			row([
				set.name,
				mode,
				meanSd(scores.map((s) => s.chosenK)),
				meanSd(scores.map((s) => s.nmi)),
				meanSd(scores.map((s) => s.ari)),
				meanSd(scores.map((s) => s.acc)),
				meanSd(scores.map((s) => s.seconds))
			])
		);
	}
}
