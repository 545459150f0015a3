// A whole plenary: three participants join (one without JavaScript), a dot round and a consent
// round are held, the projector follows live, results show per-sector support, top themes are promoted.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, PHONE, PROJECTOR } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();

async function join(browser: Browser, javaScript: boolean, sector: string): Promise<Page> {
	const ctx = await context(browser, { javaScript, viewport: PHONE });
	const p = await ctx.newPage();
	await p.goto(
		running.app.url + '/join/' + demoLinks(running.app.output()).joinCode.replace('-', '')
	);
	await p.getByRole('button', { name: 'Join' }).click();
	await p.getByLabel('The sector you come from').selectOption({ label: sector });
	await p.getByRole('button', { name: 'Save' }).click();
	await p.getByText('Thank you, saved.').waitFor();
	return p;
}

async function createAndOpen(
	fac: Page,
	base: string,
	title: string,
	method: 'Dot voting' | 'Consent scale'
) {
	await fac.goto(base + '/rounds');
	await fac.getByLabel('Title of the round').fill(title);
	await fac.getByLabel(method).check();
	await fac.getByRole('button', { name: 'Create the round' }).click();
	const card = fac.locator('li.card', { hasText: title });
	await card.getByRole('button', { name: 'Open the vote' }).click();
	await card.getByRole('button', { name: 'Close the vote' }).waitFor();
	return (await card.getByRole('link', { name: 'Results' }).getAttribute('href'))!;
}

async function close(fac: Page, base: string, title: string) {
	await fac.goto(base + '/rounds');
	const card = fac.locator('li.card', { hasText: title });
	await card.getByRole('button', { name: 'Close the vote' }).click();
	await card.getByRole('button', { name: 'Close the vote' }).waitFor({ state: 'detached' });
}

describe('a plenary vote', () => {
	it('runs a dot round and a consent round, live on the projector, to promoted pointers', async () => {
		const fctx = await context(running.browser, { viewport: PROJECTOR });
		const fac = await fctx.newPage();
		await fac.goto(running.app.url + demoLinks(running.app.output()).facilitator);
		await fac.getByRole('button', { name: 'Continue' }).click();
		await fac.waitForURL(/\/facilitate$/);
		const base = fac.url();
		await fac.goto(base + '/themes');
		await fac.getByRole('button', { name: 'Propose themes' }).click();
		await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 60_000 });
		for (let i = 0; i < 3; i++) {
			await fac
				.locator('article.theme:has(.status-proposed)')
				.first()
				.getByRole('button', { name: /^Accept/ })
				.click();
			await expect
				.poll(() => fac.locator('article.theme:has(.status-accepted)').count())
				.toBe(i + 1);
		}

		const plain = await join(running.browser, false, 'Farming');
		const a = await join(running.browser, true, 'Labour');
		const b = await join(running.browser, true, 'Labour');

		// round 1: dots, with the projector following the turnout live
		const dots = await createAndOpen(fac, base, 'Dots: which themes first?', 'Dot voting');
		await expectAccessible(fac);
		const projector = await fctx.newPage();
		await projector.goto(running.app.url + dots + '?projector');
		await projector.getByText('0 of').waitFor();
		for (const [p, spread] of [
			[plain, [3, 2, 0]],
			[a, [0, 3, 2]],
			[b, [1, 1, 3]]
		] as const) {
			await p.goto(running.app.url + '/e/bangkok-2019/vote');
			const inputs = p.getByRole('spinbutton', { name: 'Dots' });
			for (let i = 0; i < 3; i++) await inputs.nth(i).fill(String(spread[i]));
			await p.getByRole('button', { name: 'Cast my ballot' }).click();
			await p.getByText('Your ballot is saved.').first().waitFor();
		}
		await expectAccessible(plain);
		// over budget is refused whole, and says why
		await plain.getByRole('spinbutton', { name: 'Dots' }).nth(2).fill('3');
		await plain.getByRole('button', { name: 'Change my ballot' }).click();
		await plain.getByText(/You used more dots than you have/).waitFor();
		// the projector shows the three ballots without a reload, and no tally: the results are hidden
		await projector.getByText(/^3 of \d+ have voted$/).waitFor({ timeout: 5000 });
		const hidden = projector.getByText('The results are hidden until the vote closes.');
		await hidden.waitFor();
		// the facilitator records a fourth ballot for someone without a phone
		await fac.goto(base + '/rounds');
		await fac.getByRole('link', { name: 'Record a ballot for someone' }).click();
		await fac.getByLabel('The sector you come from').selectOption({ label: 'Health' });
		await fac.getByRole('spinbutton', { name: 'Dots' }).first().fill('2');
		await fac.getByRole('button', { name: 'Record this ballot' }).click();
		await fac.getByText('Ballot recorded.').waitFor();
		await projector.getByText(/^4 of \d+ have voted$/).waitFor({ timeout: 5000 });
		// two tabs racing to change the same person's ballot leave one ballot, not two
		await a.goto(running.app.url + '/e/bangkok-2019/vote');
		const round = await a.locator('input[name=round]').inputValue();
		const field = await a.getByRole('spinbutton', { name: 'Dots' }).first().getAttribute('name');
		const race = await Promise.all(
			['1', '2'].map((v) =>
				a.request.post(running.app.url + '/e/bangkok-2019/vote', {
					form: { round, [field!]: v },
					headers: { origin: running.app.url, 'x-sveltekit-action': 'true' }
				})
			)
		);
		for (const r of race) expect(await r.json()).toMatchObject({ type: 'success' });
		await projector.reload();
		await projector.getByText(/^4 of \d+ have voted$/).waitFor({ timeout: 5000 });
		await close(fac, base, 'Dots: which themes first?');
		// the facilitator's projector shows the tally only once the vote is closed
		await hidden.waitFor({ state: 'detached', timeout: 5000 });

		// round 2: consent; a small sector blocks a theme two Labour voters endorse
		const consent = await createAndOpen(
			fac,
			base,
			'Consent on the leading themes',
			'Consent scale'
		);
		for (const [p, level] of [
			[a, '1'],
			[b, '1'],
			[plain, '5']
		] as const) {
			await p.goto(running.app.url + '/e/bangkok-2019/vote');
			await p
				.getByRole('radio', { name: level === '5' ? '5. Block' : '1. Whole-hearted endorsement' })
				.first()
				.check();
			if (level === '5')
				await p
					.getByLabel('Reason for a block (optional, one line)')
					.first()
					.fill('Small farmers were not heard');
			await p.getByRole('button', { name: 'Cast my ballot' }).click();
			await p.getByText('Your ballot is saved.').first().waitFor();
		}
		await close(fac, base, 'Consent on the leading themes');
		await plain.goto(running.app.url + consent);
		const blocked = plain.locator('tbody tr', { hasText: 'Small farmers were not heard' });
		expect(await blocked.innerText()).toContain('Farming');
		await expectAccessible(plain);

		// results per sector, then promotion of the dot round's top two
		await fac.goto(running.app.url + dots);
		expect(await fac.locator('tbody').innerText()).toMatch(/Labour|Farming/);
		await fac.getByLabel('Promote the top').fill('2');
		await fac.getByRole('button', { name: 'Promote to manifesto pointers' }).click();
		await fac.getByText(/themes? promoted to manifesto pointers?\./).waitFor();
		expect(await fac.getByText('in the manifesto').count()).toBeGreaterThanOrEqual(2);
		await plain.goto(running.app.url + '/e/bangkok-2019/vote');
		await plain.getByText('No vote is open right now.').waitFor();
		await fctx.close();
	}, 180_000);
});
