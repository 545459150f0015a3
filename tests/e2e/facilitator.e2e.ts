// A facilitator sets up an event from scratch and hands a rapporteur their link; roles hold on the server.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, PHONE } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();

for (const javaScript of [true, false]) {
	describe(`a facilitator ${javaScript ? 'with' : 'without'} JavaScript`, () => {
		let ctx: BrowserContext;
		let page: Page;
		let base: string;
		const name = `Regional convening ${javaScript ? 'A' : 'B'}`;

		beforeAll(async () => {
			ctx = await context(running.browser, { javaScript });
			page = await ctx.newPage();
		});
		afterAll(async () => ctx?.close());

		it('refuses an event without a name, keeping the other fields', async () => {
			await page.goto(running.app.url + '/');
			await expectAccessible(page);
			await page.getByLabel('Place').fill('Nairobi');
			// spaces get past the browser's own check; the server must catch them
			await page.getByLabel('Event name').fill('   ');
			await page.getByRole('button', { name: 'Create the event' }).click();
			await page.getByText('This cannot be empty.').waitFor();
			expect(await page.getByLabel('Place').inputValue()).toBe('Nairobi');
		});

		it('creates an event and becomes its facilitator', async () => {
			await page.getByLabel('Event name').fill(name);
			await page.getByLabel('Starts').fill('2027-03-01');
			await page.getByLabel('Ends').fill('2027-03-03');
			await page.getByLabel(/The eleven sectors of the digital justice workshop/).check();
			await page.getByRole('button', { name: 'Create the event' }).click();
			await page.waitForURL(/\/facilitate\?created=1$/);
			await page.getByRole('heading', { name: 'Your event is ready' }).waitFor();
			expect(await page.locator('.created code').innerText()).toMatch(/\/k\/[A-Za-z0-9_-]{22}$/);
			base = new URL(page.url()).pathname.replace(/\/facilitate$/, '');
			await expectAccessible(page);
			const sectors = await page.locator('tbody th[scope=row]').allInnerTexts();
			expect(sectors).toEqual([
				'Labour',
				'Livelihoods',
				'Trade',
				'Gender',
				'Farming',
				'Health',
				'Education',
				'Environment',
				'Peace',
				'Media',
				'Democracy'
			]);
		});

		it('edits the sectors', async () => {
			await page.goto(running.app.url + base + '/facilitate/settings');
			await expectAccessible(page);
			await page.getByLabel('New sector name').fill('Digital rights');
			await page.getByRole('button', { name: 'Add sector' }).click();
			await page.getByText('Sector Digital rights added').waitFor();
			await page.getByLabel('Name of Peace').fill('Peace and security');
			await page
				.locator('li', { has: page.getByLabel('Name of Peace') })
				.getByRole('button', { name: 'Save' })
				.click();
			await expect.poll(() => page.getByLabel('Name of Peace and security').count()).toBe(1);
			await page.getByRole('button', { name: 'Remove Livelihoods' }).click();
			await expect.poll(() => page.getByLabel('Name of Livelihoods').count()).toBe(0);
		});

		it('moves the event into the breakouts', async () => {
			await page.goto(running.app.url + base + '/facilitate');
			await page.getByRole('button', { name: /Breakouts/ }).click();
			await page.getByText('Rapporteurs can write now.').waitFor();
			expect(await page.locator('.eventnav .phase').innerText()).toBe('Breakouts');
		});

		it('hands the Gender rapporteur a link that opens their sector and nothing else', async () => {
			await page.goto(running.app.url + base + '/facilitate/links');
			await expectAccessible(page);
			expect(await page.locator('.join .code').innerText()).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
			const link = await page
				.getByRole('textbox', { name: 'Rapporteur link for Gender' })
				.inputValue();
			const phone = await context(running.browser, { javaScript, viewport: PHONE });
			const rp = await phone.newPage();
			await rp.goto(link);
			await rp
				.getByText('This link lets you write the issue statements of the Gender sector.')
				.waitFor();
			await rp.getByRole('button', { name: 'Continue' }).click();
			await rp.waitForURL(/\/s\/\d+$/);
			expect(await rp.locator('h1').innerText()).toBe('Gender');
			await rp
				.getByLabel('Statement', { exact: true })
				.fill('Online harassment drives women organisers off social media platforms');
			await rp.getByRole('button', { name: 'Add statement' }).click();
			await rp.getByText('Statement added.').waitFor();
			// no facilitator page for a rapporteur, however it is reached
			const res = await rp.goto(running.app.url + base + '/facilitate/links');
			expect(res?.status()).toBe(403);
			await rp.getByText('Your link does not allow this.').waitFor();

			// the facilitator sees it among all statements, and can filter to it
			await page.goto(running.app.url + base + '/facilitate/statements?q=harassment');
			expect(await page.locator('ol.list > li').count()).toBe(1);

			// revoking the link cuts the rapporteur off at once
			await page.goto(running.app.url + base + '/facilitate/links');
			await page
				.locator('section.sector', { hasText: 'Gender' })
				.getByRole('button', { name: /Revoke/ })
				.click();
			await page.getByText('Link revoked').waitFor();
			const cut = await rp.goto(running.app.url + base);
			expect(cut?.status()).toBe(403);
			await rp.getByText('This link was revoked by the facilitator').waitFor();
			await phone.close();
		});

		it('prints link cards with a QR code per sector', async () => {
			await page.goto(running.app.url + base + '/facilitate/links/cards');
			await expectAccessible(page);
			const cards = page.locator('article.card-print');
			// eleven sectors after the edits (one added, one removed), plus the card for everyone
			expect(await cards.count()).toBe(12);
			expect(await cards.first().locator('img').getAttribute('src')).toMatch(
				/^data:image\/png;base64,/
			);
		});

		it('lets no browser or proxy keep a page that shows a secret', async () => {
			for (const path of ['/facilitate', '/facilitate/links', '/facilitate/links/cards']) {
				const reply = await page.request.get(running.app.url + base + path);
				expect(reply.status()).toBe(200);
				expect(reply.headers()['cache-control']).toBe('private, no-store');
			}
		});
	});
}

