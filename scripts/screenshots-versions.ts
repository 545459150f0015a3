// `npx tsx scripts/screenshots-versions.ts [outdir]`: the demo played through to a published
// manifesto, a pointer reworded, then the versions page (laptop) and, once version 2 is published,
// the public manifesto and version 1 on a phone. Run `npm run build` first. For looking, not testing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, demoLinks } from './lib/app-server';
import { launch, LAPTOP, PHONE } from './lib/chromium';
import { openDatabase } from '../src/lib/server/db/connection';
import { serverKey } from '../src/lib/server/security';
import { finishDemo } from '../src/lib/server/demo/finish';
import { findDemoEvent } from '../src/lib/server/db/events';

const outDir = process.argv[2] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });
const app = await startApp();
const browser = await launch();
try {
	const db = openDatabase(app.dbPath);
	await finishDemo(db, serverKey(app.dbPath));
	const base = `${app.url}/e/${findDemoEvent(db)!.slug}`;
	db.close();
	const fac = await (await browser.newContext({ viewport: LAPTOP })).newPage();
	await fac.goto(app.url + demoLinks(app.output()).facilitator);
	await fac.getByRole('button', { name: 'Continue' }).click();
	await fac.waitForURL(/facilitate/);
	await fac.goto(base + '/facilitate/manifesto');
	const pointer = fac.locator('article.pointer').first();
	await pointer.getByText('Edit the wording and section').click();
	await pointer.getByLabel('Title').fill('Workers hold algorithms to account');
	await pointer.getByRole('button', { name: 'Save changes' }).click();
	await fac.getByTestId('draft-differs').waitFor();
	await fac.screenshot({ path: join(outDir, 'manifesto-editor-draft-1280.png') });
	await fac.goto(base + '/facilitate/manifesto/versions');
	await fac.screenshot({ path: join(outDir, 'manifesto-versions-1280.png'), fullPage: true });
	await fac.getByRole('button', { name: 'Publish version 2' }).click();
	await fac.getByText('Version 2 is public.').waitFor();
	const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
	await phone.goto(base + '/manifesto');
	await phone.screenshot({ path: join(outDir, 'manifesto-version-390.png') });
	await phone.goto(base + '/manifesto/v/1');
	await phone.screenshot({ path: join(outDir, 'manifesto-version-older-390.png') });
	console.log(`screenshots in ${outDir}`);
} finally {
	await browser.close();
	await app.stop();
}
