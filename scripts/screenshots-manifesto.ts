// `npx tsx scripts/screenshots-manifesto.ts [outdir]`: the demo played through to a published
// manifesto, then screenshots of the manifesto, a sector paper, the editor and the coverage check on
// a phone and a projector, and the printed manifesto as PDF pages (needs pdftoppm from poppler-utils).
// Run `npm run build` first. For looking, not testing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startApp, demoLinks } from './lib/app-server';
import { launch, PHONE, PROJECTOR } from './lib/chromium';
import { openDatabase } from '../src/lib/server/db/connection';
import { serverKey } from '../src/lib/server/security';
import { finishDemo } from '../src/lib/server/demo/finish';
import { findDemoEvent, listSectors } from '../src/lib/server/db/events';

const outDir = process.argv[2] ?? 'tests/e2e/screenshots';
mkdirSync(outDir, { recursive: true });
const app = await startApp();
const browser = await launch();
try {
	const db = openDatabase(app.dbPath);
	await finishDemo(db, serverKey(app.dbPath));
	const event = findDemoEvent(db)!;
	const labour = listSectors(db, event.id).find((s) => s.name === 'Labour')!;
	db.close();
	const base = `${app.url}/e/${event.slug}`;
	for (const [size, viewport] of [
		['phone', PHONE],
		['projector', PROJECTOR]
	] as const) {
		const ctx = await browser.newContext({ viewport });
		const page = await ctx.newPage();
		await page.goto(app.url + demoLinks(app.output()).facilitator);
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.waitForURL(/facilitate/);
		for (const [name, path, full] of [
			['manifesto', '/manifesto', true],
			['paper', `/papers/${labour.id}`, true],
			['manifesto-editor', '/facilitate/manifesto', false],
			['coverage', '/facilitate/coverage', false],
			['coverage-projector', '/facilitate/coverage?projector', false]
		] as const) {
			await page.goto(base + path);
			await page.screenshot({
				path: join(outDir, `${name}-${size}.png`),
				fullPage: full && size === 'phone' ? false : full
			});
		}
		if (size === 'projector') {
			for (const [name, path] of [
				['manifesto', '/manifesto'],
				['paper', `/papers/${labour.id}`]
			]) {
				await page.goto(base + path);
				const pdf = join(outDir, `${name}.pdf`);
				writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
				execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(outDir, `${name}-print`)]);
			}
		}
		await ctx.close();
	}
	console.log(`screenshots in ${outDir}`);
} finally {
	await browser.close();
	await app.stop();
}
