// `npx tsx scripts/screenshots-presenter.ts [outdir]`: the demo played through to its end, then the
// presenter screen's views at 1280×720 and 1920×1080 (the board also in high contrast and with a
// sector no theme reached), each set from the facilitator's control page as in the room.
// Run `npm run build` first. For looking, not testing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, demoLinks } from './lib/app-server';
import { launch, LAPTOP } from './lib/chromium';
import { openDatabase } from '../src/lib/server/db/connection';
import { serverKey } from '../src/lib/server/security';
import { finishDemo } from '../src/lib/server/demo/finish';
import { findDemoEvent } from '../src/lib/server/db/events';
import { joinWithCode } from '../src/lib/server/services/access';
import { boardOf } from '../src/lib/server/services/themes';
import { suggestMerge, supportSuggestion } from '../src/lib/server/services/suggestions';

const outDir = process.argv[2] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });
const app = await startApp();
const browser = await launch();
try {
	const db = openDatabase(app.dbPath);
	await finishDemo(db, serverKey(app.dbPath));
	const event = findDemoEvent(db)!;
	db.close();
	const base = `${app.url}/e/${event.slug}`;
	const ctx = await browser.newContext({ viewport: LAPTOP });
	const control = await ctx.newPage();
	await control.goto(app.url + demoLinks(app.output()).facilitator);
	await control.getByRole('button', { name: 'Continue' }).click();
	await control.waitForURL(/facilitate/);
	await control.goto(base + '/facilitate/present');
	/** Presses one of the control page's buttons, as a facilitator would. */
	const press = async (name: string | RegExp) => {
		await control.getByRole('button', { name, exact: typeof name === 'string' }).click();
		await control
			.getByTestId('now-showing')
			.getByText(/now shows/)
			.waitFor();
	};
	const screens = await Promise.all(
		[
			[1280, 720],
			[1920, 1080]
		].map(async ([width, height]) => {
			const page = await ctx.newPage();
			await page.setViewportSize({ width, height });
			await page.goto(base + '/present');
			return { page, size: `${width}x${height}` };
		})
	);
	const shoot = async (name: string, ready: string, contrast = false) => {
		for (const { page, size } of screens) {
			const shown = `main.present[data-view="${ready}"]${contrast ? '.contrast' : ':not(.contrast)'}`;
			await page.locator(shown).waitFor();
			await page.waitForTimeout(300);
			await page.screenshot({ path: join(outDir, `presenter-${name}-${size}.png`) });
		}
	};
	await press('Normal colours');
	await press(/Join$/);
	await shoot('join', 'join');
	await press(/Themes$/);
	await shoot('board', 'board');
	await press('High contrast');
	await shoot('board-contrast', 'board', true);
	await press('Normal colours');
	await control.locator('fieldset', { hasText: 'Show a vote' }).getByRole('button').first().click();
	await shoot('results', 'round');
	await press(/Coverage$/);
	await shoot('coverage', 'coverage');
	await press(/Sectors × themes$/);
	await shoot('grid', 'grid');
	await press(/Manifesto$/);
	await shoot('manifesto', 'manifesto');
	// a sector that joins late has no statement in any theme: the board names it
	await control.goto(base + '/facilitate/settings');
	await control.locator('#new-sector').fill('Youth');
	await control.getByRole('button', { name: 'Add sector' }).click();
	await control.getByText('Sector Youth added').waitFor();
	await control.goto(base + '/facilitate/present');
	await press(/Themes$/);
	for (const { page } of screens) await page.getByTestId('silent-sectors').waitFor();
	await shoot('board-silent', 'board');
	// the floor suggests merges (in convergence): beside the board, with Apply and Dismiss
	await control.goto(base + '/facilitate');
	await control.getByRole('button', { name: /Convergence/ }).click();
	await control.locator('.eventnav .phase', { hasText: 'Convergence' }).waitFor();
	const floorDb = openDatabase(app.dbPath);
	const people = [0, 1, 2, 3].map(
		() => joinWithCode(floorDb, demoLinks(app.output()).joinCode).actor
	);
	const themes = boardOf(floorDb, people[0]).themes.filter((t) => t.status !== 'discarded');
	const first = suggestMerge(floorDb, people[0], { themes: [themes[2].id, themes[5].id] });
	for (const p of people.slice(1)) supportSuggestion(floorDb, p, first.id);
	suggestMerge(floorDb, people[1], { themes: [themes[3].id, themes[7].id] });
	floorDb.close();
	for (const { page } of screens) await page.reload();
	for (const { page } of screens) await page.locator('.floor [data-suggestion]').first().waitFor();
	await shoot('board-suggestions', 'board');
	console.log(`screenshots in ${outDir}`);
} finally {
	await browser.close();
	await app.stop();
}
