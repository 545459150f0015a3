// `npx tsx scripts/screenshots-access.ts [outdir]`: the board and a round's results at 320 px, on
// a phone and on a projector, after themes are proposed and a dot vote is cast by voters of three
// sectors; against a fresh build on a throwaway database (run `npx vite build` first). For looking,
// not testing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, demoLinks } from './lib/app-server';
import { context, launch, PHONE, PROJECTOR } from './lib/chromium';

const outDir = process.argv[2] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });
const app = await startApp();
const browser = await launch();
try {
	const links = demoLinks(app.output());
	const fac = await (await context(browser, { viewport: PROJECTOR })).newPage();
	await fac.goto(app.url + links.facilitator);
	await fac.getByRole('button', { name: 'Continue' }).click();
	await fac.waitForURL(/\/facilitate$/);
	const base = fac.url();
	await fac.goto(base + '/themes');
	await fac.getByRole('button', { name: 'Propose themes' }).click();
	await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 120_000 });
	for (let i = 0; i < 4; i++) {
		await fac
			.locator('article.theme:has(.status-proposed)')
			.first()
			.getByRole('button', { name: /^Accept/ })
			.click();
		await fac.locator('article.theme:has(.status-accepted)').nth(i).waitFor();
	}
	await fac.goto(base + '/rounds');
	await fac.getByLabel('Title of the round').fill('Which themes first?');
	await fac.getByLabel('Dot voting').check();
	await fac.getByLabel('Shown live while people vote').check();
	await fac.getByRole('button', { name: 'Create the round' }).click();
	const card = fac.locator('li.card', { hasText: 'Which themes first?' });
	await card.getByRole('button', { name: 'Open the vote' }).click();
	await card.getByRole('button', { name: 'Close the vote' }).waitFor();

	for (const [i, sector] of ['Labour', 'Education', 'Health'].entries()) {
		const phone = await (await context(browser, { viewport: PHONE, javaScript: false })).newPage();
		await phone.goto(app.url + '/join/' + links.joinCode.replace('-', ''));
		await phone.getByRole('button', { name: 'Join' }).click();
		await phone.getByLabel('The sector you come from').selectOption({ label: sector });
		await phone.getByRole('button', { name: 'Save' }).click();
		await phone.getByText('Thank you, saved.').waitFor();
		await phone.goto(base.replace(/\/facilitate$/, '/vote'));
		const boxes = phone.getByRole('spinbutton', { name: 'Dots' });
		await boxes.nth(i % 4).fill('3');
		await boxes.nth((i + 1) % 4).fill('2');
		await phone.getByRole('button', { name: 'Cast my ballot' }).click();
		await phone.getByText('Your ballot is saved.', { exact: false }).waitFor();
		await phone.context().close();
	}
	await card
		.getByRole('link', { name: /results/i })
		.first()
		.click();
	await fac.waitForURL(/\/rounds\/\d+/);
	const results = fac.url();

	for (const [size, viewport] of [
		['projector', PROJECTOR],
		['phone', PHONE],
		['320', { width: 320, height: 720 }]
	] as const) {
		await fac.setViewportSize(viewport);
		await fac.goto(base + '/board');
		await fac.locator('[data-kind="dot"]').first().waitFor();
		await fac.waitForTimeout(1200);
		await fac.screenshot({
			path: join(outDir, `access-board-${size}.png`),
			fullPage: size !== 'projector'
		});
		await fac.goto(results);
		await fac.waitForTimeout(500);
		await fac.screenshot({ path: join(outDir, `access-results-${size}.png`), fullPage: true });
	}
	console.log(`screenshots in ${outDir}`);
} finally {
	await browser.close();
	await app.stop();
}
