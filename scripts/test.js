// `npm test`: lint (Prettier and ESLint, whose import bans keep the layers), svelte-check, a build
// of the app (the browser tests run against it), then every vitest project (unit, db, cli, e2e).
// It ends with one line "N passed, N failed" over all of them, a failed step counting as one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const node = (args, opts = {}) =>
	spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', ...opts });

const steps = [
	[
		'Checking the format (Prettier)…',
		[bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.']
	],
	['Linting (ESLint)…', [bin('eslint', 'bin/eslint.js'), '.']],
	[
		// the messages are generated (not in git); svelte-check needs them before the build does
		'Compiling the messages (Paraglide)…',
		[
			bin('@inlang/paraglide-js', 'bin/run.js'),
			'compile',
			'--project',
			'./project.inlang',
			'--outdir',
			'./src/lib/paraglide',
			'--strategy',
			'cookie',
			'preferredLanguage',
			'baseLocale',
			'--silent'
		]
	],
	[
		'Syncing SvelteKit types…',
		[bin('@sveltejs/kit', 'svelte-kit.js'), 'sync'],
		{ stdio: ['ignore', 'ignore', 'inherit'] }
	],
	[
		'Type-checking (svelte-check)…',
		[
			bin('svelte-check', 'bin/svelte-check'),
			'--tsconfig',
			'./tsconfig.json',
			'--threshold',
			'error',
			'--output',
			'human'
		]
	],
	[
		'Building the app for the browser tests…',
		[bin('vite', 'bin/vite.js'), 'build'],
		{ stdio: ['ignore', 'ignore', 'inherit'] }
	]
];
let failedSteps = 0;
const failedTitles = [];
for (const [title, args, opts] of steps) {
	console.log(title);
	if (node(args, opts).status === 0) continue;
	failedSteps++;
	failedTitles.push(title.replace(/…$/, ''));
	// without a fresh build the browser tests would open an old one
	if (args.includes('build')) {
		console.log(`0 passed, ${failedSteps} failed`);
		process.exit(1);
	}
}

const out = join(mkdtempSync(join(tmpdir(), 'converge-test-')), 'results.json');
const args = [
	bin('vitest', 'vitest.mjs'),
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${out}`,
	...process.argv.slice(2)
];
const run = node(args, { env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });

let passed = 0;
let failed = run.status === 0 ? 0 : 1;
if (existsSync(out)) {
	const r = JSON.parse(readFileSync(out, 'utf8'));
	passed = r.numPassedTests;
	failed =
		r.numFailedTests +
		(r.numFailedTestSuites ?? 0) +
		(run.status !== 0 && r.numFailedTests === 0 && !r.numFailedTestSuites ? 1 : 0);
}
failed += failedSteps;
for (const title of failedTitles) console.log(`Failed step: ${title}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failedSteps === 0 ? 0 : 1);
