// `npx tsx scripts/bench-board.ts`: how long `layoutBoard` takes for 2,000 statements in 150 themes,
// from scratch and again with the previous positions after a merge (what a live update costs).
import { performance } from 'node:perf_hooks';
import { layoutBoard } from '../src/lib/board/layout.js';
import { fixtureBoard } from '../src/lib/board/fixture.js';

const STATEMENTS = 2000;
const THEMES = 150;
const RUNS = 15;

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

function time(run: () => unknown): { median: number; max: number } {
	run(); // warm-up: the JIT and the shape cache
	const times = Array.from({ length: RUNS }, () => {
		const t0 = performance.now();
		run();
		return performance.now() - t0;
	});
	return { median: median(times), max: Math.max(...times) };
}

const board = fixtureBoard(STATEMENTS, THEMES, 3);
const first = layoutBoard(board);
const merged = structuredClone(board);
merged.themes[0].members.push(...merged.themes[1].members);
merged.themes.splice(1, 1);
const added = structuredClone(board);
added.themes.push({ id: 10_000, label: 'new theme', status: 'proposed', crossSector: 0, members: board.unassigned });

const rows = [
	['from scratch', time(() => layoutBoard(board))],
	['after a merge (previous positions)', time(() => layoutBoard(merged, { previous: first.positions }))],
	['a theme added (previous positions)', time(() => layoutBoard(added, { previous: first.positions }))],
	['all new themes beside 1 known', time(() => layoutBoard(board, { previous: new Map([[1, { x: 0, y: 0 }]]) }))]
] as const;
console.log(`layoutBoard, ${STATEMENTS} statements in ${THEMES} themes, median (max) of ${RUNS} runs:`);
for (const [name, t] of rows) console.log(`  ${name.padEnd(38)} ${t.median.toFixed(1)} ms (${t.max.toFixed(1)} ms)`);
