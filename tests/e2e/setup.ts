/** One built app and one Chromium per test file, started before its tests and stopped after. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../../scripts/lib/app-server';
import { launch } from '../../scripts/lib/chromium';

/** The running app (started with `env` added) and browser of this file (filled in before the first test). */
export function useAppAndBrowser(env: Record<string, string> = {}): {
	app: RunningApp;
	browser: Browser;
} {
	const it = {} as { app: RunningApp; browser: Browser };
	beforeAll(async () => {
		it.app = await startApp(env);
		it.browser = await launch();
	});
	afterAll(async () => {
		await it.browser?.close();
		await it.app?.stop();
	});
	return it;
}
