// `npx tsx scripts/screenshots-similar.ts [outdir]`: the rapporteur page on a phone while a
// statement close to another sector's is typed, its near-duplicate hints showing. Against a fresh
// build on a throwaway database (run `npm run build` first). For looking, not testing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, demoLinks } from './lib/app-server';
import { launch, PHONE } from './lib/chromium';

const outDir = process.argv[2] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });
const app = await startApp();
const browser = await launch();
try {
	const ctx = await browser.newContext({ viewport: PHONE });
	const page = await ctx.newPage();
	await page.goto(app.url + demoLinks(app.output()).rapporteur('Gender'));
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.waitForURL(/\/s\/\d+/);
	await page
		.getByLabel('Statement', { exact: true })
		.fill(
			'Delivery riders are managed by an algorithm that allocates jobs, sets pay and deactivates them without explanation'
		);
	await page.locator('.similar li').first().waitFor();
	// the text box at the top, its hints below it
	await page.evaluate(() => document.getElementById('f-text')!.scrollIntoView({ block: 'start' }));
	await page.evaluate(() => window.scrollBy(0, -80));
	await page.screenshot({ path: join(outDir, 'rapporteur-similar-390.png') });
	await ctx.close();
	console.log(`screenshot in ${outDir}`);
} finally {
	await browser.close();
	await app.stop();
}
