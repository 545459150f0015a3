// `npx tsx scripts/screenshots-rapporteur.ts [outdir]`: a rapporteur's sector page and the page for
// several statements at once, on a phone. Run `npm run build` first. For looking, not testing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, demoLinks } from './lib/app-server';
import { launch, PHONE } from './lib/chromium';

const outDir = process.argv[2] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });
const app = await startApp();
const browser = await launch();
try {
	const page = await (await browser.newContext({ viewport: PHONE })).newPage();
	await page.goto(app.url + demoLinks(app.output()).rapporteur('Labour'));
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.waitForURL(/\/s\/\d+$/);
	await page.screenshot({ path: join(outDir, 'rapporteur-sector-390.png'), fullPage: false });
	await page.getByRole('link', { name: 'Paste or import several statements' }).click();
	await page.getByRole('heading', { name: 'Several statements at once' }).waitFor();
	await page.getByText('Paste many at once').click();
	await page.screenshot({ path: join(outDir, 'rapporteur-batch-390.png'), fullPage: true });
	console.log(`screenshots in ${outDir}`);
} finally {
	await browser.close();
	await app.stop();
}
