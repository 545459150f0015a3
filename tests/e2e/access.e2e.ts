// Access: sector colours that read for everyone (and a shape beside each), no page wider than a
// 320 px phone, keyboard focus that stays where the person acted, and a live ranking that speaks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { context, PROJECTOR } from '../../scripts/lib/chromium';
import { useAppAndBrowser } from './setup';
import { contrast, parseColour } from '../../src/lib/domain/colour-vision';

const running = useAppAndBrowser();
const NARROW = { width: 320, height: 640 };
const WAIT = { timeout: 10_000 };

async function signIn(page: Page): Promise<string> {
	await page.goto(running.app.url + demoLinks(running.app.output()).facilitator);
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.waitForURL(/\/facilitate$/);
	return page.url();
}

// themes to act on, proposed once for the whole file
beforeAll(async () => {
	const ctx = await context(running.browser, { viewport: PROJECTOR });
	const page = await ctx.newPage();
	const base = await signIn(page);
	await page.goto(base + '/themes');
	await page.getByRole('button', { name: 'Propose themes' }).click();
	await page.getByText(/\d+ themes proposed\./).waitFor({ timeout: 60_000 });
	await ctx.close();
});

const hydrated = (page: Page) => page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

/**
 * Where keyboard focus is, as the id of the element with an id that holds it. With focus on the
 * page itself after a `#fragment` navigation, where the next Tab goes (the fragment is where
 * sequential navigation starts) — and then, for a target that holds controls, only inside it.
 */
async function focusedWithin(page: Page, id: string): Promise<boolean> {
	return page.evaluate((id) => {
		const target = document.getElementById(id);
		const active = document.activeElement;
		return !!target && !!active && (active === target || target.contains(active));
	}, id);
}
/** Focus is on the element with this id itself (where a script put it back). */
async function focusedOn(page: Page, id: string): Promise<boolean> {
	return page.evaluate((id) => document.activeElement?.id === id, id);
}
async function tabLandsIn(page: Page, id: string): Promise<boolean> {
	if (await focusedWithin(page, id)) return true;
	await page.keyboard.press('Tab');
	return focusedWithin(page, id);
}

describe('sector colours and marks', () => {
	it('are at least 3:1 against what they are drawn on, each sector with a shape of its own, on the board', async () => {
		const ctx = await context(running.browser, { viewport: PROJECTOR });
		const page = await ctx.newPage();
		const base = await signIn(page);
		await page.goto(base + '/board');
		await page.locator('[data-kind="dot"]').first().waitFor();

		const seen = await page.evaluate(() => {
			const fill = (el: Element) => getComputedStyle(el).fill;
			const legend = [...document.querySelectorAll('.legend button.sector')].map((b) => ({
				name: b.textContent!.trim(),
				colour: fill(b.querySelector('.sector-mark path')!),
				shape: b.querySelector('.sector-mark')!.getAttribute('data-shape')!
			}));
			const dots = [...document.querySelectorAll('[data-kind="dot"]')].map((d) => ({
				colour: fill(d),
				shape: d.getAttribute('data-shape')!
			}));
			const canvas = document.querySelector('.canvas')!;
			return {
				legend,
				dots,
				backgrounds: [
					getComputedStyle(document.body).backgroundColor,
					getComputedStyle(document.documentElement).backgroundColor,
					getComputedStyle(canvas).backgroundColor,
					getComputedStyle(document.querySelector('.legend button.sector')!).backgroundColor
				].filter((c) => c !== 'rgba(0, 0, 0, 0)')
			};
		});
		expect(seen.legend).toHaveLength(11);
		expect(seen.backgrounds.length).toBeGreaterThanOrEqual(2);
		for (const { name, colour } of seen.legend)
			for (const bg of seen.backgrounds)
				expect(
					contrast(parseColour(colour)!, parseColour(bg)!),
					`${name} ${colour} on ${bg}`
				).toBeGreaterThanOrEqual(3);
		// colour is never alone: eleven colours, eleven shapes, and each dot wears its sector's pair
		expect(new Set(seen.legend.map((l) => l.colour)).size).toBe(11);
		expect(new Set(seen.legend.map((l) => l.shape)).size).toBe(11);
		const pairs = new Set(seen.legend.map((l) => `${l.colour} ${l.shape}`));
		expect(seen.dots.length).toBeGreaterThan(100);
		for (const d of seen.dots) expect(pairs).toContain(`${d.colour} ${d.shape}`);
		await ctx.close();
	});
});

