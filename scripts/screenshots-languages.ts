// `npx tsx scripts/screenshots-languages.ts [outdir]`: a multilingual event — the event's languages
// in the settings, statements in Spanish, Portuguese and Thai with their renderings on the themes
// page, a Thai phone's ballot, and the manifesto printed with the interface in French (needs
// pdftoppm from poppler-utils, and Apertium for the drafts). Run `npm run build` first. For
// looking, not testing.
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
const STATEMENTS: [string, string, string][] = [
	['Labour', 'es', 'Los repartidores son despedidos por la aplicación sin ninguna explicación'],
	['Labour', 'pt', 'Os entregadores têm o pagamento cortado pelo algoritmo sem explicação'],
	['Labour', 'th', 'ไรเดอร์ส่งอาหารถูกแอปตัดค่าจ้างโดยไม่มีคำอธิบายและไม่มีสิทธิ์อุทธรณ์'],
	[
		'Farming',
		'es',
		'Las empresas agrícolas toman los datos del suelo de los campesinos sin consentimiento'
	],
	['Farming', 'th', 'บริษัทเกษตรเก็บข้อมูลดินของเกษตรกรโดยไม่ขออนุญาต']
];
try {
	const links = demoLinks(app.output());
	const fac = await (await context(browser, { viewport: LAPTOP })).newPage();
	await fac.goto(app.url + links.facilitator);
	await fac.getByRole('button', { name: 'Continue' }).click();
	await fac.waitForURL(/\/facilitate$/);
	const base = fac.url().replace(/\/facilitate$/, '');
	await fac.goto(base + '/facilitate/settings');
	const form = fac.locator('form[action="?/languages"]');
	for (const name of ['English', 'Spanish', 'Portuguese', 'Thai'])
		await form.getByRole('checkbox', { name, exact: true }).check();
	await form.getByLabel('Working language').selectOption('en');
	await form.getByRole('button', { name: 'Save' }).click();
	await fac.getByTestId('event-languages').waitFor();
	await fac.getByRole('heading', { name: 'Languages' }).scrollIntoViewIfNeeded();
	await fac.screenshot({ path: join(outDir, 'languages-settings-1280.png') });

	for (const [sector, lang, text] of STATEMENTS) {
		const rap = await (await context(browser, { viewport: PHONE })).newPage();
		await rap.goto(app.url + links.rapporteur(sector));
		await rap.locator('main form button').first().click();
		await rap.waitForURL(/\/s\/\d+$/);
		await rap.locator('textarea[name="text"]').fill(text);
		await rap.locator('select[name="lang"]').selectOption(lang);
		await rap.locator('form[action="?/add"] button:not([formaction])').click();
		await rap.getByText('Statement added.').waitFor();
		await rap.context().close();
	}
	await fac.goto(base + '/facilitate/themes');
	await fac.getByRole('button', { name: 'Draft renderings with Apertium' }).click();
	await fac.getByText(/renderings? drafted/).waitFor();
	await fac.getByRole('button', { name: 'Propose themes' }).click();
	await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 120_000 });
	await fac.screenshot({ path: join(outDir, 'languages-themes-1280.png') });
	const withRendering = fac.locator('article.theme', { has: fac.locator('.rendering') }).first();
	await withRendering.scrollIntoViewIfNeeded();
	await withRendering.screenshot({ path: join(outDir, 'languages-theme-rendering-1280.png') });

	// a vote, and a phone that reads Thai
	for (let i = 0; i < 4; i++) {
		await fac
			.locator('article.theme:has(.status-proposed)')
			.first()
			.getByRole('button', { name: /^Accept/ })
			.click();
		await fac.locator('article.theme:has(.status-accepted)').nth(i).waitFor();
	}
	await fac.goto(base + '/facilitate/rounds');
	await fac.getByLabel('Title of the round').fill('Which themes first?');
	await fac.getByLabel('Dot voting').check();
	await fac.getByRole('button', { name: 'Create the round' }).click();
	const card = fac.locator('li.card', { hasText: 'Which themes first?' });
	await card.getByRole('button', { name: 'Open the vote' }).click();
	await card.getByRole('button', { name: 'Close the vote' }).waitFor();
	const phone = await (await context(browser, { viewport: PHONE, locale: 'th-TH' })).newPage();
	await phone.goto(app.url + '/join/' + links.joinCode.replace('-', ''));
	await phone.locator('main form button').first().click();
	await phone.waitForURL(/\/e\//);
	await phone.goto(base + '/vote');
	const give = phone.locator('button[data-give]');
	if ((await give.count()) === 0) await phone.locator('main button').first().waitFor();
	await phone.screenshot({ path: join(outDir, 'ballot-thai-390.png') });

	// the demo played to its published manifesto, printed with the interface in French
	const db = openDatabase(app.dbPath);
	await finishDemo(db, serverKey(app.dbPath));
	db.close();
	const reader = await (await context(browser, { viewport: PROJECTOR, locale: 'fr-FR' })).newPage();
	await reader.goto(base + '/manifesto');
	const pdf = join(outDir, 'manifesto-fr.pdf');
	writeFileSync(pdf, await reader.pdf({ format: 'A4', printBackground: true }));
	execFileSync('pdftoppm', [
		'-png',
		'-r',
		'70',
		'-l',
		'2',
		pdf,
		join(outDir, 'manifesto-fr-print')
	]);
	console.log(`screenshots in ${outDir}`);
} finally {
	await browser.close();
	await app.stop();
}
