// `npm test`: builds the app (the browser tests run against the build), runs every vitest project
// (unit, database and browser), and ends with one line "N passed, N failed" over all of them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

console.log('Building the app for the browser tests…');
const build = spawnSync(process.execPath, [bin('vite', 'bin/vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
	console.log('0 passed, 1 failed');
	process.exit(1);
}

const out = join(mkdtempSync(join(tmpdir(), 'converge-test-')), 'results.json');
const args = [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)];
const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });

let passed = 0;
let failed = run.status === 0 ? 0 : 1;
if (existsSync(out)) {
	const r = JSON.parse(readFileSync(out, 'utf8'));
	passed = r.numPassedTests;
	failed = r.numFailedTests + (r.numFailedTestSuites ?? 0) + (run.status !== 0 && r.numFailedTests === 0 && !r.numFailedTestSuites ? 1 : 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status ?? 1);
