// Rapporteurs' consent: the facilitator merges a theme holding Labour's statements into another;
// Labour's rapporteur (phone, JavaScript) objects with a reason and the board shows it; the
// facilitator keeps the decision and the history says it overrode the objection. A second
// sector's rapporteur and a facilitator do the same without JavaScript (form posts only).
import { describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, PHONE } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();
const LAPTOP_SMALL = { width: 1280, height: 800 };

async function facilitator(browser: Browser, javaScript: boolean): Promise<Page> {
	const ctx = await context(browser, { javaScript, viewport: LAPTOP_SMALL });
	const page = await ctx.newPage();
	await page.goto(running.app.url + demoLinks(running.app.output()).facilitator);
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.waitForURL(/\/facilitate$/);
	return page;
}

async function rapporteur(browser: Browser, sector: string, javaScript: boolean): Promise<Page> {
	const ctx = await context(browser, { javaScript, viewport: PHONE });
	const page = await ctx.newPage();
	await page.goto(running.app.url + demoLinks(running.app.output()).rapporteur(sector));
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.waitForURL(/\/e\/[^/]+\/s\/\d+$/);
	return page;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The sectors a theme card names in its chips. */
const sectorsOf = async (theme: Locator) =>
	(await theme.locator('.chips li').allInnerTexts()).map((t) => t.replace(/\s*\d+\s*$/, '').trim());
/** A step on a rapporteur's page, by the merge it names. */
const mergeStep = (page: Page, from: string, into: string) =>
	page
		.locator('[data-step]')
		.filter({ hasText: new RegExp(`merged “${escape(from)}” into “${escape(into)}”`) });
const objection = (page: Page, sector: string, reason: string) =>
	page.locator('[data-objection]').filter({ hasText: sector }).filter({ hasText: reason });

describe('rapporteurs’ consent', () => {
	it('a rapporteur objects to a merge, the facilitator sees it on the board and keeps the decision', async () => {
		const fac = await facilitator(running.browser, true);
		const base = fac.url();
		await fac.getByRole('button', { name: /Convergence/ }).click();
		await fac.locator('.eventnav .phase', { hasText: 'Convergence' }).waitFor();
		await fac.goto(base + '/themes');
		await fac.getByRole('button', { name: 'Propose themes' }).click();
		await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 60_000 });

		// a theme holding Labour's statements and at least one other sector's, merged into another
		const themes = fac.locator('article.theme');
		let source: Locator | null = null;
		let sectors: string[] = [];
		for (let i = 0; i < (await themes.count()); i++) {
			const named = await sectorsOf(themes.nth(i));
			if (named.includes('Labour') && named.length >= 2) {
				source = themes.nth(i);
				sectors = named;
				break;
			}
		}
		expect(source, 'a proposed theme with Labour and another sector').not.toBeNull();
		const from = await source!.locator('h2').innerText();
		const labels = await fac.locator('article.theme h2').allInnerTexts();
		const into = labels.find((l) => l !== from)!;
		const other = sectors.find((s) => s !== 'Labour')!;
		const untouched = ['Labour', 'Livelihoods', 'Trade', 'Gender', 'Farming', 'Health'].find(
			(s) => !sectors.includes(s)
		);
		await source!.getByText('Rename, merge, move…').click();
		await source!.getByLabel('Merge into').selectOption({ label: into });
		await source!.getByRole('button', { name: 'Merge' }).click();
		await expect.poll(() => fac.locator('article.theme h2').allInnerTexts()).not.toContain(from);

		// Labour's rapporteur on a phone sees the merge that moved their statements, and objects
		const labour = await rapporteur(running.browser, 'Labour', true);
		await labour.getByRole('heading', { name: 'Changes to your statements' }).waitFor();
		const step = mergeStep(labour, from, into);
		await step.waitFor();
		expect(await step.locator('ul.moved li').first().innerText()).toMatch(
			new RegExp(`from “${escape(from)}” to “${escape(into)}”`)
		);
		await expectAccessible(labour);
		const reason = `<b>Deactivation</b> is about due process, not ${into}`;
		await step.getByLabel('Why do you object?').fill(reason);
		await step.getByRole('button', { name: 'Object' }).click();
		await step.getByText("Your objection is on the facilitators' board.").waitFor();
		expect(await step.locator('blockquote.reason').innerText()).toBe(reason);

		// a sector none of whose statements moved is not asked
		if (untouched) {
			const calm = await rapporteur(running.browser, untouched, true);
			expect(await mergeStep(calm, from, into).count()).toBe(0);
			await calm.context().close();
		}

		// the board shows the objection with its sector, its reason (as text) and the step
		await fac.goto(base + '/board');
		const seen = objection(fac, 'Labour', reason);
		await seen.waitFor();
		expect(await seen.innerText()).toContain(`merged “${from}” into “${into}”`);
		await fac.getByRole('heading', { name: /Objections\s+1 open/ }).waitFor();
		await expectAccessible(fac);
		await seen.getByRole('button', { name: 'Keep decision' }).click();
		await fac
			.getByText('Decision kept: the history records that it overrode the objection.')
			.waitFor();
		await seen.waitFor({ state: 'detached' });

		// the history says the decision overrode the objection, beside the merge
		await fac.goto(base + '/themes');
		await fac.locator('details', { hasText: 'History' }).locator('summary').click();
		const entry = fac
			.locator('ol.history > li')
			.filter({ hasText: `merged “${from}” into “${into}”` });
		expect(await entry.innerText()).toMatch(
			new RegExp(`Labour objected: “${escape(reason)}” — kept by .+, overriding the objection`)
		);
		// and the rapporteur's page follows live: the step says it was kept, and takes no new answer
		await step
			.getByText(/kept the decision, overriding your objection\./)
			.waitFor({ timeout: 5000 });
		expect(await step.getByRole('button', { name: 'Object' }).count()).toBe(0);

		// without JavaScript: another sector's rapporteur objects (a reason is required) …
		const plain = await rapporteur(running.browser, other, false);
		const theirs = mergeStep(plain, from, into);
		await theirs.getByRole('button', { name: 'Object' }).click();
		await plain
			.getByText('Say why, in a few words: the facilitators read it on the board.')
			.waitFor();
		const why = `Our ${other} statement lost its meaning in “${into}”`;
		await mergeStep(plain, from, into).getByLabel('Why do you object?').fill(why);
		await mergeStep(plain, from, into).getByRole('button', { name: 'Object' }).click();
		await plain.getByText("Your objection is on the facilitators' board.").waitFor();
		await expectAccessible(plain);

		// … and a facilitator without JavaScript revisits it from the board
		const still = await facilitator(running.browser, false);
		await still.goto(base + '/board');
		await objection(still, other, why).getByRole('button', { name: 'Revisit' }).click();
		await still.getByText('Marked to revisit: the rapporteur sees it.').waitFor();
		expect(await still.locator('[data-objection]').count()).toBe(0);
		await still.goto(base + '/themes');
		await still.locator('details', { hasText: 'History' }).locator('summary').click();
		expect(
			await still
				.locator('ol.history > li')
				.filter({ hasText: `merged “${from}” into “${into}”` })
				.innerText()
		).toMatch(new RegExp(`${escape(other)} objected: “${escape(why)}” — .+ will revisit it`));
		await plain.reload();
		await mergeStep(plain, from, into)
			.getByText(/will revisit this step\./)
			.waitFor();

		for (const p of [fac, labour, plain, still]) await p.context().close();
	});
});
