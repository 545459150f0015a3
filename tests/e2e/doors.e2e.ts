// Guessing doors: a device that tries wrong join codes or links is held back after ten in a
// minute, with a message that says when to try again; right codes never count against anyone.
// (Its own app: the lock-out holds for the whole address the tests come from.)
import { describe, expect, it } from 'vitest';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, PHONE } from '../../scripts/lib/chromium';

const running = useAppAndBrowser();

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
