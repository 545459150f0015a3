// The reference baseline beside the engine: scikit-learn's TF-IDF + LSA + k-means, run through
// ../shared/tools/lsa_kmeans.py by a Python that can import scikit-learn. Texts go to a temporary
// JSONL file in the system's temp folder that is deleted as soon as the runs on it are done.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A Python with scikit-learn and the script that runs the baseline. */
export interface LsaBaseline {
	python: string;
	sklearnVersion: string;
	script: string;
}

/** One fit: cluster per id, and the fit time the script measured (without Python's start-up). */
export interface LsaRun {
	assignments: Map<string, number>;
	seconds: number;
}

/** Debian's python3-sklearn installs for the system Python; a pyenv `python3` may lack it. */
const PYTHONS = ['/usr/bin/python3', 'python3'];

/** The first Python that imports scikit-learn, or the reason none can run the baseline. */
export function findLsaBaseline(script: string): LsaBaseline | { skipped: string } {
	if (!existsSync(script)) return { skipped: `no baseline script at ${script}` };
	const tried: string[] = [];
	for (const python of PYTHONS) {
		const probe = spawnSync(python, ['-c', 'import sklearn; print(sklearn.__version__)'], {
			encoding: 'utf8'
		});
		if (probe.status === 0) return { python, sklearnVersion: probe.stdout.trim(), script };
		const why = probe.error ? 'not found' : lastLine(probe.stderr);
		tried.push(`${python}: ${why}`);
	}
	return {
		skipped: `no Python with scikit-learn (${tried.join('; ')}); apt-get install python3-sklearn`
	};
}

const lastLine = (text: string) => text.trim().split('\n').pop() ?? 'failed';

/** Writes {id, text} rows to a fresh temporary JSONL file and hands its path to use; then deletes it. */
export function withTempJsonl<T>(
	rows: { id: string; text: string }[],
	use: (file: string) => T
): T {
	const dir = mkdtempSync(join(tmpdir(), 'converge-bench-'));
	try {
		const file = join(dir, 'texts.jsonl');
		writeFileSync(file, rows.map((r) => JSON.stringify({ id: r.id, text: r.text })).join('\n'));
		return use(file);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Runs the baseline once on a JSONL file; throws with Python's last error line when it fails. */
export function runLsa(baseline: LsaBaseline, file: string, k: number, seed: number): LsaRun {
	const args = [baseline.script, '--input', file, '--k', String(k), '--seed', String(seed)];
	const run = spawnSync(baseline.python, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	if (run.status !== 0)
		throw new Error(`LSA baseline failed (k ${k}, seed ${seed}): ${lastLine(run.stderr ?? '')}`);
	const out = JSON.parse(run.stdout) as { assignments: Record<string, number>; seconds: number };
	return { assignments: new Map(Object.entries(out.assignments)), seconds: out.seconds };
}
