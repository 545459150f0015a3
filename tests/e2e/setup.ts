/** One built app and one Chromium per test file, started before its tests and stopped after. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../scripts/lib/app-server';
import { context, launch } from '../../scripts/lib/chromium';

/**
 * The running app (started with `env` added) and browser of this file (filled in before the first
 * test). The sentence model is off unless `env` turns it on (CONVERGE_MEANING): embedding the demo's
 * statements takes seconds at the first proposal, which the browser tests of other things need not
 * wait for; meaning.e2e.ts runs the app with it on.
 */
export function useAppAndBrowser(env: Record<string, string> = {}): {
	app: RunningApp;
	browser: Browser;
} {
	const it = {} as { app: RunningApp; browser: Browser };
	beforeAll(async () => {
		it.app = await startApp({ CONVERGE_MEANING: 'off', ...env });
		it.browser = await launch();
	});
	afterAll(async () => {
		await it.browser?.close();
		await it.app?.stop();
	});
	return it;
}

/**
 * A page in a fresh context (its own cookies), signed in through one of the demo's links: the link
 * (a path) opened, its Continue pressed, and the page it leads to (`landing`) reached.
 */
export async function signedIn(
	running: { app: RunningApp; browser: Browser },
	link: string,
	landing: RegExp,
	options: Parameters<typeof context>[1]
): Promise<Page> {
	const page = await (await context(running.browser, options)).newPage();
	await page.goto(running.app.url + link);
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.waitForURL(landing);
	return page;
}
