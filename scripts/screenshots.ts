// `npx tsx scripts/screenshots.ts [outdir]`: screenshots of every page on a phone and a projector,
// against a fresh build on a throwaway database (run `npm run build` first). For looking, not testing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, demoLinks } from './lib/app-server';
import { launch, PHONE, PROJECTOR } from './lib/chromium';

const outDir = process.argv[2] ?? 'tests/e2e/screenshots';
mkdirSync(outDir, { recursive: true });
const app = await startApp();
const browser = await launch();
try {
	const links = demoLinks(app.output());
	for (const [size, viewport] of [
		['phone', PHONE],
		['projector', PROJECTOR]
	] as const) {
		const ctx = await browser.newContext({ viewport });
		const page = await ctx.newPage();
		const shot = async (name: string) =>
			page.screenshot({
				path: join(outDir, `${name}-${size}.png`),
				fullPage: size === 'projector'
			});
		await page.goto(app.url + '/');
		await shot('home');
		await page.goto(app.url + links.rapporteur('Labour'));
		await shot('open-link');
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.waitForURL(/\/s\/\d+/);
		await shot('sector');
		await page.locator('a', { hasText: 'Edit' }).first().click();
		await page.waitForURL(/statements/);
		await shot('edit');
		const fac = await browser.newContext({ viewport });
		const fp = await fac.newPage();
		await fp.goto(app.url + links.facilitator);
		await fp.getByRole('button', { name: 'Continue' }).click();
		await fp.waitForURL(/facilitate/);
		const base = fp.url().replace(/\/facilitate.*$/, '');
		for (const [name, path] of [
			['overview', '/facilitate'],
			['statements', '/facilitate/statements'],
			['links', '/facilitate/links'],
			['cards', '/facilitate/links/cards'],
			['settings', '/facilitate/settings']
		]) {
			await fp.goto(base + path);
			await fp.screenshot({
				path: join(outDir, `${name}-${size}.png`),
				fullPage: size === 'projector' && name !== 'statements'
			});
		}
		await page.goto(app.url + '/join/' + links.joinCode.replace('-', ''));
		await shot('join');
		await ctx.close();
		await fac.close();
	}
	console.log(`screenshots in ${outDir}`);
} finally {
	await browser.close();
	await app.stop();
}
