// Curating themes a vote round holds, without JavaScript: a merge that would remove such a theme
// is refused with what holds it and what to do instead, an undo that cannot apply is skipped with
// a message (and the next one works), and a step on a theme that is gone since the page was shown
// is refused with the themes as they are now.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();

const card = (page: Page, label: string) =>
	page.locator('article.theme', { has: page.getByRole('heading', { name: label, exact: true }) });

describe('curating themes in use, without JavaScript', () => {
	it('refuses to merge away a theme in a round, skips an undo that would remove it, and refuses a step on a theme gone since', async () => {
		const ctx = await context(running.browser, { javaScript: false });
		const page = await ctx.newPage();
		await page.goto(running.app.url + demoLinks(running.app.output()).facilitator);
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.waitForURL(/\/facilitate$/);
		const base = page.url();

		// two themes made by hand (accepted as they are made)
		await page.goto(base + '/themes');
		for (const label of ['Kept apart', 'In the vote']) {
			await page.locator('#new-theme').fill(label);
			await page.getByRole('button', { name: 'Create theme' }).click();
			await page.getByRole('heading', { name: label, exact: true }).waitFor();
		}

		// a round over one of them
		await page.goto(base + '/rounds');
		await page.getByLabel('Title of the round').fill('Day 1 vote');
		await page.getByLabel('Kept apart').uncheck();
		await page.getByLabel('In the vote').check();
		await page.getByRole('button', { name: 'Create the round' }).click();
		await page.locator('li.card', { hasText: 'Day 1 vote' }).waitFor();

		// undoing the theme's creation would remove it from the round: skipped, with why
		await page.goto(base + '/themes');
		await page.getByRole('button', { name: /Undo/ }).click();
		await page
			.getByRole('alert')
			.filter({
				hasText:
					'Could not undo creating a theme, so it was skipped: undoing it would remove a theme that is still in use. “In the vote” is still in use (it is in the vote round “Day 1 vote”), so it cannot be removed. Undo now takes back the step before it.'
			})
			.waitFor();
		await card(page, 'In the vote').waitFor();

		// merging it away is refused, saying what holds it and what to do instead
		const held = card(page, 'In the vote');
		await held.getByText('Rename, merge, move…').click();
		await held.getByLabel('Merge into').selectOption({ label: 'Kept apart' });
		await held.getByRole('button', { name: 'Merge', exact: true }).click();
		const refusal =
			'“In the vote” is still in use (it is in the vote round “Day 1 vote”), so it cannot be removed. ' +
			'Nothing was changed. To combine the two, merge “Kept apart” into “In the vote” instead: “In the vote” stays, and the other joins it.';
		await page.getByRole('alert').filter({ hasText: refusal }).first().waitFor();
		expect(page.url()).toMatch(/\/themes\?\/merge&theme=\d+(&focus=[^&]*)?$/);
		await card(page, 'In the vote').waitFor();
		await card(page, 'Kept apart').waitFor();
		await expectAccessible(page);

		// a second page still shows "Kept apart"; the first merges it the way the message said
		const stale = await ctx.newPage();
		await stale.goto(base + '/themes');
		await page.goto(base + '/themes');
		const apart = card(page, 'Kept apart');
		await apart.getByText('Rename, merge, move…').click();
		await apart.getByLabel('Merge into').selectOption({ label: 'In the vote' });
		await apart.getByRole('button', { name: 'Merge', exact: true }).click();
		await expect.poll(() => card(page, 'Kept apart').count()).toBe(0);

		// the stale page's rename of the theme merged away is refused, and shows the themes as they are
		const gone = card(stale, 'Kept apart');
		await gone.getByText('Rename, merge, move…').click();
		await gone.getByLabel('Theme name').fill('Renamed too late');
		await gone.getByRole('button', { name: 'Save' }).click();
		await stale
			.getByRole('alert')
			.filter({ hasText: /^This theme is no longer on the board: it was merged into another/ })
			.waitFor();
		expect(await card(stale, 'Kept apart').count()).toBe(0);
		expect(await card(stale, 'Renamed too late').count()).toBe(0);
		await card(stale, 'In the vote').waitFor();
		await ctx.close();
	});
});
