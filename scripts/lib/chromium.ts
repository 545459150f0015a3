/** Debian's Chromium driven by playwright-core, for the browser tests, the screenshots and the benchmarks. */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A headless Chromium that reaches nothing but this machine (`args` added to its command line). */
export function launch(args: string[] = []): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		args: [
			...args,
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1366, height: 900 };
export const PROJECTOR = { width: 1920, height: 1080 };

/** A fresh context (its own cookies), with or without JavaScript. */
export function context(
	browser: Browser,
	options: {
		javaScript?: boolean;
		viewport?: { width: number; height: number };
		locale?: string;
	} = {}
): Promise<BrowserContext> {
	return browser.newContext({
		javaScriptEnabled: options.javaScript ?? true,
		viewport: options.viewport ?? LAPTOP,
		locale: options.locale ?? 'en-GB'
	});
}
