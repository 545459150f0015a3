// The presenter screen: no site chrome, driven from the facilitator's control page (with and
// without JavaScript) and followed live, fitted to 1280×720 and 1920×1080 without scrolling or
// anything off the screen, a hidden open round showing its turnout and no tally, high contrast.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, LAPTOP, PHONE } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();
const SCREENS = [
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
];

/** A facilitator's page on the control page, with or without JavaScript. */
async function facilitator(browser: Browser, javaScript: boolean): Promise<Page> {
	const ctx = await context(browser, { javaScript, viewport: javaScript ? LAPTOP : PHONE });
	const page = await ctx.newPage();
	await page.goto(running.app.url + demoLinks(running.app.output()).facilitator);
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.waitForURL(/\/facilitate$/);
	await page.goto(page.url() + '/present');
	return page;
}

/** What does not fit: the page scrolls, or an element lies outside the window or is wider than its box. */
async function misfits(page: Page) {
	return page.evaluate(() => {
		const root = document.scrollingElement!;
		const out: string[] = [];
		if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth) out.push('scrolls');
		for (const el of document.querySelectorAll('main.present *')) {
			if (el.closest('.visually-hidden')) continue;
			const r = el.getBoundingClientRect();
			if (r.width === 0 && r.height === 0) continue;
			if (r.right > innerWidth + 1 || r.bottom > innerHeight + 1 || r.left < -1 || r.top < -1)
				out.push(`outside: ${el.tagName} ${el.textContent?.slice(0, 40)}`);
			if (el.classList.contains('fit') && el.scrollWidth > el.clientWidth + 1)
				out.push(`too wide: ${el.textContent}`);
		}
		return out;
	});
}

describe('the presenter screen', () => {
	it('is driven from the control page, follows live, and fits the screen in every view', async () => {
		const control = await facilitator(running.browser, true);
		const base = control.url().replace(/\/facilitate\/present$/, '');
		const screens = await Promise.all(
			SCREENS.map(async (viewport) => {
				const page = await control.context().newPage();
				await page.setViewportSize(viewport);
				await page.goto(base + '/present');
				return page;
			})
		);
		const [small] = screens;
		// no site header, no event menu: only the screen
		expect(await small.locator('header.top').count()).toBe(0);
		expect(await small.locator('nav.eventnav').count()).toBe(0);
		await expect
			.poll(() => small.getByTestId('join-code').innerText())
			.toBe(demoLinks(running.app.output()).joinCode);
		expect(await small.getByRole('img', { name: /QR code/ }).count()).toBe(1);
		await expectAccessible(small);
		await expectAccessible(control);

		// themes for the board, grid and vote
		await control.goto(base + '/facilitate/themes');
		await control.getByRole('button', { name: 'Propose themes' }).click();
		await control.getByText(/\d+ themes proposed\./).waitFor({ timeout: 60_000 });
		for (let i = 0; i < 3; i++) {
			await control
				.locator('article.theme:has(.status-proposed)')
				.first()
				.getByRole('button', { name: /^Accept/ })
				.click();
			await expect
				.poll(() => control.locator('article.theme:has(.status-accepted)').count())
				.toBe(i + 1);
		}
		// a sector added now has no statement in any theme: the board names it
		await control.goto(base + '/facilitate/settings');
		await control.locator('#new-sector').fill('Youth');
		await control.getByRole('button', { name: 'Add sector' }).click();
		await control.getByText('Sector Youth added').waitFor();
		await control.goto(base + '/facilitate/present');

		for (const [button, view] of [
			['Themes', 'board'],
			['Sectors × themes', 'grid'],
			['Coverage', 'coverage'],
			['Manifesto', 'manifesto'],
			['Join', 'join']
		] as const) {
			await control.getByRole('button', { name: button, exact: false }).first().click();
			for (const page of screens) {
				// followed live: the screens are never reloaded by the test
				await page.locator(`main.present[data-view="${view}"]`).waitFor({ timeout: 5000 });
				expect(await misfits(page), `${view} at ${page.viewportSize()!.width}`).toEqual([]);
			}
		}
		const cards = small.locator('[data-kind="theme"]');
		await control.getByRole('button', { name: 'Themes', exact: true }).click();
		await expect.poll(() => cards.count()).toBeGreaterThan(0);
		for (const page of screens)
			expect(await page.getByTestId('silent-sectors').innerText()).toMatch(
				/No theme reached yet:\s*Youth$/
			);

		// the keyboard of a facilitator at the screen: 3 is the grid, c turns high contrast on
		await small.keyboard.press('3');
		await small.locator('main.present[data-view="grid"]').waitFor({ timeout: 5000 });
		await small.keyboard.press('c');
		await small.locator('main.present.contrast').waitFor({ timeout: 5000 });
		expect(
			await small.evaluate(
				() => getComputedStyle(document.querySelector('main.present')!).backgroundColor
			)
		).toBe('rgb(0, 0, 0)');
		expect(await misfits(small)).toEqual([]);
		await expectAccessible(small);
		await control.getByRole('button', { name: 'Normal colours' }).click();
		await small.locator('main.present:not(.contrast)').waitFor({ timeout: 5000 });
	});

	it('shows a hidden open round with its turnout only, and is set without JavaScript', async () => {
		const control = await facilitator(running.browser, true);
		const base = control.url().replace(/\/facilitate\/present$/, '');
		await control.goto(base + '/facilitate/rounds');
		await control.getByLabel('Title of the round').fill('Which first?');
		await control.getByLabel('Dot voting').check();
		await control.getByRole('button', { name: 'Create the round' }).click();
		const card = control.locator('li.card', { hasText: 'Which first?' });
		await card.getByRole('button', { name: 'Open the vote' }).click();
		await card.getByRole('button', { name: 'Close the vote' }).waitFor();
		const screen = await control.context().newPage();
		await screen.setViewportSize(SCREENS[0]);
		await screen.goto(base + '/present');

		// the control page without JavaScript: plain forms
		const plain = await facilitator(running.browser, false);
		await plain.getByRole('button', { name: /Which first\?/ }).click();
		await plain.getByText('The screen now shows: Vote').waitFor();
		await screen.locator('main.present[data-view="round"]').waitFor({ timeout: 5000 });
		await expect
			.poll(() => screen.getByTestId('turnout').innerText())
			.toMatch(/^0 of \d+ have voted$/);
		await screen.getByTestId('results-hidden').waitFor();
		expect(await screen.getByTestId('results').count()).toBe(0);
		expect(await misfits(screen)).toEqual([]);

		// closed, the same round shows its tally
		await card.getByRole('button', { name: 'Close the vote' }).click();
		await screen.getByTestId('results').waitFor({ timeout: 5000 });
		expect(await screen.getByTestId('results-hidden').count()).toBe(0);

		// a participant reads the screen and cannot drive it
		const participant = await (await context(running.browser, { viewport: PHONE })).newPage();
		await participant.goto(
			running.app.url + '/join/' + demoLinks(running.app.output()).joinCode.replace('-', '')
		);
		await participant.getByRole('button', { name: 'Join' }).click();
		await participant.waitForURL(/\/e\//);
		await participant.goto(base + '/present');
		await participant.locator('main.present[data-view="round"]').waitFor();
		const refused = await participant.request.post(base + '/facilitate/present?/set', {
			form: { view: 'join' },
			headers: { origin: running.app.url, 'x-sveltekit-action': 'true' }
		});
		expect(await refused.text()).not.toMatch(/"type":"success"/);
		await plain.goto(base + '/facilitate/present');
		await plain.getByText('Now showing: Vote').waitFor();
	});
});
