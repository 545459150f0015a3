// `npx tsx scripts/screenshots-translations.ts [outdir]`: the event's own text in another language —
// the demo played to its published manifesto, French added to the event's languages, every piece
// drafted into French by Apertium and one pointer title written by hand on the translation page;
// then the manifesto as a reader whose browser speaks French gets it, on a phone, on the projector
// and printed (needs pdftoppm from poppler-utils, and Apertium for the drafts). Run `npm run build`
// first. For looking, not testing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startApp, demoLinks } from './lib/app-server';
import { context, launch, LAPTOP, PHONE, PROJECTOR } from './lib/chromium';
import { openDatabase } from '../src/lib/server/db/connection';
import { serverKey } from '../src/lib/server/security';
import { finishDemo } from '../src/lib/server/demo/finish';

const outDir = process.argv[2] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });
const app = await startApp();
const browser = await launch();
try {
	const links = demoLinks(app.output());
	const db = openDatabase(app.dbPath);
	await finishDemo(db, serverKey(app.dbPath));
	db.close();

	const fac = await (await context(browser, { viewport: LAPTOP })).newPage();
	await fac.goto(app.url + links.facilitator);
	await fac.getByRole('button', { name: 'Continue' }).click();
	await fac.waitForURL(/\/facilitate$/);
	const base = fac.url().replace(/\/facilitate$/, '');
	await fac.goto(base + '/facilitate/settings');
	const form = fac.locator('form[action="?/languages"]');
	for (const name of ['English', 'Spanish', 'French', 'Thai'])
		await form.getByRole('checkbox', { name, exact: true }).check();
	await form.getByLabel('Working language').selectOption('en');
	await form.getByRole('button', { name: 'Save' }).click();
	await fac.getByTestId('event-languages').waitFor();

	// French: drafted by machine, one title by hand; Spanish left half done
	await fac.goto(base + '/translate/content?lang=fr');
	await fac.getByRole('button', { name: 'Draft the missing ones by machine' }).click();
	await fac.getByText(/machine drafts? made/).waitFor({ timeout: 120_000 });
	const title = fac.locator('li.piece', { hasText: 'Pointer title' }).first();
	await title
		.locator('input[name="text"]')
		.fill('Les travailleurs décident de la façon dont les algorithmes les gèrent');
	await title.getByRole('button', { name: 'Save translation' }).click();
	await title.getByText('Translation saved.').waitFor();
	await fac.goto(base + '/translate/content?lang=es');
	const first = fac.locator('li.piece', { hasText: 'Pointer title' }).first();
	await first.locator('input[name="text"]').fill('Las personas trabajadoras deciden');
	await first.getByRole('button', { name: 'Save translation' }).click();
	await first.getByText('Translation saved.').waitFor();
	await fac.goto(base + '/translate/content?lang=fr');
	await fac.screenshot({ path: join(outDir, 'translate-content-1280.png') });
	await fac.locator('li.piece', { hasText: 'Pointer text' }).first().scrollIntoViewIfNeeded();
	await fac.screenshot({ path: join(outDir, 'translate-content-pieces-1280.png') });
	const phoneFac = await (await context(browser, { viewport: PHONE })).newPage();
	await phoneFac.goto(app.url + links.facilitator);
	await phoneFac.getByRole('button', { name: 'Continue' }).click();
	await phoneFac.waitForURL(/\/facilitate$/);
	await phoneFac.goto(base + '/translate/content?lang=es');
	await phoneFac.screenshot({ path: join(outDir, 'translate-content-390.png') });
	await fac.goto(base + '/facilitate/manifesto');
	await fac.getByTestId('translation-status').screenshot({
		path: join(outDir, 'translate-status-1280.png')
	});

	// a reader whose browser speaks French
	const phone = await (await context(browser, { viewport: PHONE, locale: 'fr-FR' })).newPage();
	await phone.goto(base + '/manifesto');
	await phone.screenshot({ path: join(outDir, 'manifesto-fr-translated-390.png') });
	const projector = await (
		await context(browser, { viewport: PROJECTOR, locale: 'fr-FR' })
	).newPage();
	await projector.goto(base + '/manifesto');
	await projector.screenshot({ path: join(outDir, 'manifesto-fr-translated-1920.png') });
	await projector.locator('#source-1').scrollIntoViewIfNeeded();
	await projector.screenshot({ path: join(outDir, 'manifesto-fr-sources-1920.png') });
	const pdf = join(outDir, 'manifesto-fr-translated.pdf');
	writeFileSync(pdf, await projector.pdf({ format: 'A4', printBackground: true }));
	execFileSync('pdftoppm', [
		'-png',
		'-r',
		'70',
		'-l',
		'1',
		pdf,
		join(outDir, 'manifesto-fr-translated-print')
	]);
	console.log(`screenshots in ${outDir}`);
} finally {
	await browser.close();
	await app.stop();
}
