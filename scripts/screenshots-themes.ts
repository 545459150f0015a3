// `npx tsx scripts/screenshots-themes.ts [outdir]`: the facilitator's themes page after asking the
// engine for eight themes, on a phone and a projector, and the board the room sees, against a
// fresh build on a throwaway database (run `npx vite build` first). For looking, not testing.
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
	for (const [size, viewport] of [
		['projector', PROJECTOR],
		['phone', PHONE]
	] as const) {
		const fac = await (await context(browser, { viewport })).newPage();
		await fac.goto(app.url + links.facilitator);
		await fac.getByRole('button', { name: 'Continue' }).click();
		await fac.waitForURL(/\/facilitate$/);
		const base = fac.url();
		await fac.goto(base + '/themes');
		await fac.getByLabel('Themes wanted').fill('8');
		const again = (await fac.getByRole('button', { name: 'Propose again' }).count()) > 0;
		await fac.getByRole('button', { name: /^Propose (themes|again)$/ }).click();
		if (again)
			await fac.getByRole('button', { name: 'Apply these changes' }).click({ timeout: 120_000 });
		await fac.getByText('8 themes proposed.').waitFor({ timeout: 120_000 });
		await fac.screenshot({ path: join(outDir, `themes-titled-${size}.png`) });
		await fac.goto(base + '/board');
		await fac.locator('svg').first().waitFor();
		await fac.waitForTimeout(1500);
		await fac.screenshot({ path: join(outDir, `board-titled-${size}.png`) });
	}
	console.log(`screenshots in ${outDir}`);
} finally {
	await browser.close();
	await app.stop();
}
