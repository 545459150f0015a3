// A rapporteur's whole job on their sector page, with JavaScript on (laptop) and off (phone).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, LAPTOP, PHONE } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

/** The sector's page for several statements at once (paste, CSV), from the link on the sector page. */
async function toBatch(page: Page) {
	if (new URL(page.url()).pathname.endsWith('/batch')) return;
	await page.getByRole('link', { name: 'Paste or import several statements' }).click();
	await page.getByRole('heading', { name: 'Several statements at once' }).waitFor();
}

const running = useAppAndBrowser();

async function openAsRapporteur(ctx: BrowserContext, sector: string): Promise<Page> {
	const page = await ctx.newPage();
	await page.goto(running.app.url + demoLinks(running.app.output()).rapporteur(sector));
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.waitForURL(/\/e\/[^/]+\/s\/\d+$/);
	return page;
}

const countText = (page: Page) => page.locator('main .count').innerText();

for (const mode of [
	{ name: 'with JavaScript on a laptop', javaScript: true, viewport: LAPTOP, sector: 'Labour' },
	{ name: 'without JavaScript on a phone', javaScript: false, viewport: PHONE, sector: 'Gender' }
]) {
	describe(`a rapporteur ${mode.name}`, () => {
		let ctx: BrowserContext;
		let page: Page;

		beforeAll(async () => {
			ctx = await context(running.browser, {
				javaScript: mode.javaScript,
				viewport: mode.viewport
			});
			page = await openAsRapporteur(ctx, mode.sector);
		});
		afterAll(async () => ctx?.close());

		it('sees their sector’s statements, newest first, with a count', async () => {
			await expect.poll(() => countText(page)).toMatch(/^\d+ statements$/);
			const n = Number((await countText(page)).split(' ')[0]);
			expect(n).toBeGreaterThanOrEqual(15);
			expect(await page.locator('ol.list > li').count()).toBe(n);
			await expectAccessible(page);
		});

		it('adds a statement, kept as typed and shown as text', async () => {
			const before = Number((await countText(page)).split(' ')[0]);
			const text = `<script>window.hacked=1</script> Ride-hailing drivers (${mode.name}) are deactivated by algorithms with no appeal`;
			await page.getByLabel('Short title').fill('Deactivation without appeal');
			await page.getByLabel('Statement', { exact: true }).fill(text);
			await page.getByRole('button', { name: 'Add statement' }).click();
			await page.getByText('Statement added.').waitFor();
			await expect.poll(() => countText(page)).toBe(`${before + 1} statements`);
			const first = page.locator('ol.list > li').first();
			expect(await first.locator('h3').innerText()).toBe('Deactivation without appeal');
			expect(await first.locator('.text').innerText()).toBe(text);
			expect(
				await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)
			).toBeUndefined();
			expect(await page.getByLabel('Statement', { exact: true }).inputValue()).toBe('');
		});

		it('adds a statement once, however often its form is posted (a refresh, a double tap)', async () => {
			const before = Number((await countText(page)).split(' ')[0]);
			const text = `Posted twice (${mode.name}): workers cannot see the data their employer keeps`;
			await page.getByLabel('Statement', { exact: true }).fill(text);
			const posting = page.waitForRequest(
				(r) => r.method() === 'POST' && new URL(r.url()).search === '?/add'
			);
			await page.getByRole('button', { name: 'Add statement' }).click();
			const sent = new URLSearchParams((await posting).postData() ?? '');
			await expect.poll(() => countText(page)).toBe(`${before + 1} statements`);
			await page.getByText('Statement added.').waitFor();
			expect(sent.get('key')).toMatch(/^[0-9a-f-]{36}$/);
			expect(await page.locator('input[name="key"]').inputValue()).not.toBe(sent.get('key'));
			// what a refresh of the result or a second tap sends: the same form, with the same key
			const url = new URL(page.url());
			const again = await page.request.post(`${url.origin}${url.pathname}?/add`, {
				form: Object.fromEntries(sent),
				headers: { origin: url.origin, accept: 'text/html' }
			});
			expect(again.status()).toBe(200);
			expect(await again.text()).toContain('Statement added.');
			await page.goto(url.origin + url.pathname);
			expect(await countText(page)).toBe(`${before + 1} statements`);
		});

		it('gets a clear error for text that is too short, and keeps what was typed', async () => {
			await page.getByLabel('Short title').fill('Kept title');
			await page.getByLabel('Statement', { exact: true }).fill('too short');
			await page.getByRole('button', { name: 'Add statement' }).click();
			await page.getByText('Too short: write at least 10 characters.').waitFor();
			expect(await page.getByLabel('Statement', { exact: true }).inputValue()).toBe('too short');
			expect(await page.getByLabel('Short title').inputValue()).toBe('Kept title');
			expect(await page.getByLabel('Statement', { exact: true }).getAttribute('aria-invalid')).toBe(
				'true'
			);
			await expectAccessible(page);
		});

		it('gets a clear error for text over 1,000 characters, and keeps it', async () => {
			const long = 'Data extraction by platforms. '.repeat(40);
			await page.getByLabel('Statement', { exact: true }).fill(long);
			await page.getByRole('button', { name: 'Add statement' }).click();
			await page.getByText(/Too long: at most 1,000 characters/).waitFor();
			expect(await page.getByLabel('Statement', { exact: true }).inputValue()).toBe(long);
		});

		it('edits a statement of their sector', async () => {
			await page.getByLabel('Short title').fill('');
			await page.getByLabel('Statement', { exact: true }).fill('');
			await page.locator('ol.list > li').first().getByRole('link', { name: /^Edit/ }).click();
			await page.waitForURL(/\/statements\/\d+$/);
			await expectAccessible(page);
			await page
				.getByLabel('Statement', { exact: true })
				.fill(`Drivers (${mode.name}) are deactivated by opaque algorithms with no human appeal`);
			await page.getByRole('button', { name: 'Save changes' }).click();
			await page.waitForURL(/\/s\/\d+\?saved=1$/);
			await page.getByText('Changes saved.').waitFor();
			const first = page.locator('ol.list > li').first();
			expect(await first.locator('.text').innerText()).toBe(
				`Drivers (${mode.name}) are deactivated by opaque algorithms with no human appeal`
			);
			expect(await first.innerText()).toContain('edited');
		});

		it('withdraws a statement, which leaves the list', async () => {
			const before = Number((await countText(page)).split(' ')[0]);
			await page
				.locator('ol.list > li')
				.first()
				.getByRole('button', { name: /^Withdraw/ })
				.click();
			// the answer leads back to this page with a notice (wait for it: a click meanwhile would be
			// overtaken by that navigation)
			await page.getByText('Statement withdrawn. It is kept').waitFor();
			await expect.poll(() => countText(page)).toBe(`${before - 1} statements`);
			expect(await page.locator('ol.list').innerText()).not.toContain(`Drivers (${mode.name})`);
		});

		it('pastes several statements, previews them, and saves them all', async () => {
			const before = Number((await countText(page)).split(' ')[0]);
			await toBatch(page);
			const details = page.locator('details', { hasText: 'Paste many at once' });
			if ((await details.getAttribute('open')) === null)
				await page.getByText('Paste many at once').click();
			await page
				.getByLabel('Statements to add')
				.fill(
					`- First pasted statement (${mode.name}) about data unions\n- Second pasted statement (${mode.name}) about platform cooperatives\n- Third pasted statement (${mode.name}) about the right to disconnect`
				);
			await page.getByRole('button', { name: 'Check before saving' }).first().click();
			await page.getByText('All 3 statements are ready to save.').waitFor();
			await expectAccessible(page);
			await page.getByRole('button', { name: 'Save all 3 statements' }).click();
			await page.getByText('3 statements added.').waitFor();
			await expect.poll(() => countText(page)).toBe(`${before + 3} statements`);
		});

		it('sees which pasted items are already stored, skips them, or stores them anyway', async () => {
			const before = Number((await countText(page)).split(' ')[0]);
			await toBatch(page);
			const details = page.locator('details', { hasText: 'Paste many at once' });
			if ((await details.getAttribute('open')) === null)
				await page.getByText('Paste many at once').click();
			const paste = `First pasted statement (${mode.name}) about data unions\nA new pasted statement (${mode.name}) about data trusts`;
			await page.getByLabel('Statements to add').fill(paste);
			await page.getByRole('button', { name: 'Check before saving' }).first().click();
			await page.getByText(/1 of them is already stored or repeated in this batch/).waitFor();
			expect(await details.locator('tr.repeat').innerText()).toContain(
				`Already stored (in ${mode.sector})`
			);
			await expectAccessible(page);
			await details.getByRole('button', { name: 'Save', exact: true }).click();
			await page.getByText('1 statement added. 1 repeat skipped.').waitFor();
			await expect.poll(() => countText(page)).toBe(`${before + 1} statements`);

			await page.getByLabel('Statements to add').fill(paste);
			await page.getByRole('button', { name: 'Check before saving' }).first().click();
			await page.getByText(/2 of them are already stored or repeated in this batch/).waitFor();
			await page.getByLabel('Store repeats anyway').check();
			await details.getByRole('button', { name: 'Save', exact: true }).click();
			await page.getByText('2 statements added.').waitFor();
			await expect.poll(() => countText(page)).toBe(`${before + 3} statements`);
		});

		it('sees each bad pasted item and cannot save the batch', async () => {
			const before = await countText(page);
			await toBatch(page);
			const details = page.locator('details', { hasText: 'Paste many at once' });
			if ((await details.getAttribute('open')) === null)
				await page.getByText('Paste many at once').click();
			await page
				.getByLabel('Statements to add')
				.fill('A perfectly reasonable statement on data\nshort');
			await page.getByRole('button', { name: 'Check before saving' }).first().click();
			await page
				.getByText('1 of 2 need fixing before anything can be saved. Correct them and check again.')
				.waitFor();
			expect(await page.getByRole('button', { name: /^Save all/ }).count()).toBe(0);
			expect(await countText(page)).toBe(before);
		});

		it('imports a CSV after a preview, and refuses one with a broken row', async () => {
			const dir = mkdtempSync(join(tmpdir(), 'csv-'));
			const good = join(dir, 'good.csv');
			writeFileSync(
				good,
				`title,text\nCSV one,"Imported (${mode.name}): gig workers need portable social security"\n,"Imported (${mode.name}): unions must bargain over algorithms, too"\n`
			);
			const bad = join(dir, 'bad.csv');
			writeFileSync(bad, 'title,text\nFine,A fine statement about data rights\nBad,short\n');
			const before = Number((await countText(page)).split(' ')[0]);
			await toBatch(page);
			const details = page.locator('details', { hasText: 'Import a CSV file' });
			if ((await details.getAttribute('open')) === null)
				await page.getByText('Import a CSV file').click();

			await page.getByLabel('CSV file').setInputFiles(bad);
			await details.getByRole('button', { name: 'Check before saving' }).click();
			await page
				.getByText('1 of 2 need fixing before anything can be saved. Correct them and check again.')
				.waitFor();
			const badRow = details.locator('tr.bad');
			expect(await badRow.locator('td').first().innerText()).toBe('3');
			expect(await badRow.innerText()).toContain('Too short');
			expect(await page.getByRole('button', { name: /^Import all/ }).count()).toBe(0);

			await page.getByLabel('CSV file').setInputFiles(good);
			await details.getByRole('button', { name: 'Check before saving' }).click();
			await page.getByText('All 2 statements are ready to save.').waitFor();
			await page.getByRole('button', { name: 'Import all 2 statements' }).click();
			await page.getByText('2 statements imported.').waitFor();
			await expect.poll(() => countText(page)).toBe(`${before + 2} statements`);
			// back on the sector's page, the imported statements are in its list
			await page.getByRole('link', { name: /^← Back to / }).click();
			await page.getByRole('heading', { name: 'Add an issue statement' }).waitFor();
			expect(await page.locator('ol.list').innerText()).toContain(
				`Imported (${mode.name}): gig workers need portable social security`
			);
		});

		it('is refused another sector’s page, with a message', async () => {
			const url = new URL(page.url());
			const own = Number(url.pathname.split('/').pop());
			const response = await page.goto(
				url.origin + url.pathname.replace(/\d+$/, String(own === 1 ? 2 : 1))
			);
			expect(response?.status()).toBe(403);
			await page.getByText('your link lets you write only for your own sector').waitFor();
			await expectAccessible(page);
			await page.goBack();
		});
	});
}

describe('a rapporteur whose connection drops', () => {
	it('keeps the typed statement in the form and on the device, and sends it once back online', async () => {
		const ctx = await context(running.browser, { viewport: PHONE });
		const page = await openAsRapporteur(ctx, 'Health');
		const text = 'Health data from clinics is sold to insurers who then raise premiums';
		await page.getByLabel('Statement', { exact: true }).fill(text);
		await ctx.setOffline(true);
		await page.getByRole('button', { name: 'Add statement' }).click();
		await page.getByText(/could not be sent: the connection seems to be down/).waitFor();
		expect(await page.getByLabel('Statement', { exact: true }).inputValue()).toBe(text);
		await ctx.setOffline(false);
		// a reload (or a closed tab) brings the draft back from this device
		await page.reload();
		await expect.poll(() => page.getByLabel('Statement', { exact: true }).inputValue()).toBe(text);
		await page.getByRole('button', { name: 'Add statement' }).click();
		await page.getByText('Statement added.').waitFor();
		expect(await page.locator('ol.list > li').first().locator('.text').innerText()).toBe(text);
		await page.reload();
		expect(await page.getByLabel('Statement', { exact: true }).inputValue()).toBe('');
		await ctx.close();
	});
});
