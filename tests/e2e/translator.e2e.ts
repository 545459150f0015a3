// An interpreter's way in: a facilitator adds a translator link on the links page (with its QR
// code); the interpreter opens it on a phone, without JavaScript and then with it, writes the
// English rendering of a Thai statement and corrects it; the statement's page then shows the
// rendering as written by a person. The interpreter's link opens nothing else.
import { describe, expect, it } from 'vitest';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, LAPTOP, PHONE } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();

const THAI = 'ไรเดอร์ส่งอาหารถูกแอปตัดค่าจ้างโดยไม่มีคำอธิบายและไม่มีสิทธิ์อุทธรณ์';

describe('a translator link', () => {
	it('lets an interpreter write renderings, and only that', async () => {
		const links = demoLinks(running.app.output());
		const base = `${running.app.url}/e/bangkok-2019`;

		// the facilitator makes English the working language, Thai one of the event's languages
		const fac = await (await context(running.browser, { viewport: LAPTOP })).newPage();
		await fac.goto(running.app.url + links.facilitator);
		await fac.getByRole('button', { name: 'Continue' }).click();
		await fac.waitForURL(/\/facilitate$/);
		await fac.goto(base + '/facilitate/settings');
		const form = fac.locator('form[action="?/languages"]');
		await form.getByRole('checkbox', { name: 'English', exact: true }).check();
		await form.getByRole('checkbox', { name: 'Thai', exact: true }).check();
		await form.getByLabel('Working language').selectOption('en');
		await form.getByRole('button', { name: 'Save' }).click();
		await fac.getByTestId('event-languages').waitFor();

		// a rapporteur writes a statement in Thai
		const rap = await (await context(running.browser, { viewport: PHONE })).newPage();
		await rap.goto(running.app.url + links.rapporteur('Labour'));
		await rap.locator('main form button').first().click();
		await rap.waitForURL(/\/s\/\d+$/);
		await rap.locator('textarea[name="text"]').fill(THAI);
		await rap.locator('select[name="lang"]').selectOption('th');
		await rap.locator('form[action="?/add"] button:not([formaction])').click();
		await expect
			.poll(() => rap.locator('ol.list > li').first().locator('.text').getAttribute('lang'))
			.toBe('th');

		// the facilitator adds a translator link, shown with its QR code
		await fac.goto(base + '/facilitate/links');
		await fac.locator('#new-translator').fill('Lek (Thai)');
		await fac.getByRole('button', { name: 'Add a translator link' }).click();
		await fac.getByText('Translator link added.').waitFor();
		const section = fac.getByTestId('translator-links');
		await section
			.getByRole('img', { name: 'QR code of the translator link for Lek (Thai)' })
			.waitFor();
		const address = await section
			.getByLabel('Translator link for Lek (Thai)', { exact: true })
			.inputValue();
		const path = new URL(address).pathname;
		expect(path).toMatch(/^\/k\//);

		// the interpreter opens it on a phone without JavaScript and lands on the translations
		const phone = await (
			await context(running.browser, { javaScript: false, viewport: PHONE })
		).newPage();
		const opened = await phone.goto(running.app.url + path);
		// the link's address is its secret: no browser or proxy keeps the page
		expect(opened?.headers()['cache-control']).toBe('private, no-store');
		await phone.getByText('This is a translator link').waitFor();
		await phone.getByRole('button', { name: 'Continue' }).click();
		await phone.waitForURL(/\/e\/bangkok-2019\/translate$/);
		await phone.getByRole('heading', { level: 1, name: 'Translations' }).waitFor();
		expect(await phone.locator('main nav a').first().getAttribute('href')).toBe(
			'/e/bangkok-2019/translate'
		);
		const waiting = phone.locator('[data-group="missing"] article', { hasText: THAI });
		expect(await waiting.locator('blockquote').getAttribute('lang')).toBe('th');
		const statementId = await waiting.getAttribute('data-statement');
		await expectAccessible(phone);
		await waiting
			.getByLabel('In English')
			.fill('Food delivery riders have their pay cut by the app');
		await waiting.getByRole('button', { name: /^Save/ }).click();
		await phone.getByText('Rendering saved.').waitFor();
		const done = phone.locator(`[data-group="person"] article[data-statement="${statementId}"]`);
		expect(await done.getByLabel('In English').inputValue()).toBe(
			'Food delivery riders have their pay cut by the app'
		);
		expect(await phone.locator('[data-group="missing"]').innerText()).not.toContain(THAI);

		// the link opens nothing else: no facilitation, no sector page
		expect((await phone.goto(base + '/facilitate'))?.status()).toBe(403);
		expect((await phone.goto(base + `/statements/${statementId}`))?.status()).toBe(403);

		// with JavaScript, the interpreter corrects the rendering in place; on the venue's slow
		// network they start typing before the page's script has arrived, and keep what they typed
		const js = await (await context(running.browser, { viewport: PHONE })).newPage();
		await js.goto(running.app.url + path);
		await js.getByRole('button', { name: 'Continue' }).click();
		await js.waitForURL(/\/translate$/);
		await js.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		let arrive = () => {};
		const arrived = new Promise<void>((resolve) => (arrive = resolve));
		await js.route('**/_app/immutable/**/*.js', async (route) => (await arrived, route.continue()));
		await js.reload({ waitUntil: 'domcontentloaded' });
		const item = js.locator(`article[data-statement="${statementId}"]`);
		await item
			.getByLabel('In English')
			.fill('Food delivery riders have their pay cut by the app, with no explanation or appeal');
		expect(await js.locator('html[data-hydrated]').count()).toBe(0);
		arrive();
		await js.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		expect(await item.getByLabel('In English').inputValue()).toBe(
			'Food delivery riders have their pay cut by the app, with no explanation or appeal'
		);
		await item.getByRole('button', { name: /^Save/ }).click();
		await js.getByText('Rendering saved.').waitFor();
		expect(js.url()).toMatch(/\/translate$/);

		// the statement's page shows the rendering as written by a person
		await fac.goto(base + `/statements/${statementId}`);
		await fac.getByRole('heading', { name: 'In English, the working language' }).waitFor();
		expect(await fac.getByLabel('In English', { exact: true }).inputValue()).toBe(
			'Food delivery riders have their pay cut by the app, with no explanation or appeal'
		);
		expect(await fac.getByTestId('rendering-origin').innerText()).toBe('written by a person');
	}, 180_000);
});