describe('a 320 px phone', () => {
	it('never scrolls sideways on the main pages', async () => {
		const ctx = await context(running.browser, { viewport: NARROW });
		const page = await ctx.newPage();
		const base = await signIn(page);
		const event = base.replace(/\/facilitate$/, '');
		const wide: string[] = [];
		for (const path of [
			'/',
			'/join',
			event,
			base,
			base + '/statements',
			base + '/themes',
			base + '/themes/grid',
			base + '/board',
			base + '/rounds',
			base + '/present',
			base + '/manifesto',
			base + '/coverage',
			base + '/settings',
			base + '/links',
			event + '/vote',
			event + '/present',
			event + '/manifesto/draft',
			event + '/papers/1'
		]) {
			await page.goto(path.startsWith('http') ? path : running.app.url + path);
			await page.waitForLoadState('load');
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width > NARROW.width) wide.push(`${path.replace(running.app.url, '')}: ${width}`);
		}
		expect(wide).toEqual([]);
		await ctx.close();
	});
});

for (const javaScript of [true, false]) {
	describe(`focus after each action in the themes list ${javaScript ? 'with' : 'without'} JavaScript`, () => {
		let ctx: BrowserContext;
		let page: Page;
		let base: string;
		// by keyboard, as the people this is for act (and a list that reorders under a pointer cannot misdirect it)
		const press = async (button: ReturnType<Page['locator']>) => {
			await button.focus();
			await page.keyboard.press('Enter');
		};
		const load = async () => {
			if (javaScript) await hydrated(page);
		};
		/** Focus came back to this element: with JavaScript it holds focus; without, the page was sent to #id and Tab goes there. */
		const cameBackTo = async (id: string) => {
			if (javaScript) return expect.poll(() => focusedOn(page, id), WAIT).toBe(true);
			await expect.poll(() => new URL(page.url()).hash, WAIT).toBe(`#${id}`);
			await page.waitForLoadState('load');
			expect(await tabLandsIn(page, id)).toBe(true);
		};
		const idOf = (article: ReturnType<Page['locator']>) =>
			article.getAttribute('id') as Promise<string>;

		beforeAll(async () => {
			ctx = await context(running.browser, { javaScript });
			page = await ctx.newPage();
			base = await signIn(page);
			await page.goto(base + '/themes');
			await load();
		});
		afterAll(async () => ctx?.close());

		it('accept, lock and rename come back to the theme', async () => {
			const theme = page.locator('article.theme:has(.status-proposed)').first();
			const id = await idOf(theme);
			const card = page.locator(`#${id}`);
			await press(card.getByRole('button', { name: /^Accept/ }));
			await expect.poll(() => card.locator('.badge').first().innerText(), WAIT).toBe('accepted');
			await cameBackTo(id);
			await load();

			await press(card.getByRole('button', { name: /^Lock/ }));
			await expect.poll(() => card.locator('.badge').first().innerText(), WAIT).toBe('locked');
			await cameBackTo(id);
			await load();

			await card.getByText('Rename, merge, move…').click();
			await card.getByLabel('Theme name').fill(`Focus kept ${javaScript ? 'JS' : 'plain'}`);
			await press(card.getByRole('button', { name: 'Save' }));
			await page
				.getByRole('heading', { name: `Focus kept ${javaScript ? 'JS' : 'plain'}` })
				.waitFor();
			await cameBackTo(id);
		});

		it('moving a statement comes back to its theme; merging goes to the theme merged into', async () => {
			await load();
			const from = page.locator('article.theme:has(.status-proposed)').first();
			const fromId = await idOf(from);
			const source = page.locator(`#${fromId}`);
			await source.getByText('Rename, merge, move…').click();
			await press(source.getByRole('button', { name: 'Move', exact: true }));
			await cameBackTo(fromId);
			await load();

			// another proposed theme (the move may have changed the order)
			const into = await idOf(
				page.locator(`article.theme:has(.status-proposed):not(#${fromId})`).first()
			);
			const merging = page.locator(`#${fromId}`);
			const details = merging.locator('details');
			if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
			await merging.getByLabel('Merge into').selectOption(into.replace('theme-', ''));
			await press(merging.getByRole('button', { name: 'Merge', exact: true }));
			await page.locator(`#${fromId}`).waitFor({ state: 'detached' });
			await cameBackTo(into);
		});

		it('discarding goes to the theme that takes its place; placing a statement to the next one waiting', async () => {
			await load();
			const themes = page.locator('article.theme');
			const count = await themes.count();
			const at = count - 2;
			const gone = await idOf(themes.nth(at));
			const next = await idOf(themes.nth(at + 1));
			await press(page.locator(`#${gone}`).getByRole('button', { name: /^Discard/ }));
			await page.locator(`#${gone}`).waitFor({ state: 'detached' });
			await cameBackTo(next);
			await load();

			const waiting = page.locator('li.statement');
			expect(await waiting.count()).toBeGreaterThan(1);
			const second = await waiting.nth(1).getAttribute('id');
			await press(waiting.first().getByRole('button', { name: 'Place', exact: true }));
			await cameBackTo(second!);
		});

		it('undo and redo keep focus on their buttons', async () => {
			await load();
			await press(page.getByRole('button', { name: /Undo/ }));
			await page.getByText(/^Undone:/).waitFor();
			await expect.poll(() => focusedOn(page, 'themes-undo'), WAIT).toBe(true);
			await load();
			await press(page.getByRole('button', { name: /Redo/ }));
			await page.getByText(/^Redone:/).waitFor();
			await expect
				.poll(
					async () =>
						(await focusedOn(page, 'themes-redo')) || (await focusedOn(page, 'themes-undo')),
					WAIT
				)
				.toBe(true);
		});
	});
}

