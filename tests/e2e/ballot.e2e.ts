// The phone's ballot as a voter meets it: themes with a title and a line about them, dots given and
// taken with − and + within the budget (with JavaScript), plain number boxes refused over budget
// with the values kept (without it).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, PHONE, PROJECTOR } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();
let votePath = '';

async function voter(browser: Browser, javaScript: boolean): Promise<Page> {
	const ctx = await context(browser, { javaScript, viewport: PHONE });
	const p = await ctx.newPage();
	await p.goto(
		running.app.url + '/join/' + demoLinks(running.app.output()).joinCode.replace('-', '')
	);
	await p.getByRole('button', { name: 'Join' }).click();
	await p.getByRole('button', { name: 'Save' }).click();
	await p.getByText('Thank you, saved.').waitFor();
	await p.goto(running.app.url + votePath);
	return p;
}

/** A dot round (5 dots, at most 3 on a theme) over three accepted engine themes, opened. */
async function openDotRound() {
	const fac = await (await context(running.browser, { viewport: PROJECTOR })).newPage();
	await fac.goto(running.app.url + demoLinks(running.app.output()).facilitator);
	await fac.getByRole('button', { name: 'Continue' }).click();
	await fac.waitForURL(/\/facilitate$/);
	const base = fac.url();
	votePath = new URL(base).pathname.replace(/\/facilitate$/, '/vote');
	await fac.goto(base + '/themes');
	await fac.getByRole('button', { name: 'Propose themes' }).click();
	await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 60_000 });
	for (let i = 0; i < 3; i++) {
		await fac
			.locator('article.theme:has(.status-proposed)')
			.first()
			.getByRole('button', { name: /^Accept/ })
			.click();
		await fac.locator('article.theme:has(.status-accepted)').nth(i).waitFor();
	}
	await fac.goto(base + '/rounds');
	await fac.getByLabel('Title of the round').fill('Which themes first?');
	await fac.getByLabel('Dot voting').check();
	await fac.getByRole('button', { name: 'Create the round' }).click();
	const card = fac.locator('li.card', { hasText: 'Which themes first?' });
	await card.getByRole('button', { name: 'Open the vote' }).click();
	await card.getByRole('button', { name: 'Close the vote' }).waitFor();
}

const budgetLine = (p: Page) => p.locator('p.budget');

describe('the ballot on a phone', () => {
	beforeAll(openDotRound, 120_000);

	it('shows each theme with a readable title and a statement from it, whole on a tap', async () => {
		const p = await voter(running.browser, false);
		const themes = p.locator('ol.ballot > li');
		expect(await themes.count()).toBe(3);
		for (const title of await themes.locator('h2').allInnerTexts()) {
			expect(title.trim()).not.toBe('');
			// the engine's labels join key phrases with " · "; a voter reads a title instead
			expect(title).not.toContain('·');
		}
		const about = themes.first().locator('details');
		await about.getByText('From a statement in this theme').waitFor();
		const quote = about.locator('summary .text');
		expect((await quote.innerText()).length).toBeGreaterThan(20);
		const cut = () => quote.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
		// the demo's statements run longer than two lines on a phone: cut, then whole on a tap
		expect(await cut()).toBe(true);
		await about.locator('summary').click();
		expect(await about.getAttribute('open')).not.toBeNull();
		expect(await cut()).toBe(false);
		await p.context().close();
	});

	it('gives and takes dots with − and +, and never shows a negative budget', async () => {
		const p = await voter(running.browser, true);
		const give = p.getByRole('button', { name: /^One more dot for/ });
		const take = p.getByRole('button', { name: /^One dot less for/ });
		const boxes = p.getByRole('spinbutton', { name: 'Dots' });
		await give.first().waitFor();
		expect(await budgetLine(p).innerText()).toBe('5 of 5 dots left');
		expect(await take.nth(0).isDisabled()).toBe(true);
		for (let i = 0; i < 3; i++) await give.nth(0).click();
		expect(await boxes.nth(0).inputValue()).toBe('3');
		// at most three on one theme
		expect(await give.nth(0).isDisabled()).toBe(true);
		await give.nth(1).click();
		await give.nth(1).click();
		expect(await budgetLine(p).innerText()).toBe('0 of 5 dots left');
		for (let i = 0; i < 3; i++) expect(await give.nth(i).isDisabled()).toBe(true);
		await take.nth(1).click();
		expect(await boxes.nth(1).inputValue()).toBe('1');
		expect(await budgetLine(p).innerText()).toBe('1 of 5 dots left');
		expect(await give.nth(2).isDisabled()).toBe(false);
		// a count typed over the budget says how many to take back, never "-2 left"
		await boxes.nth(2).fill('3');
		expect(await budgetLine(p).innerText()).toBe(
			'You placed 7 dots but have 5. Take 2 back before you vote.'
		);
		expect(await p.locator('main').innerText()).not.toMatch(/-\d/);
		await take.nth(2).click();
		await take.nth(2).click();
		expect(await budgetLine(p).innerText()).toBe('0 of 5 dots left');
		await p.getByRole('button', { name: 'Cast my ballot' }).click();
		await p.getByText('Your ballot is saved.').waitFor();
		await p.reload();
		expect(await boxes.nth(0).inputValue()).toBe('3');
		expect(await boxes.nth(1).inputValue()).toBe('1');
		expect(await boxes.nth(2).inputValue()).toBe('1');
		await expectAccessible(p);
		await p.context().close();
	});

	it('without JavaScript, takes the number boxes and refuses too many dots, keeping them', async () => {
		const p = await voter(running.browser, false);
		expect(await p.getByRole('button', { name: /^One more dot for/ }).count()).toBe(0);
		const boxes = p.getByRole('spinbutton', { name: 'Dots' });
		await boxes.nth(0).fill('3');
		await boxes.nth(1).fill('3');
		await p.getByRole('button', { name: 'Cast my ballot' }).click();
		await p.getByText(/You used more dots than you have/).waitFor();
		expect(await boxes.nth(0).inputValue()).toBe('3');
		expect(await boxes.nth(1).inputValue()).toBe('3');
		expect(await budgetLine(p).innerText()).toBe(
			'You placed 6 dots but have 5. Take 1 back before you vote.'
		);
		expect(await p.locator('main').innerText()).not.toMatch(/-\d/);
		await boxes.nth(1).fill('2');
		await p.getByRole('button', { name: 'Cast my ballot' }).click();
		await p.getByText('Your ballot is saved.').waitFor();
		expect(await budgetLine(p).innerText()).toBe('0 of 5 dots left');
		await expectAccessible(p);
		await p.context().close();
	});
});
