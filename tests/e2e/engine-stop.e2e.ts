// A theme-engine run that outlasts its time limit in the built app: the worker thread is ended and
// never handed to another run (the next starts on a new one), nothing is changed, and the
// facilitator is told so, with and without JavaScript. The limit here (20 ms) is far below what
// starting a worker thread takes, so every run on a new worker is stopped; a worker wrongly kept
// from a stopped run would answer the demo's statements within it.
import { describe, expect, it } from 'vitest';
import { demoLinks } from '../../scripts/lib/app-server';
import { signedIn, useAppAndBrowser } from './setup';
import { LAPTOP, PHONE } from '../../scripts/lib/chromium';

const running = useAppAndBrowser({ CONVERGE_ENGINE_TIMEOUT_S: '0.02' });

const lines = (pattern: RegExp) =>
	running.app
		.output()
		.split('\n')
		.filter((l) => pattern.test(l));

describe('a run stopped at its time limit', () => {
	it('says so, changes nothing, and gives the next run a new worker', async () => {
		const links = demoLinks(running.app.output());
		const themesPage = `${running.app.url}/e/bangkok-2019/facilitate/themes`;
		const stopped = /The theme engine took too long and was stopped\. Nothing was changed\./;

		for (const [javaScript, viewport] of [
			[true, LAPTOP],
			[false, PHONE]
		] as const) {
			const page = await signedIn(running, links.facilitator, /\/facilitate$/, {
				javaScript,
				viewport
			});
			await page.goto(themesPage);
			const before = await page.locator('article.theme').count();
			await page.getByRole('button', { name: /^Propose (themes|again)$/ }).click();
			await page.getByText(stopped).waitFor({ timeout: 30_000 });
			await page.goto(themesPage);
			expect(await page.locator('article.theme').count()).toBe(before);
		}

		const runs = lines(/^Proposing themes for \d+ statements on a worker thread/);
		expect(runs).toHaveLength(2);
		for (const run of runs) expect(run).not.toMatch(/kept from an earlier run/);
		expect(lines(/^Themes proposed for/)).toHaveLength(0);
	});
});
