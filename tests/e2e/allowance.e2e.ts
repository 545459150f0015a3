// How much one device may send: every write counts against its session and its address, and past
// the allowance it is refused unread with when to try again, nothing saved; a session may hold a
// few live streams, not thousands. (Its own app, started with small allowances to reach them.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLinks, startApp, type RunningApp } from '../../scripts/lib/app-server';
import { context, launch, PHONE } from '../../scripts/lib/chromium';
import type { Browser } from 'playwright-core';
import { LIVE_PER_SESSION } from '../../src/lib/server/live-caps';

const PER_SESSION = 4;
const PER_ADDRESS = 12;
let app: RunningApp;
let browser: Browser;
/** a rapporteur's session, opened before this address spends its allowance */
let listenerCookie = '';
beforeAll(async () => {
	app = await startApp({
		CONVERGE_POSTS_PER_SESSION: String(PER_SESSION),
		CONVERGE_POSTS_PER_ADDRESS: String(PER_ADDRESS)
	});
	browser = await launch();
	listenerCookie = await signIn(demoLinks(app.output()).rapporteur('Health'));
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

/** Opens a link as a new device; returns its session cookie. */
async function signIn(path: string): Promise<string> {
	const res = await fetch(app.url + path, {
		method: 'POST',
		headers: { origin: app.url, 'content-type': 'application/x-www-form-urlencoded' },
		body: '',
		redirect: 'manual'
	});
	const cookie = res.headers.getSetCookie().find((c) => !c.startsWith('PARAGLIDE'));
	expect(cookie, `no session from ${path}: ${res.status}`).toBeTruthy();
	return cookie!.split(';')[0];
}

const themeNames = async (cookie: string) => {
	const res = await fetch(`${app.url}/e/bangkok-2019/facilitate/themes`, { headers: { cookie } });
	return await res.text();
};

describe('writes per session and per address', () => {
	it('refuses the write past a session’s allowance, saying when to try again, and saves nothing of it', async () => {
		const links = demoLinks(app.output());
		const cookie = await signIn(links.facilitator);
		const create = (label: string, enhanced: boolean) =>
			fetch(`${app.url}/e/bangkok-2019/facilitate/themes?/create`, {
				method: 'POST',
				headers: {
					cookie,
					origin: app.url,
					'content-type': 'application/x-www-form-urlencoded',
					...(enhanced ? { 'x-sveltekit-action': 'true', accept: 'application/json' } : {})
				},
				body: new URLSearchParams({ label }).toString(),
				redirect: 'manual'
			});
		// (the sign-in came before the session: it counts against the address only)
		for (let i = 1; i <= PER_SESSION; i++)
			expect((await create(`Allowed theme ${i}`, true)).status).toBe(200);
		const refused = await create('One theme too many', true);
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
		const body = (await refused.json()) as { type: string; error: { message: string } };
		expect(body.type).toBe('error');
		expect(body.error.message).toMatch(
			/^Too much sent from this device in a short time\. Nothing of this was saved: try again in \d+ seconds?\.$/
		);
		// a form without JavaScript gets the message as the page
		const plain = await create('Another one too many', false);
		expect(plain.status).toBe(429);
		expect(await plain.text()).toMatch(/Too much sent from this device/);
		// reading is not writing: the page still opens, with the allowed themes and not the refused ones
		const page = await themeNames(cookie);
		expect(page).toContain('Allowed theme 1');
		expect(page).not.toContain('One theme too many');
		expect(page).not.toContain('Another one too many');
		// someone else on the same address still gets in
		await signIn(links.rapporteur('Media'));
	});

	it('shows the refusal on the page of an enhanced form in the browser', async () => {
		const links = demoLinks(app.output());
		const ctx = await context(browser, { viewport: PHONE });
		const page = await ctx.newPage();
		await page.goto(app.url + links.rapporteur('Labour'));
		// spend what is left of this address's allowance: the browser's Continue is then refused
		let status = 0;
		for (let i = 0; i <= PER_ADDRESS && status !== 429; i++)
			status = (
				await fetch(app.url + links.rapporteur('Education'), {
					method: 'POST',
					headers: { origin: app.url, 'content-type': 'application/x-www-form-urlencoded' },
					body: '',
					redirect: 'manual'
				})
			).status;
		expect(status).toBe(429);
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.getByText(/Too much sent from this device in a short time/).waitFor();
		await ctx.close();
	});
});

describe('live streams', () => {
	it(`lets one session hold ${LIVE_PER_SESSION} streams and refuses the next, plainly`, async () => {
		const opened: AbortController[] = [];
		const cookie = listenerCookie;
		for (let i = 0; i < LIVE_PER_SESSION; i++) {
			const abort = new AbortController();
			const res = await fetch(`${app.url}/e/bangkok-2019/live`, {
				headers: { cookie, accept: 'text/event-stream' },
				signal: abort.signal
			});
			expect(res.status).toBe(200);
			opened.push(abort);
		}
		const over = await fetch(`${app.url}/e/bangkok-2019/live`, {
			headers: { cookie, accept: 'text/event-stream' }
		});
		expect(over.status).toBe(429);
		expect(await over.text()).toMatch(/too many live pages open/);
		// closing one gives its place back
		opened.shift()!.abort();
		await expect
			.poll(
				async () => {
					const abort = new AbortController();
					const res = await fetch(`${app.url}/e/bangkok-2019/live`, {
						headers: { cookie, accept: 'text/event-stream' },
						signal: abort.signal
					});
					if (res.status === 200) opened.push(abort);
					else await res.text();
					return res.status;
				},
				{ timeout: 10_000 }
			)
			.toBe(200);
		for (const a of opened) a.abort();
	});
});
