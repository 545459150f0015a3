// CLI: npm run --silent cluster -- --input FILE [--k N|auto] [--seed S] [--meaning]
// Prints one JSON object (assignments, themes, diagnostics) on stdout; progress on stderr.
// --meaning: every text's sentence vector (English; src/lib/server/meaning) beside its words.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { proposeThemes } from '../src/lib/clustering/index.js';
import { InputError, parseStatements } from './lib/read-statements.js';
import { embedTexts } from '../src/lib/server/meaning/encoder.js';

const USAGE =
	'usage: npm run --silent cluster -- --input FILE.jsonl|FILE.csv [--k N|auto] [--seed S] [--meaning]';

function fail(message: string): never {
	process.stderr.write(`cluster: ${message}\n${USAGE}\n`);
	process.exit(1);
}

function parseArgs(argv: string[]): {
	input: string;
	k: number | 'auto';
	seed: string | number;
	meaning: boolean;
} {
	const args: Record<string, string> = {};
	let meaning = false;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (!a.startsWith('--')) fail(`unexpected argument "${a}"`);
		if (a === '--meaning') {
			meaning = true;
			continue;
		}
		const [key, inline] = a.slice(2).split('=', 2);
		if (!['input', 'k', 'seed'].includes(key))
			fail(`unknown option --${key} (expected --input, --k, --seed or --meaning)`);
		const value = inline ?? argv[++i];
		if (value === undefined) fail(`--${key} needs a value`);
		args[key] = value;
	}
	if (!args.input) fail('--input FILE is required');
	let k: number | 'auto' = 'auto';
	if (args.k !== undefined && args.k !== 'auto') {
		k = Number(args.k);
		if (!Number.isInteger(k) || k < 1)
			fail(`--k must be a positive whole number or "auto", got "${args.k}"`);
	}
	const seed =
		args.seed === undefined ? 1 : /^-?\d+$/.test(args.seed) ? Number(args.seed) : args.seed;
	return { input: args.input, k, seed, meaning };
}

const { input, k, seed, meaning } = parseArgs(process.argv.slice(2));
let content: string;
try {
	content = readFileSync(input, 'utf8');
} catch {
	fail(`cannot read "${input}" (does the file exist?)`);
}
let statements;
try {
	statements = parseStatements(content, input);
} catch (e) {
	if (e instanceof InputError) fail(e.message);
	throw e;
}
process.stderr.write(
	`cluster: ${statements.length} statements from ${input}, k = ${k}, seed = ${seed}\n`
);
if (meaning) {
	const t0 = performance.now();
	const vectors = await embedTexts(statements.map((s) => s.text));
	statements = statements.map((s, i) => ({ ...s, meaning: vectors[i] }));
	process.stderr.write(
		`cluster: ${statements.length} sentence vectors in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`
	);
}
const started = performance.now();
const result = proposeThemes(statements, { k, seed, now: () => performance.now() });
const assignments: Record<string, number> = {};
for (const s of statements) assignments[s.id] = -1;
for (const t of result.themes) for (const m of t.members) assignments[m.id] = t.index;
const out = {
	assignments,
	themes: result.themes.map((t) => ({
		title: t.title,
		label: t.label,
		keyPhrases: t.keyPhrases,
		representativeId: t.representativeId,
		memberIds: t.members.map((m) => m.id),
		sectors: t.sectors,
		crossSector: t.crossSector,
		cohesion: t.cohesion
	})),
	diagnostics: { ...result.diagnostics, unassigned: result.unassigned.length }
};
process.stdout.write(JSON.stringify(out) + '\n');
const timings = Object.entries(result.diagnostics.timings)
	.map(([s, ms]) => `${s} ${ms} ms`)
	.join(', ');
process.stderr.write(
	`cluster: ${result.themes.length} themes, ${result.unassigned.length} unassigned in ${((performance.now() - started) / 1000).toFixed(2)} s (${timings})\n`
);
