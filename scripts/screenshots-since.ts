// `npx tsx scripts/screenshots-since.ts [outdir]`: the "since" view after a day is closed (a laptop
// for the facilitator, a phone for a rapporteur) and the board outlining what is new. Run
// `npm run build` first. For looking, not testing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, demoLinks } from './lib/app-server';
import { launch, LAPTOP, PHONE } from './lib/chromium';

const outDir = process.argv[2] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });
const app = await startApp();
const browser = await launch();
try {
	const links = demoLinks(app.output());
	const base = `${app.url}/e/bangkok-2019`;
	const fac = await (await browser.newContext({ viewport: LAPTOP })).newPage();
	await fac.goto(app.url + links.facilitator);
	await fac.getByRole('button', { name: 'Continue' }).click();
	await fac.waitForURL(/\/facilitate$/);
	await fac.goto(base + '/facilitate/themes');
	await fac.getByRole('button', { name: 'Propose themes' }).click();
	await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 60_000 });
	await fac.goto(base + '/since');
	await fac.getByRole('button', { name: 'Close the session' }).click();
	await fac.getByText('Nothing has changed since then.').waitFor();

	// day two: two statements from a rapporteur, a rename and a merge
	const rap = await (await browser.newContext({ viewport: PHONE })).newPage();
	await rap.goto(app.url + links.rapporteur('Labour'));
	await rap.getByRole('button', { name: 'Continue' }).click();
	await rap.waitForURL(/\/s\/\d+$/);
	for (const [title, text] of [
		[
			'Wearables on the warehouse floor',
			'Warehouse workers are tracked by wearables that time every step'
		],
		[
			'Union organising online',
			'Union organisers are banned from the platforms where gig workers meet'
		]
	]) {
		await rap.getByLabel('Short title').fill(title);
		await rap.getByLabel('Statement', { exact: true }).fill(text);
		await rap.getByRole('button', { name: 'Add statement' }).click();
		await rap.getByText('Statement added.').waitFor();
	}
	await fac.goto(base + '/facilitate/themes');
	const first = fac.locator('article.theme').first();
	await first.getByText('Rename, merge, move…').click();
	await first.getByLabel('Theme name').fill('Workers watched at work');
	await first.getByRole('button', { name: 'Save' }).click();
	await fac.getByRole('heading', { name: 'Workers watched at work' }).waitFor();
	const second = fac.locator('article.theme').nth(1);
	await second.getByText('Rename, merge, move…').click();
	await second.getByLabel('Merge into').selectOption({ label: 'Workers watched at work' });
	await second.getByRole('button', { name: 'Merge' }).click();
	await fac.waitForTimeout(1000);

	await fac.goto(base + '/since');
	await fac.getByRole('heading', { name: 'Since “Day 1”' }).waitFor();
	await fac.screenshot({ path: join(outDir, 'since-1280.png'), fullPage: true });
	await rap.goto(base + '/since');
	await rap.getByRole('heading', { name: 'Since “Day 1”' }).waitFor();
	await rap.screenshot({ path: join(outDir, 'since-390.png'), fullPage: true });
	await fac.getByRole('link', { name: 'Highlight what is new on the board' }).click();
	await fac.getByTestId('board-fresh').waitFor();
	await fac.waitForTimeout(800);
	await fac.screenshot({ path: join(outDir, 'board-since-1280.png'), fullPage: false });
	console.log(`screenshots in ${outDir}`);
} finally {
	await browser.close();
	await app.stop();
}
