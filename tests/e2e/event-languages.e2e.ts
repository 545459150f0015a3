// The event's languages: a facilitator without JavaScript names them and the working language; a
// rapporteur reading the interface in Thai on a phone writes a Thai statement (its language
// detected) and a Spanish one (chosen); each is shown with its language, for screen readers.
import { describe, expect, it } from 'vitest';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, LAPTOP, PHONE } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();

describe('the languages of an event', () => {
	it('are set in the settings, offered to writers, and carried by every statement', async () => {
		const links = demoLinks(running.app.output());
		const base = `${running.app.url}/e/bangkok-2019`;

		const fac = await (
			await context(running.browser, { javaScript: false, viewport: LAPTOP })
		).newPage();
		await fac.goto(running.app.url + links.facilitator);
		await fac.getByRole('button', { name: 'Continue' }).click();
		await fac.goto(base + '/facilitate/settings');
		const form = fac.locator('form[action="?/languages"]');
		// a working language that is not one of the event's is refused, and nothing is lost
		await form.getByRole('checkbox', { name: 'English', exact: true }).check();
		await form.getByRole('checkbox', { name: 'Spanish', exact: true }).check();
		await form.getByLabel('Working language').selectOption('th');
		await form.getByRole('button', { name: 'Save' }).click();
		await fac.getByText("The working language must be one of the event's languages.").waitFor();
		expect(
			await fac
				.locator('form[action="?/languages"]')
				.getByRole('checkbox', { name: 'Spanish', exact: true })
				.isChecked()
		).toBe(true);
		await fac
			.locator('form[action="?/languages"]')
			.getByRole('checkbox', { name: 'Thai', exact: true })
			.check();
		await fac.getByLabel('Working language').selectOption('en');
		await fac.locator('form[action="?/languages"]').getByRole('button', { name: 'Save' }).click();
		await fac.getByTestId('event-languages').waitFor();
		expect(await fac.getByTestId('event-languages').innerText()).toBe('English · Spanish · Thai');
		expect(await fac.getByLabel('Working language').inputValue()).toBe('en');
		await expectAccessible(fac);

		// a rapporteur whose phone speaks Thai
		const rap = await (
			await context(running.browser, { viewport: PHONE, locale: 'th-TH' })
		).newPage();
		await rap.goto(running.app.url + links.rapporteur('Labour'));
		await rap.locator('main form button').first().click();
		await rap.waitForURL(/\/s\/\d+$/);
		expect(await rap.locator('html').getAttribute('lang')).toBe('th');
		const language = rap.locator('select[name="lang"]');
		// detect, then the event's three languages, named in Thai
		expect(
			await language
				.locator('option')
				.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
		).toEqual(['', 'en', 'es', 'th']);
		expect(await language.locator('option[value="th"]').innerText()).toBe('ไทย');

		const text = rap.locator('textarea[name="text"]');
		const add = rap.locator('form[action="?/add"] button:not([formaction])');
		await text.fill('ไรเดอร์ส่งอาหารถูกแอปตัดค่าจ้างโดยไม่มีคำอธิบายและไม่มีสิทธิ์อุทธรณ์');
		await add.click();
		await expect
			.poll(() => rap.locator('ol.list > li').first().locator('.text').getAttribute('lang'))
			.toBe('th');
		await text.fill('Los repartidores no tienen seguro social ni derecho a organizarse');
		await language.selectOption('es');
		await add.click();
		await expect
			.poll(() => rap.locator('ol.list > li').first().locator('.text').getAttribute('lang'))
			.toBe('es');
		expect(await rap.locator('ol.list > li').first().locator('.text').innerText()).toContain(
			'Los repartidores'
		);
		await expectAccessible(rap);

		// the facilitator's themes page counts them; Apertium drafts the Spanish one's rendering, a
		// person writes the Thai one's (no machine translation from Thai is installed)
		await fac.goto(base + '/facilitate/themes');
		const card = fac.getByTestId('renderings');
		expect(await card.innerText()).toContain('1 statement in Thai has no rendering yet.');
		expect(await card.innerText()).toContain('1 statement in Spanish has no rendering yet.');
		await card.getByRole('button', { name: 'Draft renderings with Apertium' }).click();
		await fac.getByText(/1 rendering drafted by machine translation/).waitFor();
		const after = await fac.getByTestId('renderings').innerText();
		expect(after).toContain('1 machine draft not yet checked by a person.');
		expect(after).toContain('1 statement in Thai has no rendering yet.');
		expect(after).not.toContain('in Spanish has no rendering');

		const thai = rap.locator('ol.list > li').nth(1);
		const href = await thai.getByRole('link').first().getAttribute('href');
		await fac.goto(running.app.url + href);
		await fac.getByRole('heading', { name: 'In English, the working language' }).waitFor();
		await fac
			.getByLabel('In English', { exact: true })
			.fill('Food delivery riders have their pay cut by the app with no explanation or appeal');
		await fac.locator('form[action="?/render"]').getByRole('button').click();
		await fac.getByText('Rendering saved.').waitFor();
		await fac.goto(base + '/facilitate/themes');
		const done = await fac.getByTestId('renderings').innerText();
		expect(done).not.toContain('has no rendering yet');
		expect(done).toContain('1 machine draft not yet checked by a person.');
	}, 180_000);
});
