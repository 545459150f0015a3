// `npx tsx scripts/bench-board.ts`: how long `layoutBoard` takes for 2,000 statements in 150 themes,
// from scratch and again with the previous positions after a merge (what a live update costs).
import { performance } from 'node:perf_hooks';
import { layoutBoard } from '../src/lib/board/layout.js';
import { fixtureBoard, SECTOR_NAMES } from './lib/board-fixture.js';

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
added.themes.push({
	id: 10_000,
	label: 'new theme',
	status: 'proposed',
	crossSector: 0,
	members: board.unassigned
});

const rows = [
	['from scratch', time(() => layoutBoard(board))],
	[
		'after a merge (previous positions)',
		time(() => layoutBoard(merged, { previous: first.positions }))
	],
	[
		'a theme added (previous positions)',
		time(() => layoutBoard(added, { previous: first.positions }))
	],
	[
		'all new themes beside 1 known',
		time(() => layoutBoard(board, { previous: new Map([[1, { x: 0, y: 0 }]]) }))
	]
] as const;
console.log(
	`layoutBoard, ${STATEMENTS} statements in ${THEMES} themes, median (max) of ${RUNS} runs:`
);
for (const [name, t] of rows)
	console.log(`  ${name.padEnd(38)} ${t.median.toFixed(1)} ms (${t.max.toFixed(1)} ms)`);

// In Chromium: the built app on a throwaway database holding an event of 2,000 statements in
// 150 themes; the time from navigation to a fully drawn board, and the frame rate while dragging.
import { existsSync } from 'node:fs';
import { startApp } from './lib/app-server.js';
import { launch, PROJECTOR } from './lib/chromium.js';
import { openDatabase } from '../src/lib/server/db/connection.js';
import { serverKey } from '../src/lib/server/security.js';
import { createEvent } from '../src/lib/server/services/events.js';
import { createStatement } from '../src/lib/server/db/statements.js';
import { createTheme, upsertMember } from '../src/lib/server/db/themes.js';
import { listSectors } from '../src/lib/server/db/events.js';

async function inChromium(): Promise<void> {
	if (!existsSync('build/handler.js') || !existsSync('/usr/bin/chromium')) {
		console.log('\n(Chromium part skipped: run `npm run build` and install chromium first)');
		return;
	}
	const app = await startApp({ CONVERGE_DEMO: '0' });
	const browser = await launch();
	try {
		// write the event straight into the server's database (WAL lets both sides work at once)
		const db = openDatabase(app.dbPath);
		const key = serverKey(app.dbPath);
		const names = [...SECTOR_NAMES];
		const { event, facilitatorPath } = createEvent(db, key, { name: 'Board benchmark' }, names);
		const sectors = listSectors(db, event.id);
		const t = new Date().toISOString();
		db.transaction(() => {
			for (let th = 0; th < THEMES; th++) {
				const themeId = createTheme(
					db,
					event.id,
					{
						label: `theme ${th} · topic words`,
						description: '',
						status: 'proposed',
						origin: 'engine',
						keyPhrases: [],
						representativeId: null,
						crossSector: (th % 10) / 10,
						cohesion: 0.3,
						edited: false
					},
					t
				);
				for (
					let n = Math.floor((th * STATEMENTS) / THEMES);
					n < Math.floor(((th + 1) * STATEMENTS) / THEMES);
					n++
				) {
					const s = createStatement(
						db,
						{
							eventId: event.id,
							sectorId: sectors[n % sectors.length].id,
							title: '',
							text: `Statement ${n} about topic ${th} and its consequences for the sector`,
							lang: 'en',
							authorId: null,
							source: 'import'
						},
						t
					);
					upsertMember(
						db,
						{ themeId, statementId: s.id, similarity: 0.5, sharedTerms: [], origin: 'engine' },
						t
					);
				}
			}
		})();
		db.close();

		const page = await (await browser.newContext({ viewport: PROJECTOR })).newPage();
		await page.goto(app.url + facilitatorPath);
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.waitForURL(/facilitate$/);
		const drawn: number[] = [];
		for (let run = 0; run < 5; run++) {
			const t0 = performance.now();
			await page.goto(page.url().replace(/\/facilitate.*$/, '/facilitate/board'));
			await page.waitForFunction(
				(n) => document.querySelectorAll('[data-kind="dot"]').length >= n,
				STATEMENTS,
				{ timeout: 60_000, polling: 'raf' }
			);
			drawn.push(performance.now() - t0);
		}
		// drag a statement across the board for two seconds, counting animation frames meanwhile
		const dot = page.locator('[data-kind="dot"]').nth(100);
		const box = (await dot.boundingBox())!;
		// as a string: tsx would wrap a function with helpers the page does not have
		await page.evaluate(`(() => {
			window.frames_ = 0;
			window.counting_ = true;
			const tick = () => { if (!window.counting_) return; window.frames_++; requestAnimationFrame(tick); };
			requestAnimationFrame(tick);
		})()`);
		const d0 = performance.now();
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		const steps = 120;
		for (let i = 1; i <= steps; i++) {
			await page.mouse.move(box.x + (i * 900) / steps, box.y + Math.sin(i / 10) * 200, {
				steps: 1
			});
		}
		const seconds = (performance.now() - d0) / 1000;
		const frames = (await page.evaluate(
			`(() => { window.counting_ = false; return window.frames_; })()`
		)) as number;
		await page.keyboard.press('Escape');
		await page.mouse.up();
		console.log(
			`\nIn Chromium (${PROJECTOR.width}×${PROJECTOR.height}), ${STATEMENTS} statements in ${THEMES} themes:`
		);
		console.log(
			`  navigation to a fully drawn board     median ${median(drawn).toFixed(0)} ms (max ${Math.max(...drawn).toFixed(0)} ms) over ${drawn.length} loads`
		);
		console.log(
			`  frame rate while dragging a statement ${(frames / seconds).toFixed(1)} frames/s (${frames} frames in ${seconds.toFixed(1)} s)`
		);
	} finally {
		await browser.close();
		await app.stop();
	}
}

await inChromium();