describe('people without the right link', () => {
	it('a participant who joined by code cannot open a sector page or write', async () => {
		const ctx = await context(running.browser, { javaScript: false, viewport: PHONE });
		const page = await ctx.newPage();
		const code = demoLinks(running.app.output()).joinCode;
		await page.goto(running.app.url + '/');
		await page.getByLabel('Join code').fill(code.toLowerCase());
		await page.getByRole('button', { name: 'Join' }).click();
		await page.waitForURL(/\/join\/[A-Z0-9]{6}$/);
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Join' }).click();
		await page.waitForURL(/\/e\/bangkok-2019$/);
		await page.getByRole('heading', { name: 'About you' }).waitFor();
		await expectAccessible(page);
		const res = await page.goto(running.app.url + '/e/bangkok-2019/s/1');
		expect(res?.status()).toBe(403);
		// a forged form post is refused by the server too
		const post = await page.request.post(running.app.url + '/e/bangkok-2019/s/1?/add', {
			form: { text: 'A participant trying to write a statement' },
			headers: { origin: running.app.url }
		});
		expect(await post.json()).toMatchObject({ type: 'failure', status: 403 });
		expect(
			await page.request.get(running.app.url + '/e/bangkok-2019/s/1').then((r) => r.status())
		).toBe(403);
		await ctx.close();
	});

	it('an unknown link or join code gets a clear message', async () => {
		const ctx = await context(running.browser);
		const page = await ctx.newPage();
		expect((await page.goto(running.app.url + '/k/NotARealLinkAtAll1234'))?.status()).toBe(404);
		await page.getByText('This link or code does not exist').waitFor();
		await expectAccessible(page);
		await page.goto(running.app.url + '/join');
		await page.getByLabel('Join code').fill('12');
		await page.getByRole('button', { name: 'Join' }).click();
		await page.getByText('That code does not look right').waitFor();
		await ctx.close();
	});

	it('a body over the size limit is refused with a message and stores nothing', async () => {
		const ctx = await context(running.browser);
		const page = await ctx.newPage();
		await page.goto(running.app.url + demoLinks(running.app.output()).rapporteur('Media'));
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.waitForURL(/\/s\/\d+$/);
		const before = await page.locator('ol.list > li').count();
		const res = await page.request.post(page.url() + '?/add', {
			multipart: { text: 'x'.repeat(1_200_000) },
			headers: { origin: running.app.url, 'x-sveltekit-action': 'true' }
		});
		const body = await res.json();
		expect(body).toMatchObject({ type: 'failure', status: 413 });
		expect(body.data).toContain('What you sent is too large');
		await page.reload();
		expect(await page.locator('ol.list > li').count()).toBe(before);

		// the health check answers (for a supervisor), and is never cached
		const health = await page.request.get(running.app.url + '/healthz');
		expect(health.status()).toBe(200);
		expect(await health.json()).toEqual({ status: 'ok' });
		expect(health.headers()['cache-control']).toBe('no-store');

		// on a kept-alive connection, the refused body is received and dropped, and the next request
		// on the same connection is answered rather than left waiting behind it
		const cookie = (await ctx.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
		const url = new URL(page.url());
		const reply = await rawExchange(
			url.port,
			`POST ${url.pathname}?/add HTTP/1.1\r\nHost: ${url.host}\r\nOrigin: ${url.origin}\r\n` +
				`Cookie: ${cookie}\r\nConnection: keep-alive\r\n` +
				`Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1200000\r\n\r\n` +
				'text=' +
				'x'.repeat(1_199_995) +
				`GET / HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`
		);
		expect(reply.text).toContain('What you sent is too large');
		expect(reply.text.match(/^HTTP\/1\.1 \d{3}/gm)).toEqual(['HTTP/1.1 413', 'HTTP/1.1 200']);
		await ctx.close();
	});
});

/** Sends raw bytes on one connection; what came back by the time the server closed it (or 10 s passed). */
function rawExchange(port: string, bytes: string): Promise<{ text: string; closed: boolean }> {
	return new Promise((resolve, reject) => {
		const socket = connect(Number(port), '127.0.0.1');
		let text = '';
		const timer = setTimeout(() => (socket.destroy(), resolve({ text, closed: false })), 10_000);
		socket.on('data', (d) => (text += d.toString('latin1')));
		socket.on('error', reject);
		socket.on('close', () => (clearTimeout(timer), resolve({ text, closed: true })));
		socket.write(bytes);
	});
}

describe('phases and restoring', () => {
	it('closes submissions outside the breakouts, reopens them, and restores a withdrawn statement', async () => {
		const ctx = await context(running.browser, { javaScript: false });
		const fac = await ctx.newPage();
		await fac.goto(running.app.url + demoLinks(running.app.output()).facilitator);
		await fac.getByRole('button', { name: 'Continue' }).click();
		await fac.waitForURL(/\/facilitate$/);
		const rctx = await context(running.browser, { viewport: PHONE });
		const rap = await rctx.newPage();
		await rap.goto(running.app.url + demoLinks(running.app.output()).rapporteur('Peace'));
		await rap.getByRole('button', { name: 'Continue' }).click();
		await rap.waitForURL(/\/s\/\d+$/);
		const sectorUrl = rap.url();

		// the rapporteur withdraws one of their statements during the breakouts
		const withdrawnText = await rap.locator('ol.list > li').first().locator('.text').innerText();
		await rap
			.locator('ol.list > li')
			.first()
			.getByRole('button', { name: /^Withdraw/ })
			.click();
		await expect.poll(() => rap.locator('ol.list').innerText()).not.toContain(withdrawnText);

		await fac.getByRole('button', { name: /Convergence/ }).click();
		await fac.getByText('Rapporteurs cannot write now.').waitFor();
		await rap.goto(sectorUrl);
		await rap
			.getByText(/Statements cannot be added or changed now: the event is in the Convergence phase/)
			.waitFor();
		expect(await rap.getByRole('button', { name: 'Add statement' }).count()).toBe(0);
		const forged = await rap.request.post(sectorUrl + '?/add', {
			form: { text: 'Written after the breakouts closed' },
			headers: { origin: running.app.url }
		});
		expect(await forged.json()).toMatchObject({ type: 'failure', status: 409 });

		await fac.getByRole('button', { name: 'Reopen submissions' }).click();
		await fac.getByText('Rapporteurs can write now.').waitFor();
		await rap.goto(sectorUrl);
		await rap.getByRole('button', { name: 'Add statement' }).waitFor();

		// the facilitator finds the withdrawn statement and restores it
		await fac.goto(running.app.url + '/e/bangkok-2019/facilitate/statements?status=withdrawn');
		await expectAccessible(fac);
		const item = fac.locator('ol.list > li', { hasText: withdrawnText });
		await item.getByRole('button', { name: 'Restore' }).click();
		await fac.getByText('Statement restored.').waitFor();
		await rap.goto(sectorUrl);
		expect(await rap.locator('ol.list').innerText()).toContain(withdrawnText);
		await fac.goto(running.app.url + '/e/bangkok-2019/facilitate');
		await fac.getByRole('button', { name: /Breakouts/ }).click();
		await ctx.close();
		await rctx.close();
	});
});

describe('live updates', () => {
	it('shows a rapporteur’s new statement on the facilitator’s open page within a second or two, without a reload', async () => {
		const fctx = await context(running.browser);
		const fac = await fctx.newPage();
		await fac.goto(running.app.url + demoLinks(running.app.output()).facilitator);
		await fac.getByRole('button', { name: 'Continue' }).click();
		await fac.waitForURL(/\/facilitate$/);
		await fac.goto(
			running.app.url + '/e/bangkok-2019/facilitate/statements?q=cooperative+broadband'
		);
		expect(await fac.locator('ol.list > li').count()).toBe(0);
		let reloaded = false;
		fac.on('framenavigated', () => (reloaded = true));

		const rctx = await context(running.browser, { viewport: PHONE });
		const rap = await rctx.newPage();
		await rap.goto(running.app.url + demoLinks(running.app.output()).rapporteur('Education'));
		await rap.getByRole('button', { name: 'Continue' }).click();
		await rap.waitForURL(/\/s\/\d+$/);
		await rap
			.getByLabel('Statement', { exact: true })
			.fill('Schools in villages need cooperative broadband they own');
		await rap.getByRole('button', { name: 'Add statement' }).click();
		await rap.getByText('Statement added.').waitFor();

		await fac
			.locator('ol.list > li', { hasText: 'cooperative broadband they own' })
			.waitFor({ timeout: 5000 });
		expect(reloaded).toBe(false);
		await fctx.close();
		await rctx.close();
	});
});
