// A link followed while the page reloads itself in the background lands where it leads. The server
// names a link's route (a round trip after the click) before SvelteKit shows the navigation; a live
// notice that arrives in that time must wait for it instead of cancelling it.
import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { signedIn, useAppAndBrowser } from './setup';
import { LAPTOP, PHONE } from '../../scripts/lib/chromium';

const running = useAppAndBrowser();

describe('following a link', () => {
	it('lands on the page it leads to when a live notice arrives on the way', async () => {
		const links = demoLinks(running.app.output());
		const base = `${running.app.url}/e/bangkok-2019`;
		const fac = await signedIn(running, links.facilitator, /\/facilitate$/, { viewport: LAPTOP });
		await fac.goto(base + '/facilitate/themes');
		// the page listens to the event's notices
		await expect.poll(() => fac.getByTestId('live-status').count()).toBe(1);

		// the server's answer naming the route of "What changed" is held back until released
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		let asked!: () => void;
		const askedForRoute = new Promise<void>((resolve) => (asked = resolve));
		await fac.route(
			(url) => url.pathname.startsWith('/e/bangkok-2019/since/__route'),
			async (route: Route) => {
				asked();
				await released;
				await route.continue();
			}
		);
		const reloads: string[] = [];
		fac.on('request', (r) => {
			if (r.url().includes('/facilitate/themes/__data.json')) reloads.push(r.url());
		});
		await fac.getByRole('link', { name: 'What changed' }).click();
		await askedForRoute;

		// meanwhile a rapporteur adds a statement: every open page hears of it
		const rap = await signedIn(running, links.rapporteur('Labour'), /\/e\/[^/]+\/s\/\d+$/, {
			javaScript: false,
			viewport: PHONE
		});
		await rap.getByLabel('Short title').fill('Gig workers rated by strangers');
		await rap
			.getByLabel('Statement', { exact: true })
			.fill('Delivery riders lose work over ratings they cannot see or contest');
		await rap.getByRole('button', { name: 'Add statement' }).click();
		await rap.getByText('Statement added.').waitFor();
		// past the notice's settling time (250 ms), when a reload would have started
		await fac.waitForTimeout(1500);
		expect(reloads).toEqual([]);
		release();

		// the click is honoured: the page it leads to, then the reload of what changed on it
		await fac.waitForURL(/\/e\/bangkok-2019\/since$/);
		await fac.getByText('No session has been closed yet.').waitFor();
		expect(fac.url()).toBe(base + '/since');
		await expect
			.poll(() => fac.getByTestId('live-status').textContent())
			.toMatch(/^Updated just now/);
	});
});
