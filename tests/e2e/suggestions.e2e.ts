// The floor's suggestions: two participants on their phones (one without JavaScript) suggest that
// two themes say the same thing; the facilitator sees the count on the board and applies it in
// one step, a normal merge in the history; another suggestion is dismissed without JavaScript.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, PHONE } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();
const LAPTOP_SMALL = { width: 1280, height: 720 };

async function facilitator(browser: Browser, javaScript: boolean): Promise<Page> {
	const ctx = await context(browser, { javaScript, viewport: LAPTOP_SMALL });
	const page = await ctx.newPage();
	await page.goto(running.app.url + demoLinks(running.app.output()).facilitator);
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.waitForURL(/\/facilitate$/);
	return page;
}

/** A participant joins with the code on a phone and opens the suggest page from the menu. */
async function participant(browser: Browser, javaScript: boolean): Promise<Page> {
	const ctx = await context(browser, { javaScript, viewport: PHONE });
	const page = await ctx.newPage();
	await page.goto(
		running.app.url + '/join/' + demoLinks(running.app.output()).joinCode.replace('-', '')
	);
	await page.getByRole('button', { name: 'Join' }).click();
	await page.getByRole('link', { name: 'Suggest a merge' }).first().click();
	await page.getByRole('heading', { name: 'Themes that say the same thing', level: 1 }).waitFor();
	return page;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const tick = (page: Page, label: string) =>
	page.getByRole('checkbox', { name: new RegExp(`^${escape(label)}`) }).check();
const suggestion = (page: Page, a: string, b: string) =>
	page
		.locator('[data-suggestion]')
		.filter({ hasText: a })
		.filter({ hasText: b })
		.filter({ hasText: 'says the same as' });

describe('the floor’s suggestions', () => {
	it('two phones suggest a merge, the board shows 2 and the facilitator applies it in one step', async () => {
		const fac = await facilitator(running.browser, true);
		const base = fac.url();
		await fac.getByRole('button', { name: /Convergence/ }).click();
		await fac.locator('.eventnav .phase', { hasText: 'Convergence' }).waitFor();
		await fac.goto(base + '/themes');
		await fac.getByRole('button', { name: 'Propose themes' }).click();
		await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 60_000 });
		const labels = await fac.locator('article.theme h2').allInnerTexts();
		expect(labels.length).toBeGreaterThanOrEqual(4);
		const [a, b, c, d] = labels;

		await fac.goto(base + '/board');
		await fac.getByText('Suggestions from the floor: none yet.').waitFor();

		// one phone with JavaScript
		const ana = await participant(running.browser, true);
		await expectAccessible(ana);
		await tick(ana, a);
		await tick(ana, b);
		await ana.getByText('2 of 2 ticked').waitFor();
		await ana.getByRole('button', { name: 'These two say the same thing' }).click();
		await ana.getByText("Thank you: your suggestion is on the facilitators' board.").waitFor();
		await suggestion(ana, a, b).getByText('1 person').waitFor();
		expect(await suggestion(ana, a, b).getByText('You agree').count()).toBe(1);
		// the board follows live, without a reload
		await suggestion(fac, a, b).getByText('1 person').waitFor({ timeout: 5000 });
		await fac.getByRole('heading', { name: 'Suggestions from the floor' }).waitFor();

		// one phone without JavaScript: the same two themes count once more, not as a new suggestion
		const ben = await participant(running.browser, false);
		await tick(ben, b);
		await tick(ben, a);
		await ben.getByRole('button', { name: 'These two say the same thing' }).click();
		await ben.getByText("Thank you: your suggestion is on the facilitators' board.").waitFor();
		await suggestion(ben, a, b).getByText('2 people').waitFor();
		expect(await ben.locator('[data-suggestion]').count()).toBe(1);
		// ticking one theme only is refused with a reason, and what was ticked stays ticked
		await tick(ben, c);
		await ben.getByRole('button', { name: 'These two say the same thing' }).click();
		await ben.getByText('Tick exactly two themes.').waitFor();
		expect(await ben.getByRole('checkbox', { name: new RegExp(`^${escape(c)}`) }).isChecked()).toBe(
			true
		);
		await expectAccessible(ben);

		// a second suggestion, supported with one tap on the phone without JavaScript
		await tick(ana, c);
		await tick(ana, d);
		await ana.getByRole('button', { name: 'These two say the same thing' }).click();
		await suggestion(ana, c, d).getByText('1 person').waitFor();
		// (a fresh visit: the page shown is the answer to a POST)
		await ben.goto(running.app.url + new URL(ben.url()).pathname);
		await suggestion(ben, c, d).getByRole('button', { name: '+1 I agree' }).click();
		await ben.getByText('Thank you: your support is counted.').waitFor();
		await suggestion(ben, c, d).getByText('2 people').waitFor();

		// the board shows both with their counts, and the first is applied in one step
		await suggestion(fac, a, b).getByText('2 people').waitFor({ timeout: 5000 });
		await suggestion(fac, c, d).getByText('2 people').waitFor({ timeout: 5000 });
		await expectAccessible(fac);
		const kept = (await suggestion(fac, a, b).locator('.theme').first().innerText()).trim();
		const joining = kept === a ? b : a;
		await suggestion(fac, a, b).getByRole('button', { name: 'Apply: merge' }).click();
		await fac.getByText('Merged. Undo takes it back.').waitFor();
		await suggestion(fac, a, b).waitFor({ state: 'detached' });
		// the phones follow: the suggestion is gone from the one with JavaScript
		await suggestion(ana, a, b).waitFor({ state: 'detached', timeout: 5000 });

		// the themes are merged, and the history shows it as the facilitator's own merge
		await fac.goto(base + '/themes');
		const after = await fac.locator('article.theme h2').allInnerTexts();
		expect(after).toContain(kept);
		expect(after).not.toContain(joining);
		expect(after).toHaveLength(labels.length - 1);
		expect(await fac.locator('ol.history li').first().textContent()).toMatch(
			/\(you\)\s*merged “.+” into “.+”/
		);
		expect(await fac.getByRole('button', { name: /Undo/ }).isEnabled()).toBe(true);

		// the other suggestion is dismissed by a facilitator without JavaScript
		const plain = await facilitator(running.browser, false);
		await plain.goto(base + '/board');
		await suggestion(plain, c, d).getByRole('button', { name: 'Dismiss' }).click();
		await plain.getByText('Suggestion dismissed.').waitFor();
		expect(await plain.locator('[data-suggestion]').count()).toBe(0);
		await ben.goto(running.app.url + new URL(ben.url()).pathname);
		await ben.getByRole('heading', { name: 'Suggestions so far' }).waitFor();
		expect(await ben.locator('[data-suggestion]').count()).toBe(0);
		for (const p of [fac, plain, ana, ben]) await p.context().close();
	});
});
