// A multilingual event from end to end: rapporteurs write in English, Spanish, French, Portuguese
// and Thai; Apertium drafts the renderings it can reach and an interpreter types the Thai one; the
// engine then groups by topic, so themes hold statements from several languages; a participant
// votes on a phone that speaks Thai; the manifesto is published, translated into Spanish (one
// title by hand, the rest drafted by machine) and read and exported in Spanish and in English.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, LAPTOP, PHONE } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();
const SLUG = 'bangkok-2019';

// two topics, each written in several languages by several sectors
const PLATFORM_ES =
	'Los repartidores de plataformas son despedidos por la aplicación sin ninguna explicación';
const STATEMENTS: [sector: string, lang: string, text: string][] = [
	['Labour', 'es', PLATFORM_ES],
	[
		'Gender',
		'fr',
		'Les livreuses des plateformes sont licenciées par l’application sans aucune explication'
	],
	[
		'Health',
		'pt',
		'Os entregadores de plataformas são demitidos pelo aplicativo sem nenhuma explicação'
	],
	['Labour', 'th', 'ไรเดอร์ส่งอาหารถูกแอปไล่ออกโดยไม่มีคำอธิบาย'],
	[
		'Farming',
		'es',
		'Las empresas agrícolas toman los datos del suelo de los campesinos sin consentimiento'
	],
	[
		'Gender',
		'pt',
		'As empresas agrícolas tomam os dados do solo dos agricultores sem consentimento'
	],
	['Health', 'en', 'Agritech companies take the soil data of farmers without their consent']
];
const THAI_RENDERING = 'Food delivery riders are fired by the app without any explanation';

async function signIn(browser: Browser, path: string, options: Parameters<typeof context>[1]) {
	const page = await (await context(browser, options)).newPage();
	await page.goto(running.app.url + path);
	await page.locator('main form button').first().click();
	return page;
}

/** The languages of the statements a theme card shows. */
const languagesOf = (card: ReturnType<Page['locator']>) =>
	card
		.locator('.members p.text span[lang]')
		.evaluateAll((spans) => [...new Set(spans.map((s) => s.getAttribute('lang')))].sort());

