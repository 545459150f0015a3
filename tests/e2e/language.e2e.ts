// The interface in five languages, chosen in the header (or from the browser's) and remembered.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, launch, PHONE } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();

/** Opens the language menu in the header and picks a language by its own name. */
async function chooseLanguage(page: Page, name: string) {
	const menu = page.locator('details.lang');
	if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
	await menu.getByRole('button', { name, exact: true }).click();
	await page.waitForLoadState();
}

describe('languages', () => {
	it('sticks on a venue network: plain HTTP on a local name, where a Secure cookie would be dropped', async () => {
		// workshop.lan is this machine to this browser: not localhost, so not a secure context
		const browser = await launch(['--host-resolver-rules=MAP workshop.lan 127.0.0.1']);
		try {
			const page = await (await context(browser, { viewport: PHONE })).newPage();
			const lan = running.app.url.replace('127.0.0.1', 'workshop.lan');
			await page.goto(lan + '/');
			expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
			await chooseLanguage(page, 'Español');
			await page.goto(lan + '/');
			expect(await page.locator('html').getAttribute('lang')).toBe('es');
			const cookie = (await page.context().cookies()).find((c) => c.name === 'PARAGLIDE_LOCALE');
			expect(cookie?.secure).toBe(false);
		} finally {
			await browser.close();
		}
	});

	it('goes back only to a page of this site', async () => {
		const page = await (await context(running.browser, { javaScript: false })).newPage();
		await page.goto(running.app.url + '/');
		for (const to of [
			'/\\evil.example/',
			'//evil.example/',
			'/\t/evil.example/',
			'https://evil.example/'
		]) {
			const reply = await page.request.post(running.app.url + '/language', {
				form: { locale: 'en', to },
				headers: { origin: running.app.url },
				maxRedirects: 0
			});
			expect(reply.status()).toBe(303);
			expect(reply.headers().location).toBe('/');
		}
		const back = await page.request.post(running.app.url + '/language', {
			form: { locale: 'en', to: '/join?x=1' },
			headers: { origin: running.app.url },
			maxRedirects: 0
		});
		expect(back.headers().location).toBe('/join?x=1');
	});

	for (const javaScript of [true, false]) {
		it(`switches to Spanish and remembers it (${javaScript ? 'with' : 'without'} JavaScript)`, async () => {
			const ctx = await context(running.browser, { javaScript, viewport: PHONE });
			const page = await ctx.newPage();
			await page.goto(running.app.url + demoLinks(running.app.output()).rapporteur('Farming'));
			await page.getByRole('button', { name: 'Continue' }).click();
			await page.waitForURL(/\/s\/\d+$/);
			await chooseLanguage(page, 'Español');
			await page.getByRole('heading', { name: 'Añade un planteamiento' }).waitFor();
			expect(await page.locator('html').getAttribute('lang')).toBe('es');
			await expectAccessible(page);
			// refusals and validation speak Spanish too
			await page.getByLabel('Planteamiento', { exact: true }).fill('corto');
			await page.getByRole('button', { name: 'Añadir planteamiento' }).click();
			await page.getByText(/Demasiado corto/).waitFor();
			// remembered on the next visit
			await page.goto(running.app.url + '/');
			expect(await page.locator('h1').innerText()).not.toBe('From many rooms to one agenda');
			await chooseLanguage(page, 'English');
			await page.getByRole('heading', { name: 'From many rooms to one agenda' }).waitFor();
			await ctx.close();
		});
	}

	it('offers five languages, each by its own name, each a whole interface', async () => {
		const ctx = await context(running.browser, { javaScript: false, viewport: PHONE });
		const page = await ctx.newPage();
		await page.goto(running.app.url + '/');
		const english = await page.locator('h1').innerText();
		await page.locator('details.lang summary').click();
		expect(await page.locator('details.lang button').allInnerTexts()).toEqual([
			'English',
			'Español',
			'Français',
			'Português',
			'ไทย'
		]);
		expect(await page.locator('details.lang button[aria-current="true"]').allInnerTexts()).toEqual([
			'English'
		]);
		const headings = new Set([english]);
		for (const [name, code] of [
			['Français', 'fr'],
			['Português', 'pt'],
			['ไทย', 'th']
		]) {
			await chooseLanguage(page, name);
			await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(code);
			const h1 = await page.locator('h1').innerText();
			// the home page's heading is another text in each language
			expect(headings.has(h1)).toBe(false);
			headings.add(h1);
			if (code === 'th') expect(h1).toMatch(/\p{Script=Thai}/u);
			expect(await page.locator('details.lang summary').innerText()).toContain(name);
		}
		await expectAccessible(page);
		await ctx.close();
	});

	it.each([
		['es-MX', 'es'],
		['fr-CA', 'fr'],
		['pt-BR', 'pt'],
		['th-TH', 'th']
	])('follows the browser’s language (%s) on a first visit', async (browserLocale, code) => {
		const ctx = await context(running.browser, { locale: browserLocale });
		const page = await ctx.newPage();
		await page.goto(running.app.url + '/');
		expect(await page.locator('html').getAttribute('lang')).toBe(code);
		await ctx.close();
	});
});
