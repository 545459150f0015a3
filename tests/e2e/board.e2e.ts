// The D3 board and the presenter screen: drawn from the curated themes, selectable, operable by keyboard, live.
import { describe, expect, it } from 'vitest';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, PROJECTOR } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();

describe('the board', () => {
	it('draws every theme, explains the selected one, moves a statement by keyboard, and the projector follows live', async () => {
		const ctx = await context(running.browser, { viewport: PROJECTOR });
		const page = await ctx.newPage();
		await page.goto(running.app.url + demoLinks(running.app.output()).facilitator);
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.waitForURL(/\/facilitate$/);
		const base = page.url();
		await page.goto(base + '/themes');
		await page.getByRole('button', { name: 'Propose themes' }).click();
		await page.getByText(/\d+ themes proposed\./).waitFor({ timeout: 60_000 });
		const labels = await page.locator('article.theme h2').allInnerTexts();

		await page.goto(base + '/board');
		const themes = page.locator('[data-kind="theme"]');
		await expect.poll(() => themes.count()).toBe(labels.length);
		expect(await page.locator('[data-kind="dot"]').count()).toBeGreaterThanOrEqual(150);
		await expectAccessible(page);

		// selecting a theme opens its explanation: members, similarity, shared terms
		await themes.first().click();
		const panel = page.getByRole('complementary', { name: 'Theme details' });
		await panel.waitFor();
		expect(await panel.locator('ol.members > li').count()).toBeGreaterThan(0);
		expect(await panel.innerText()).toMatch(/% similar/);

		// the old projector address leads to the presenter screen, which shows the board when asked
		const proj = await ctx.newPage();
		await proj.goto(base.replace(/\/facilitate$/, '/projector'));
		await proj.waitForURL(/\/present$/);
		const control = await ctx.newPage();
		await control.goto(base + '/present');
		await control.getByRole('button', { name: 'Themes', exact: true }).click();
		const cards = proj.locator('[data-kind="theme"]');
		await expect.poll(() => cards.count(), { timeout: 10_000 }).toBeGreaterThan(0);
		const mark = proj.getByTestId('page-mark');
		const pages = (await mark.count()) ? Number((await mark.innerText()).match(/of (\d+)/)![1]) : 1;
		// every theme on one of the pages, evenly spread
		expect((await cards.count()) * pages).toBeGreaterThanOrEqual(labels.length);
		await expectAccessible(proj);

		// keyboard: focus a statement, press m, choose another theme with the arrows, Enter
		const firstDot = page.locator('[data-kind="dot"]').first();
		await firstDot.focus();
		const dotsBefore = await page.locator('[data-kind="dot"]').count();
		await page.keyboard.press('m');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		// the move is stored on the server and shows on the projector without a reload
		await expect
			.poll(
				async () =>
					(
						await page.evaluate(() =>
							fetch(location.pathname.replace('/board', '/themes')).then((r) => r.text())
						)
					).includes('placed by hand'),
				{ timeout: 10_000 }
			)
			.toBe(true);
		await expect.poll(() => page.locator('[data-kind="dot"]').count()).toBe(dotsBefore);
		await page.getByRole('button', { name: /Undo/ }).click();
		await expect
			.poll(
				async () =>
					(
						await page.evaluate(() =>
							fetch(location.pathname.replace('/board', '/themes')).then((r) => r.text())
						)
					).includes('placed by hand'),
				{ timeout: 10_000 }
			)
			.toBe(false);
		await ctx.close();
	});
});
