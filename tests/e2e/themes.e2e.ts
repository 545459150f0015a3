// The accessible list view of the themes: propose, curate with plain forms, undo; with and without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();

for (const javaScript of [false, true]) {
	describe(`curating themes ${javaScript ? 'with' : 'without'} JavaScript`, () => {
		let ctx: BrowserContext;
		let page: Page;
		const themeHeadings = () => page.locator('article.theme h2').allInnerTexts();

		beforeAll(async () => {
			ctx = await context(running.browser, { javaScript });
			page = await ctx.newPage();
			await page.goto(running.app.url + demoLinks(running.app.output()).facilitator);
			await page.getByRole('button', { name: 'Continue' }).click();
			await page.waitForURL(/\/facilitate$/);
			await page.getByRole('link', { name: 'Themes' }).click();
			await page.waitForURL(/\/facilitate\/themes$/);
		});
		afterAll(async () => ctx?.close());

		it('proposes themes across sectors, broadest first', async () => {
			// the other run of this file may have proposed already: then a preview comes first
			const again = (await page.getByRole('button', { name: 'Propose again' }).count()) > 0;
			await page.getByRole('button', { name: /^Propose (themes|again)$/ }).click();
			if (again)
				await page.getByRole('button', { name: 'Apply these changes' }).click({ timeout: 60_000 });
			await page.getByText(/\d+ themes proposed\./).waitFor({ timeout: 60_000 });
			const labels = await themeHeadings();
			expect(labels.length).toBeGreaterThanOrEqual(5);
			// the engine ran off the request thread
			expect(running.app.output()).toMatch(
				/Proposing themes for \d+ statements on a worker thread/
			);
			const breadth = await page
				.locator('article.theme')
				.first()
				.getByText(/of 11 sectors/)
				.innerText();
			expect(Number(breadth.match(/(\d+) of 11/)![1])).toBeGreaterThanOrEqual(4);
			await expectAccessible(page);
		});

		it('shows the sectors × themes grid, naming sectors no theme reached', async () => {
			await page.getByRole('link', { name: 'Sectors × themes grid' }).click();
			await page.waitForURL(/\/themes\/grid$/);
			expect(await page.locator('tbody tr').count()).toBe(11);
			const columns = await page.locator('thead th.theme').count();
			expect(columns).toBe(await page.locator('tfoot td.num').count());
			expect(columns).toBeGreaterThanOrEqual(5);
			// every statement counted in a row sits in a column: the totals agree
			const rowSum = (await page.locator('tbody td.num').allInnerTexts()).reduce(
				(a, b) => a + Number(b),
				0
			);
			expect(rowSum).toBeGreaterThan(100);
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Back to the themes' }).click();
			await page.waitForURL(/\/themes$/);
		});

		it('renames and locks a theme, then merges another into it', async () => {
			// (the other run of this file may have locked a theme already: take fresh proposals)
			const first = page.locator('article.theme:has(.status-proposed)').first();
			await first.getByText('Rename, merge, move…').click();
			await first
				.getByLabel('Theme name')
				.fill(`Surveillance of movements ${javaScript ? 'JS' : 'plain'}`);
			await first.getByRole('button', { name: 'Save' }).click();
			await page
				.getByRole('heading', { name: `Surveillance of movements ${javaScript ? 'JS' : 'plain'}` })
				.waitFor();
			const renamed = page.locator('article.theme', {
				has: page.getByRole('heading', {
					name: `Surveillance of movements ${javaScript ? 'JS' : 'plain'}`
				})
			});
			await renamed.getByRole('button', { name: /^Lock/ }).click();
			await expect.poll(() => renamed.locator('.badge').first().innerText()).toBe('locked');

			const count = (await themeHeadings()).length;
			const second = page.locator('article.theme:has(.status-proposed)').first();
			const secondLabel = await second.locator('h2').innerText();
			await second.getByText('Rename, merge, move…').click();
			await second
				.getByLabel('Merge into')
				.selectOption({ label: `Surveillance of movements ${javaScript ? 'JS' : 'plain'}` });
			await second.getByRole('button', { name: 'Merge' }).click();
			await expect.poll(async () => (await themeHeadings()).length).toBe(count - 1);
			expect(await themeHeadings()).not.toContain(secondLabel);

			// undo brings the merged theme back, redo merges it again
			await page.getByRole('button', { name: /Undo/ }).click();
			await page.getByText('Undone: a merge.').waitFor();
			await expect.poll(themeHeadings).toContain(secondLabel);
			await page.getByRole('button', { name: /Redo/ }).click();
			await page.getByText('Redone: a merge.').waitFor();
			await expect.poll(themeHeadings).not.toContain(secondLabel);
		});

		it('previews a new proposal before applying it, keeping what was decided: a rename and a move', async () => {
			// a theme only renamed (neither accepted nor locked) is a person's edit too
			const renamedOnly = `Renamed only ${javaScript ? 'JS' : 'plain'}`;
			const proposed = page.locator('article.theme:has(.status-proposed)').first();
			await proposed.getByText('Rename, merge, move…').click();
			await proposed.getByLabel('Theme name').fill(renamedOnly);
			await proposed.getByRole('button', { name: 'Save' }).click();
			await page.getByRole('heading', { name: renamedOnly }).waitFor();
			// and a statement moved by hand out of it into another proposed theme
			const renamed = page.locator('article.theme', {
				has: page.getByRole('heading', { name: renamedOnly })
			});
			const target = (
				await page.locator('article.theme:has(.status-proposed) h2').allInnerTexts()
			).find((l) => l !== renamedOnly)!;
			const tools = renamed.locator('details').filter({
				has: page.locator('summary', { hasText: 'Rename, merge, move…' })
			});
			if ((await tools.getAttribute('open')) === null)
				await tools.locator('summary').first().click();
			const moving = renamed.getByLabel('Statement', { exact: true });
			const moved = (await moving.locator('option').first().innerText()).trim();
			await renamed.getByLabel('Move to').selectOption({ label: target });
			await renamed.getByRole('button', { name: 'Move', exact: true }).click();
			const into = page.locator('article.theme', {
				has: page.getByRole('heading', { name: target, exact: true })
			});
			await expect.poll(() => into.innerText()).toContain(moved);
			const locked = await page.locator('article.theme:has(.status-locked) h2').allInnerTexts();
			await page.getByRole('button', { name: 'Propose again' }).click();
			await page
				.getByRole('heading', { name: 'What proposing again would change' })
				.waitFor({ timeout: 60_000 });
			await expectAccessible(page);
			await page.getByRole('button', { name: 'Apply these changes' }).click();
			await page.getByText(/\d+ themes? proposed\./).waitFor({ timeout: 60_000 });
			const after = await themeHeadings();
			for (const l of locked) expect(after).toContain(l);
			expect(after).toContain(renamedOnly);
			// the moved statement is still where the person put it
			expect(after).toContain(target);
			expect(await into.innerText()).toContain(moved);
			expect(await renamed.innerText()).not.toContain(moved);
			await page.locator('details', { hasText: 'History' }).locator('summary').click();
			expect(await page.locator('.history li').first().innerText()).toMatch(
				/A facilitator \(you\)\s+proposed \d+ themes? \(replacing \d+ untouched/
			);
		});

		it('proposes the number of themes asked for, each named by a key point', async () => {
			const proposedHeadings = () =>
				page.locator('article.theme:has(.status-proposed) h2').allInnerTexts();
			const wanted = javaScript ? 7 : 4;
			await page.getByLabel('Themes wanted').fill(String(wanted));
			await page.getByRole('button', { name: 'Propose again' }).click();
			await page
				.getByRole('heading', { name: 'What proposing again would change' })
				.waitFor({ timeout: 60_000 });
			expect(await page.locator('.preview h3 + ul').first().locator('li').count()).toBe(wanted);
			await page.getByRole('button', { name: 'Apply these changes' }).click();
			await page.getByText(`${wanted} themes proposed.`).waitFor({ timeout: 60_000 });
			const names = await proposedHeadings();
			// the new ones, beside the proposals a person touched earlier (which stay as they are)
			expect(names.length).toBeGreaterThanOrEqual(wanted);
			// a sentence a participant could have written, not key phrases joined by " · "
			for (const name of names) {
				expect(name).not.toContain(' · ');
				expect(name.split(' ').length).toBeGreaterThanOrEqual(3);
			}
			expect(await page.getByLabel('Themes wanted').inputValue()).toBe(String(wanted));
			await expectAccessible(page);
		});

		it('discards a theme: its statements wait in the unassigned lane', async () => {
			const unassigned = async () =>
				Number((await page.locator('#unassigned-h').innerText()).match(/\((\d+)/)![1]);
			const before = await unassigned();
			const last = page.locator('article.theme').last();
			const n = await last.locator('ol.members > li').count();
			await last.getByRole('button', { name: /^Discard/ }).click();
			await expect.poll(unassigned).toBe(before + n);
			await expectAccessible(page);
		});
	});
}
