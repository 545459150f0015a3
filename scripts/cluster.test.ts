import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FIX = 'tests/fixtures/clustering';

function run(...args: string[]) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cluster.ts', ...args], {
		encoding: 'utf8',
		timeout: 30_000
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cluster CLI', () => {
	it('reads the statements by their meaning as well with --meaning', () => {
		const r = run('--input', `${FIX}/statements.jsonl`, '--k', '2', '--meaning');
		expect(r.code).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out.diagnostics.meaning).toBe(true);
		expect(Object.keys(out.assignments)).toHaveLength(7);
		expect(r.stderr).toMatch(/7 sentence vectors in/);
		const words = JSON.parse(run('--input', `${FIX}/statements.jsonl`, '--k', '2').stdout);
		expect(words.diagnostics.meaning).toBeUndefined();
	});

	it('prints one JSON object with assignments, themes and diagnostics for JSONL', () => {
		const r = run('--input', `${FIX}/statements.jsonl`, '--k', '2', '--seed', '3');
		expect(r.code).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(Object.keys(out.assignments).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7']);
		expect(out.themes.length).toBeGreaterThan(0);
		const t = out.themes[0];
		for (const key of [
			'title',
			'label',
			'keyPhrases',
			'representativeId',
			'memberIds',
			'sectors',
			'crossSector',
			'cohesion'
		])
			expect(t).toHaveProperty(key);
		// the title is a key point in one member's words, not the keyword label
		const texts = readFileSync(`${FIX}/statements.jsonl`, 'utf8');
		for (const theme of out.themes) expect(texts).toContain(theme.title.slice(1, -1));
		expect(out.assignments['1']).toBe(out.assignments['2']);
		expect(out.assignments['1']).not.toBe(out.assignments['4']);
		expect(out.diagnostics.kRequested).toBe(2);
		expect(r.stderr).toMatch(/themes/);
	});

	it('reads CSV and keeps only moderated == 1 rows of a Pol.is export', () => {
		const csv = JSON.parse(run('--input', `${FIX}/statements.csv`).stdout);
		expect(Object.keys(csv.assignments).sort()).toEqual(['a', 'b', 'c', 'd']);
		const polis = JSON.parse(run('--input', `${FIX}/polis.jsonl`).stdout);
		expect(Object.keys(polis.assignments).sort()).toEqual(['0', '2']);
	});

	it.each([
		[['--input', `${FIX}/nope.jsonl`], /cannot read/],
		[['--input', `${FIX}/malformed.jsonl`], /line 2: not valid JSON/],
		[['--input', `${FIX}/missing-id.jsonl`], /line 2: missing "id"/],
		[['--input', `${FIX}/missing-text.csv`], /line 3/],
		[['--input', `${FIX}/statements.jsonl`, '--k', 'many'], /--k must be/],
		[[], /--input FILE is required/]
	])('fails with a message naming the problem: %j', (args, message) => {
		const r = run(...args);
		expect(r.code).not.toBe(0);
		expect(r.stderr).toMatch(message);
		expect(r.stdout).toBe('');
	});
});