describe('focus on the board', () => {
	it('comes back to the theme after Lock, and to Undo after Undo', async () => {
		const ctx = await context(running.browser, { viewport: PROJECTOR });
		const page = await ctx.newPage();
		const base = await signIn(page);
		await page.goto(base + '/board');
		await hydrated(page);
		// a theme not yet locked, chosen on the board
		const open = await page.evaluate(() =>
			[...document.querySelectorAll('[data-kind="theme"]')].map((t) => t.getAttribute('data-key'))
		);
		expect(open.length).toBeGreaterThan(0);
		const panel = page.getByRole('complementary', { name: 'Theme details' });
		let lock = panel.getByRole('button', { name: /^Lock/ });
		for (const key of open) {
			await page.locator(`[data-kind="theme"][data-key="${key}"]`).click();
			await panel.waitFor();
			if ((await lock.count()) > 0) break;
		}
		lock = panel.getByRole('button', { name: /^Lock/ });
		const id = (await panel.locator('article.theme').getAttribute('id'))!;
		await lock.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => panel.locator('.badge').first().innerText(), WAIT).toBe('locked');
		await expect.poll(() => focusedOn(page, id), WAIT).toBe(true);

		await page.locator('#board-undo').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => panel.locator('.badge').first().innerText(), WAIT).not.toBe('locked');
		await expect
			.poll(
				async () => (await focusedOn(page, 'board-undo')) || (await focusedOn(page, 'board-redo')),
				WAIT
			)
			.toBe(true);
		await ctx.close();
	});
});

