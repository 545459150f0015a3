// Guessing doors: a device that tries wrong join codes or links is held back after ten in a
// minute, with a message that says when to try again; right codes never count against anyone.
// (Its own app: the lock-out holds for the whole address the tests come from.)
import { describe, expect, it } from 'vitest';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, PHONE } from '../../scripts/lib/chromium';

const running = useAppAndBrowser();

// (signing out first: the guessing test below locks this address out)
describe('signing out', () => {
	for (const javaScript of [false, true])
		it(`ends the session on the server, and the link lets the person back in (${javaScript ? 'with' : 'without'} JavaScript)`, async () => {
			const links = demoLinks(running.app.output());
			const ctx = await context(running.browser, { javaScript, viewport: PHONE });
			const page = await ctx.newPage();
			await page.goto(running.app.url + links.rapporteur('Media'));
			await page.getByRole('button', { name: 'Continue' }).click();
			await page.waitForURL(/\/s\/\d+$/);
			const sector = page.url();
			const [cookie] = (await ctx.cookies()).filter((c) => c.name !== 'PARAGLIDE_LOCALE');
			await page.getByRole('button', { name: 'Sign out' }).click();
			await page.getByText('You are signed out of the event on this device.').waitFor();
			expect((await page.goto(sector))?.status()).toBe(401);
			// the old cookie, kept by someone, opens nothing either: the session ended on the server
			const other = await context(running.browser, { javaScript: false });
			await other.addCookies([{ ...cookie }]);
			expect((await (await other.newPage()).goto(sector))?.status()).toBe(401);
			await page.goto(running.app.url + links.rapporteur('Media'));
			await page.getByRole('button', { name: 'Continue' }).click();
			await page.waitForURL(/\/s\/\d+$/);
			await ctx.close();
			await other.close();
		});
});

describe('join codes and links', () => {
	it('hold back a device that guesses, and never one that knows', async () => {
		const links = demoLinks(running.app.output());
		const code = links.joinCode.replace('-', '');
		const page = await (await context(running.browser, { viewport: PHONE })).newPage();

		// a room joining: far more right codes than the limit, all welcome
		for (let i = 0; i < 15; i++)
			expect((await page.goto(`${running.app.url}/join/${code}`))?.status()).toBe(200);

		// ten wrong codes and links: each says it is unknown
		const wrong = (i: number) => `${running.app.url}/join/ZZZZ${String(i).padStart(2, '0')}`;
		for (let i = 0; i < 8; i++) expect((await page.goto(wrong(i)))?.status()).toBe(404);
		for (const token of ['not-a-link', 'still-not-a-link'])
			expect((await page.goto(`${running.app.url}/k/${token}`))?.status()).toBe(404);

		// the eleventh try, right or wrong, waits, and the page says for how long
		const held = await page.goto(wrong(99));
		expect(held?.status()).toBe(429);
		expect(Number(held?.headers()['retry-after'])).toBeGreaterThan(0);
		expect(Number(held?.headers()['retry-after'])).toBeLessThanOrEqual(60);
		await page
			.getByText(/Too many wrong codes or links from this device\. Try again in \d+ seconds?\./)
			.waitFor();
		expect((await page.goto(`${running.app.url}/join/${code}`))?.status()).toBe(429);
		expect((await page.goto(running.app.url + links.rapporteur('Labour')))?.status()).toBe(429);
	});
});
