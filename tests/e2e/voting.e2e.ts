// A plenary vote: the facilitator opens a round over accepted themes, participants vote on phones
// (without JavaScript too), results stay hidden until the round closes.
import { describe, expect, it } from 'vitest';
import { demoLinks } from './server';
import { useAppAndBrowser } from './setup';
import { context, expectAccessible, PHONE } from './browser';

const running = useAppAndBrowser();

describe('a plenary vote', () => {
	it('runs from opening a round to results per sector', async () => {
		const fctx = await context(running.browser);
		const fac = await fctx.newPage();
		await fac.goto(running.app.url + demoLinks(running.app.output()).facilitator);
		await fac.getByRole('button', { name: 'Continue' }).click();
		await fac.waitForURL(/\/facilitate$/);
		const base = fac.url();
		await fac.goto(base + '/themes');
		await fac.getByRole('button', { name: 'Propose themes' }).click();
		await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 60_000 });
		for (let i = 0; i < 3; i++) {
			await fac.locator('article.theme:has(.status-proposed)').first().getByRole('button', { name: /^Accept/ }).click();
			await expect.poll(() => fac.locator('article.theme:has(.status-accepted)').count()).toBe(i + 1);
		}

		await fac.goto(base + '/rounds');
		await fac.getByLabel('Title of the round').fill('First pass');
		await fac.getByLabel('Approval').check();
		await fac.getByRole('button', { name: 'Create the round' }).click();
		await fac.getByRole('heading', { name: 'First pass' }).waitFor();
		await expectAccessible(fac);
		await fac.getByRole('button', { name: 'Open the vote' }).click();
		await fac.getByRole('button', { name: 'Close the vote' }).waitFor();

		// a participant on a phone without JavaScript joins, declares a sector and votes
		const pctx = await context(running.browser, { javaScript: false, viewport: PHONE });
		const p = await pctx.newPage();
		await p.goto(running.app.url + '/join/' + demoLinks(running.app.output()).joinCode.replace('-', ''));
		await p.getByRole('button', { name: 'Join' }).click();
		await p.getByLabel('The sector you come from').selectOption({ label: 'Farming' });
		await p.getByRole('button', { name: 'Save' }).click();
		await p.getByRole('link', { name: 'Vote' }).click();
		await p.getByRole('heading', { name: 'First pass' }).waitFor();
		await expectAccessible(p);
		const boxes = p.getByRole('checkbox', { name: 'I support this' });
		expect(await boxes.count()).toBe(3);
		await boxes.first().check();
		await p.getByRole('button', { name: 'Cast my ballot' }).click();
		await p.getByText('Your ballot is saved.').first().waitFor();

		// hidden results stay hidden from the participant while the vote is open
		const roundLink = await fac.getByRole('link', { name: 'Results' }).first().getAttribute('href');
		const hidden = await p.goto(running.app.url + roundLink);
		expect(hidden?.status()).toBe(200);
		await p.getByText('The results are hidden until the vote closes.').waitFor();
		expect(await p.locator('table').count()).toBe(0);

		// the facilitator sees the live tally; closing shows everyone the results by sector
		await fac.goto(running.app.url + roundLink);
		await fac.getByText('1 of').waitFor();
		await fac.goto(base + '/rounds');
		await fac.getByRole('button', { name: 'Close the vote' }).click();
		await fac.getByRole('button', { name: 'Close the vote' }).waitFor({ state: 'detached' });
		await p.goto(running.app.url + roundLink);
		const first = p.locator('tbody tr').first();
		expect(await first.innerText()).toMatch(/100%/);
		expect(await first.innerText()).toContain('Farming');
		await expectAccessible(p);

		// the facilitator promotes the top theme to a manifesto pointer, once
		await fac.goto(running.app.url + roundLink);
		await fac.getByLabel('Promote the top').fill('1');
		await fac.getByRole('button', { name: 'Promote to manifesto pointers' }).click();
		await fac.getByText('1 theme promoted to a manifesto pointer.').waitFor();
		expect(await fac.locator('tbody tr').first().innerText()).toContain('in the manifesto');
		await expectAccessible(fac);

		// a closed round takes no more ballots
		await p.goto(running.app.url + '/e/bangkok-2019/vote');
		await p.getByText('No vote is open right now.').waitFor();
		await fctx.close();
		await pctx.close();
	});
});
