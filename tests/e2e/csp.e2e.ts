// The content-security policy holds with the app's own code: walking every kind of page as each
// role, with JavaScript, the browser reports no violation (a library probing for eval, an inline
// script or style the policy forbids, a request to another origin), so a real one would stand out.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, PHONE, PROJECTOR } from '../../scripts/lib/chromium';

const running = useAppAndBrowser();

/** Records every violation the page reports, from before its first script runs. */
async function watched(ctx: BrowserContext): Promise<{ page: Page; violations: string[] }> {
	const violations: string[] = [];
	await ctx.exposeFunction('__cspViolation', (v: string) => violations.push(v));
	await ctx.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __cspViolation(v: string): void }).__cspViolation(
				`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`
			)
		);
	});
	const page = await ctx.newPage();
	page.on('console', (msg) => {
		if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
	});
	return { page, violations };
}

async function visit(page: Page, url: string) {
	const res = await page.goto(url);
	expect(res?.status(), url).toBeLessThan(400);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// let lazy parts (charts, the board's layout) load and run
	await page.waitForLoadState('networkidle');
}

describe('content-security policy', () => {
	it('sees no violation on any page of the facilitator, the rapporteur and a participant', async () => {
		const app = running.app;
		const links = demoLinks(app.output());
		const base = `${app.url}/e/bangkok-2019`;

		const fac = await watched(await context(running.browser, { viewport: PROJECTOR }));
		await fac.page.goto(app.url + links.facilitator);
		await fac.page.getByRole('button', { name: 'Continue' }).click();
		await fac.page.waitForURL(/\/facilitate/);
		for (const path of [
			'',
			'/facilitate',
			'/facilitate/statements',
			'/facilitate/themes',
			'/facilitate/board',
			'/facilitate/coverage',
			'/facilitate/rounds',
			'/facilitate/manifesto',
			'/facilitate/links',
			'/facilitate/settings',
			'/facilitate/present',
			'/manifesto',
			'/papers/1',
			'/since',
			'/projector',
			'/present'
		])
			await visit(fac.page, base + path);

		const rap = await watched(await context(running.browser, { viewport: PHONE }));
		await rap.page.goto(app.url + links.rapporteur('Media'));
		await rap.page.getByRole('button', { name: 'Continue' }).click();
		await rap.page.waitForURL(/\/s\/\d+$/);
		await visit(rap.page, rap.page.url());

		const person = await watched(await context(running.browser, { viewport: PHONE }));
		await visit(person.page, app.url + '/');
		await visit(person.page, `${app.url}/join`);
		await person.page.goto(`${app.url}/join/${links.joinCode.replace('-', '')}`);
		await person.page.getByRole('button', { name: /Join/ }).click();
		await person.page.waitForURL(/\/e\/bangkok-2019/);
		for (const path of ['', '/vote']) await visit(person.page, base + path);

		expect([...fac.violations, ...rap.violations, ...person.violations]).toEqual([]);
	});
});
