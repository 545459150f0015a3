// The interface in Spanish, chosen in the header and remembered.
import { describe, expect, it } from 'vitest';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, PHONE } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();

describe('languages', () => {
	for (const javaScript of [true, false]) {
		it(`switches to Spanish and remembers it (${javaScript ? 'with' : 'without'} JavaScript)`, async () => {
			const ctx = await context(running.browser, { javaScript, viewport: PHONE });
			const page = await ctx.newPage();
			await page.goto(running.app.url + demoLinks(running.app.output()).rapporteur('Farming'));
			await page.getByRole('button', { name: 'Continue' }).click();
			await page.waitForURL(/\/s\/\d+$/);
			await page.getByRole('button', { name: 'Español' }).click();
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
			await page.getByRole('button', { name: 'English' }).click();
			await page.getByRole('heading', { name: 'From many rooms to one agenda' }).waitFor();
			await ctx.close();
		});
	}

	it('follows the browser’s language on a first visit', async () => {
		const ctx = await context(running.browser, { locale: 'es-MX' });
		const page = await ctx.newPage();
		await page.goto(running.app.url + '/');
		expect(await page.locator('html').getAttribute('lang')).toBe('es');
		await ctx.close();
	});
});
