// Near-duplicates at the source: a rapporteur sees the statements of the event closest to theirs
// while typing (JavaScript on), at a check (off), and beside the rows of a paste preview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, PHONE } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

/** The sector's page for several statements at once (paste, CSV), from the link on the sector page. */
async function toBatch(page: Page) {
	if (new URL(page.url()).pathname.endsWith('/batch')) return;
	// followed by its address: what is tested here is the batch page, not the client router (a
	// click landing while the page still reloads after the last statement can be dropped)
	const href = await page
		.getByRole('link', { name: 'Paste or import several statements' })
		.getAttribute('href');
	expect(href).toMatch(/\/s\/\d+\/batch$/);
	await page.goto(new URL(href!, page.url()).href);
	await page.getByRole('heading', { name: 'Several statements at once' }).waitFor();
}

const running = useAppAndBrowser();

// a rewording of the demo's first Labour statement ("Algorithms are the new supervisors"),
// written in another sector
const TYPED =
	'On delivery and ride-hailing platforms an algorithm is now the supervisor: it allocates jobs, sets pay rates and deactivates workers';

async function openAsRapporteur(ctx: BrowserContext, sector: string): Promise<Page> {
	const page = await ctx.newPage();
	await page.goto(running.app.url + demoLinks(running.app.output()).rapporteur(sector));
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.waitForURL(/\/e\/[^/]+\/s\/\d+$/);
	return page;
}

const hints = (page: Page) => page.locator('.similar');

/** The hint that names the Labour statement, and where its link leads. */
async function expectLabourHint(page: Page) {
	const hint = hints(page).locator('li', { hasText: 'Labour · other sector' }).first();
	await hint.waitFor();
	expect(await hint.innerText()).toMatch(/\d+\s?% similar/);
	const link = hint.getByRole('link');
	expect(await link.innerText()).toContain('the supervisor is now an algorithm');
	return link;
}

for (const mode of [
	{ name: 'with JavaScript', javaScript: true, sector: 'Gender' },
	{ name: 'without JavaScript', javaScript: false, sector: 'Health' }
]) {
	describe(`a rapporteur ${mode.name}`, () => {
		let ctx: BrowserContext;
		let page: Page;

		beforeAll(async () => {
			ctx = await context(running.browser, { javaScript: mode.javaScript, viewport: PHONE });
			page = await openAsRapporteur(ctx, mode.sector);
		});
		afterAll(async () => ctx?.close());

		it('sees a near-duplicate of another sector, and opens it', async () => {
			const sectorPage = page.url();
			await page.getByLabel('Statement', { exact: true }).fill(TYPED);
			expect(await hints(page).getAttribute('aria-live')).toBe('polite');
			if (!mode.javaScript) await page.getByRole('button', { name: 'Check for similar' }).click();
			const link = await expectLabourHint(page);
			// typed text stays (the check stores nothing and keeps the form)
			expect(await page.getByLabel('Statement', { exact: true }).inputValue()).toBe(TYPED);
			await expectAccessible(page);
			await link.click();
			await page.waitForURL(/\/statements\/\d+$/);
			await page.getByRole('heading', { name: 'Statement of Labour' }).waitFor();
			expect(await page.locator('blockquote').innerText()).toContain(
				'Algorithms are the new supervisors'
			);
			expect(await page.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
			await expectAccessible(page);
			await page.getByRole('link', { name: /Back to your sector/ }).click();
			await page.waitForURL(sectorPage);
		});

		it('can still add the statement', async () => {
			const text = `${TYPED} (${mode.name})`;
			await page.getByLabel('Statement', { exact: true }).fill(text);
			await page.getByRole('button', { name: 'Add statement' }).click();
			await page.getByText('Statement added.').waitFor();
			expect(await page.locator('ol.list > li').first().locator('.text').innerText()).toBe(text);
		});

		it('sees the nearest statement beside a new pasted item', async () => {
			await toBatch(page);
			const details = page.locator('details', { hasText: 'Paste many at once' });
			if ((await details.getAttribute('open')) === null)
				await page.getByText('Paste many at once').click();
			await page
				.getByLabel('Statements to add')
				.fill(
					`Food delivery platforms charge small eateries commissions of 20 to 30 percent (${mode.name})\nLighthouse keepers want brighter lamps along the northern coast`
				);
			await page.getByRole('button', { name: 'Check before saving' }).first().click();
			await page.getByText('All 2 statements are ready to save.').waitFor();
			const rows = details.locator('tbody tr');
			expect(await rows.nth(0).innerText()).toMatch(
				/Close to a statement of Livelihoods \(\d+\s?% similar\)/
			);
			expect(await rows.nth(1).innerText()).not.toContain('Close to a statement');
			await expectAccessible(page);
			await rows.nth(0).getByRole('link', { name: 'Open it' }).click();
			await page.getByRole('heading', { name: 'Statement of Livelihoods' }).waitFor();
			expect(await page.locator('blockquote').innerText()).toContain(
				'Delivery apps squeeze small vendors'
			);
		});
	});
}