describe('a multilingual event', () => {
	it('groups five languages by topic, votes in Thai, and publishes in two languages', async () => {
		const links = demoLinks(running.app.output());
		const base = `${running.app.url}/e/${SLUG}`;

		// the event's five languages, English the working one
		const fac = await signIn(running.browser, links.facilitator, { viewport: LAPTOP });
		await fac.waitForURL(/\/facilitate$/);
		await fac.goto(base + '/facilitate/settings');
		const form = fac.locator('form[action="?/languages"]');
		for (const name of ['English', 'Spanish', 'French', 'Portuguese', 'Thai'])
			await form.getByRole('checkbox', { name, exact: true }).check();
		await form.getByLabel('Working language').selectOption('en');
		await form.getByRole('button', { name: 'Save' }).click();
		await fac.getByTestId('event-languages').waitFor();
		for (const name of ['English', 'Spanish', 'French', 'Portuguese', 'Thai'])
			expect(await fac.getByTestId('event-languages').innerText()).toContain(name);

		// rapporteurs write, each statement in its language
		const rapporteurs = new Map<string, Page>();
		for (const [sector, lang, text] of STATEMENTS) {
			let rap = rapporteurs.get(sector);
			if (!rap) {
				rap = await signIn(running.browser, links.rapporteur(sector), { viewport: PHONE });
				await rap.waitForURL(/\/s\/\d+$/);
				rapporteurs.set(sector, rap);
			}
			await rap.locator('textarea[name="text"]').fill(text);
			await rap.locator('select[name="lang"]').selectOption(lang);
			await rap.locator('form[action="?/add"] button:not([formaction])').click();
			await expect
				.poll(() => rap.locator('ol.list > li').first().locator('.text').innerText())
				.toContain(text.slice(0, 30));
			expect(await rap.locator('ol.list > li').first().locator('.text').getAttribute('lang')).toBe(
				lang
			);
		}

		// Apertium drafts the Spanish, French and Portuguese renderings; Thai it cannot reach
		await fac.goto(base + '/facilitate/themes');
		const renderings = fac.getByTestId('renderings');
		expect(await renderings.innerText()).toContain('1 statement in Thai has no rendering yet.');
		await renderings.getByRole('button', { name: 'Draft renderings with Apertium' }).click();
		await fac.getByText(/5 renderings drafted by machine translation/).waitFor();
		expect(await fac.getByTestId('renderings').innerText()).toContain(
			'1 statement in Thai has no rendering yet.'
		);

		// an interpreter, through a translator link, types the Thai one
		await fac.goto(base + '/facilitate/links');
		await fac.locator('#new-translator').fill('Interpreter (Thai)');
		await fac.getByRole('button', { name: 'Add a translator link' }).click();
		await fac.getByText('Translator link added.').waitFor();
		const address = await fac
			.getByTestId('translator-links')
			.getByLabel('Translator link for Interpreter (Thai)', { exact: true })
			.inputValue();
		const interpreter = await signIn(running.browser, new URL(address).pathname, {
			viewport: PHONE
		});
		await interpreter.waitForURL(/\/translate$/);
		const thai = interpreter.locator('[data-group="missing"] article', {
			hasText: STATEMENTS[3][2]
		});
		await thai.getByLabel('In English').fill(THAI_RENDERING);
		await thai.getByRole('button', { name: /^Save/ }).click();
		await interpreter.getByText('Rendering saved.').waitFor();
		await fac.goto(base + '/facilitate/themes');
		expect(await fac.getByTestId('renderings').innerText()).not.toContain('no rendering yet');

		// the engine groups on the renderings: the Spanish platform statement's theme holds others'
		await fac.getByRole('button', { name: 'Propose themes' }).click();
		await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 60_000 });
		const platform = fac.locator('article.theme', { hasText: PLATFORM_ES });
		const farm = fac.locator('article.theme', { hasText: STATEMENTS[4][2] });
		const platformLanguages = await languagesOf(platform);
		expect(platformLanguages).toContain('es');
		expect(platformLanguages.length).toBeGreaterThan(1);
		// the French and Portuguese platform statements and the Thai one joined it
		expect(platformLanguages).toEqual(expect.arrayContaining(['fr', 'pt', 'th']));
		expect((await languagesOf(farm)).length).toBeGreaterThan(1);
		await expectAccessible(fac);
		for (const card of [platform, farm]) {
			await card.getByRole('button', { name: /^Accept/ }).click();
			await card.locator('.status-accepted').waitFor();
		}

		// a dot round; a participant votes on a phone that speaks Thai
		await fac.goto(base + '/facilitate/rounds');
		await fac.getByLabel('Title of the round').fill('Which themes first?');
		await fac.getByLabel('Dot voting').check();
		await fac.getByRole('button', { name: 'Create the round' }).click();
		const round = fac.locator('li.card', { hasText: 'Which themes first?' });
		await round.getByRole('button', { name: 'Open the vote' }).click();
		await round.getByRole('button', { name: 'Close the vote' }).waitFor();
		const results = (await round.getByRole('link', { name: 'Results' }).getAttribute('href'))!;

		const voter = await (
			await context(running.browser, { viewport: PHONE, locale: 'th-TH' })
		).newPage();
		await voter.goto(`${running.app.url}/join/${links.joinCode.replace('-', '')}`);
		await voter.getByRole('button', { name: 'เข้าร่วม' }).click();
		await voter.getByLabel('ภาคส่วนที่คุณมาจาก').selectOption({ label: 'Farming' });
		await voter.getByRole('button', { name: 'บันทึก', exact: true }).click();
		await voter.getByText('ขอบคุณ บันทึกแล้ว').waitFor();
		await voter.goto(`${base}/vote`);
		expect(await voter.locator('html').getAttribute('lang')).toBe('th');
		const dots = voter.getByRole('spinbutton');
		expect(await dots.count()).toBeGreaterThanOrEqual(2);
		await dots.nth(0).fill('2');
		await dots.nth(1).fill('1');
		await voter.getByRole('button', { name: 'ส่งบัตรลงคะแนน' }).click();
		await voter.getByText('บันทึกบัตรลงคะแนนของคุณแล้ว', { exact: false }).first().waitFor();
		await expectAccessible(voter);

		await round.getByRole('button', { name: 'Close the vote' }).click();
		await round.getByRole('button', { name: 'Close the vote' }).waitFor({ state: 'detached' });
		await fac.goto(running.app.url + results);
		await fac.getByLabel('Promote the top').fill('2');
		await fac.getByRole('button', { name: 'Promote to manifesto pointers' }).click();
		await fac.getByText(/themes? promoted to manifesto pointers?\./).waitFor();

		// the manifesto published, then translated into Spanish: one title by hand, the rest by machine
		await fac.goto(base + '/facilitate/manifesto');
		await fac.getByRole('button', { name: 'Publish to everyone' }).click();
		await fac.getByText(/^Published\. Everyone with the address/).waitFor();
		const status = fac.getByTestId('translation-status');
		expect(await status.innerText()).toMatch(/Spanish: 0 of \d+/);
		await status
			.getByRole('link', { name: 'Translate the text into the event’s languages' })
			.click();
		await fac.waitForURL(/\/translate\/content$/);
		await fac.goto(base + '/translate/content?lang=es');
		const pointerTitle = fac.locator('li.piece', { hasText: 'Pointer title' }).first();
		const original = await pointerTitle.locator('.original .text').innerText();
		await pointerTitle.locator('input[name="text"]').fill('Nadie es despedido por una aplicación');
		await pointerTitle.getByRole('button', { name: 'Save translation' }).click();
		await pointerTitle.getByText('Translation saved.').waitFor();
		await fac.getByRole('button', { name: 'Draft the missing ones by machine' }).click();
		await fac.getByText(/machine drafts? made: check/).waitFor();
		const kinds = await fac.getByTestId('kind-status').innerText();
		expect(kinds).toMatch(/Pointers\s+(\d+) of \1/);
		await expectAccessible(fac);

		// read in Spanish and in English, on the page and in the exports
		const reader = await (await context(running.browser, { viewport: PHONE })).newPage();
		await reader.goto(`${base}/manifesto?lang=es`);
		const title = reader.getByText('Nadie es despedido por una aplicación').first();
		await title.waitFor();
		expect(await reader.locator('main.doc').getAttribute('lang')).toBe('es');
		expect(await title.getAttribute('lang')).toBe('es');
		// the rest was drafted by machine: the reader is told so
		await reader.getByTestId('machine-translated').waitFor();
		// the footnote quotes the Thai statement as written, and its rendering
		const thaiQuote = reader.locator('[lang="th"]', { hasText: 'ไรเดอร์' }).first();
		await thaiQuote.waitFor({ state: 'attached' });
		expect(await reader.locator('main.doc').innerText()).toContain(THAI_RENDERING.slice(0, 20));
		await reader
			.getByRole('navigation', { name: 'Read in' })
			.getByRole('link', { name: 'English' })
			.click();
		await reader.getByText(original).first().waitFor();
		expect(await reader.locator('main.doc').getAttribute('lang')).toBe('en');
		const es = await reader.request.get(`${base}/manifesto.md?lang=es`);
		expect(es.headers()['content-disposition']).toContain('-es.md');
		expect(await es.text()).toContain('Nadie es despedido por una aplicación');
		const en = await reader.request.get(`${base}/manifesto.md?lang=en`);
		expect(await en.text()).toContain(original);
		expect(await en.text()).not.toContain('Nadie es despedido por una aplicación');
		const docx = await reader.request.get(`${base}/manifesto.docx?lang=es`);
		expect(docx.status()).toBe(200);
		expect(docx.headers()['content-disposition']).toContain('-es.docx');
	}, 240_000);
});