describe('a live vote', () => {
	it('tells a screen reader, politely, when a theme moves up the ranking', async () => {
		const ctx = await context(running.browser, { viewport: PROJECTOR });
		const fac = await ctx.newPage();
		const base = await signIn(fac);
		const votePage = base.replace(/\/facilitate$/, '/vote');
		await fac.goto(base + '/themes');
		for (let i = 0; i < 2; i++) {
			await fac
				.locator('article.theme:has(.status-proposed)')
				.first()
				.getByRole('button', { name: /^Accept/ })
				.click();
			await fac.locator('article.theme:has(.status-accepted)').nth(i).waitFor();
		}
		await fac.goto(base + '/rounds');
		await fac.getByLabel('Title of the round').fill('Which first, said aloud?');
		await fac.getByLabel('Dot voting').check();
		await fac.getByLabel('Shown live while people vote').check();
		await fac.getByRole('button', { name: 'Create the round' }).click();
		const card = fac.locator('li.card', { hasText: 'Which first, said aloud?' });
		await card.getByRole('button', { name: 'Open the vote' }).click();
		await card.getByRole('button', { name: 'Close the vote' }).waitFor();
		const results = (await card.getByRole('link', { name: 'Results' }).getAttribute('href'))!;

		/** A new participant casts a dot ballot: so many dots for the ballot's first, second… theme. */
		const vote = async (dots: number[]) => {
			const voter = await (await context(running.browser, { javaScript: false })).newPage();
			const code = demoLinks(running.app.output()).joinCode.replace('-', '');
			await voter.goto(running.app.url + '/join/' + code);
			await voter.getByRole('button', { name: 'Join' }).click();
			await voter.getByRole('button', { name: 'Save' }).click();
			await voter.getByText('Thank you, saved.').waitFor();
			await voter.goto(votePage);
			const boxes = voter.getByRole('spinbutton', { name: 'Dots' });
			for (const [i, n] of dots.entries()) await boxes.nth(i).fill(String(n));
			await voter.getByRole('button', { name: 'Cast my ballot' }).click();
			await voter.getByText('Your ballot is saved.', { exact: false }).waitFor();
			await voter.context().close();
		};
		await vote([1]);
		await fac.goto(new URL(results, fac.url()).href);
		await hydrated(fac);
		const announcer = fac.getByTestId('rank-announcer');
		expect(await announcer.getAttribute('aria-live')).toBe('polite');
		expect(await announcer.innerText()).toBe('');
		const firstRow = () => fac.locator('table tbody tr').first().locator('th').innerText();
		const leader = await firstRow();

		await vote([0, 2]);
		await expect.poll(firstRow, { timeout: 15_000 }).not.toBe(leader);
		const climber = await firstRow();
		await expect
			.poll(() => announcer.innerText(), { timeout: 15_000 })
			.toContain(`${climber} moved up to place 1`);
		expect(await announcer.innerText()).toContain(`${leader} moved down to place 2`);

		// the results and the open ballot fit a 320 px phone too
		await fac.setViewportSize(NARROW);
		await fac.reload();
		expect(await fac.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		const phone = await (await context(running.browser, { viewport: NARROW })).newPage();
		await phone.goto(
			running.app.url + '/join/' + demoLinks(running.app.output()).joinCode.replace('-', '')
		);
		await phone.getByRole('button', { name: 'Join' }).click();
		await phone.getByRole('button', { name: 'Save' }).click();
		await phone.getByText('Thank you, saved.').waitFor();
		await phone.goto(votePage);
		await phone
			.getByRole('button', { name: /^One more dot for/ })
			.first()
			.waitFor();
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
		await phone.context().close();
		await ctx.close();
	});
});

describe('focus after a form answered in place without JavaScript', () => {
	/** What holds focus once the answering page has loaded: its id, or its tag and text. */
	const focused = (page: Page) =>
		page.evaluate(() => {
			const el = document.activeElement;
			if (!el || el === document.body) return 'the page';
			return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}: ${el.textContent?.trim()}`;
		});

	it('starts at the field or message that says what was refused or saved, and Tab goes on from there', async () => {
		const ctx = await context(running.browser, { javaScript: false });
		const page = await ctx.newPage();

		// a join code that opens nothing: focus on the code, to type it again
		await page.goto(running.app.url + '/join');
		await page.getByLabel('Join code').fill('ZZ');
		await page.getByRole('button', { name: 'Join' }).click();
		await page.locator('#code-error').waitFor();
		expect(await focused(page)).toBe('#code');
		await page.keyboard.press('Tab');
		expect(await focused(page)).toBe('button: Join');

		// a new sector without a name, far down the settings page: focus on its field
		const base = await signIn(page);
		await page.goto(base + '/settings');
		await page.getByRole('button', { name: 'Add sector' }).click();
		await page.locator('.field-error').waitFor();
		expect(await focused(page)).toBe('#new-sector');

		// a round without a title: focus at the refusal, before the form
		await page.goto(base + '/rounds');
		await page.getByLabel('Title of the round').fill('');
		await page.getByRole('button', { name: 'Create the round' }).click();
		await page.locator('.field-error, [role="alert"]').first().waitFor();
		expect(await focused(page)).toBe('#title');

		// a sector colour too pale to read on the page
		await page.goto(base + '/settings');
		const sector = page.locator('li:has(input[type="color"])').first();
		await sector.locator('input[type="color"]').fill('#ffff66');
		await sector.getByRole('button', { name: 'Save' }).click();
		const colourId = await sector.locator('input[type="color"]').getAttribute('id');
		await page.locator(`#${colourId}-error`).waitFor();
		expect(await page.locator(`#${colourId}-error`).innerText()).toMatch(/contrast|read/i);
		expect(await focused(page)).toBe(`#${colourId}`);

		// a sector saved: focus at the confirmation, in place of the page top
		await sector.locator('input[type="color"]').fill('#0050a0');
		await sector.getByRole('button', { name: 'Save' }).click();
		await sector.getByRole('status').waitFor();
		expect(await focused(page)).toBe('p: Saved.');
		await page.keyboard.press('Tab');
		// the next Tab goes on from the sector just saved, not from the top of the page
		expect(
			await page.evaluate(() => !!document.activeElement?.closest('li:has(input[type="color"])'))
		).toBe(true);
		await ctx.close();
	});
});
