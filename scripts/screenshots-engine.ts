// `npx tsx scripts/screenshots-engine.ts [outdir]`: the themes page while the engine is busy with
// other events (waiting, its place in line; with and without JavaScript), after a cancel, and once
// the proposal is done, against a fresh build on a throwaway database (run `npx vite build` first).
// Events of 1,500 statements (../shared/data/argkp-dev.jsonl) are written into it; three ask for
// themes over HTTP, then a fourth's facilitator does in Chromium. For looking, not testing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startApp } from './lib/app-server';
import { context, launch, LAPTOP } from './lib/chromium';
import { Client } from './lib/bench-vote-http';
import { argumentTexts, eventWithStatements, facilitatorSession } from './lib/event-fixture';

const outDir = process.argv[2] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });
// with meaning (up to 2,000 statements) each event's first run embeds its statements, about half a
// minute for 1,500: enough work queued ahead that the fourth event's request, which waits ten
// seconds for its run, comes back with its place in line (by words the runs end within that)
const lines = argumentTexts(1500);
const OTHERS = 3;

const app = await startApp({ CONVERGE_DEMO: '0', CONVERGE_MEANING: 'on' });
const browser = await launch();
const client = new Client(app.url, 8);
try {
	for (const javaScript of [false, true]) {
		const others = Array.from({ length: OTHERS }, (_, n) =>
			eventWithStatements(app, `Other event ${n + 1}`, lines)
		);
		const mine = eventWithStatements(app, 'My event', lines);
		const fac = await (await context(browser, { javaScript, viewport: LAPTOP })).newPage();
		await fac.goto(app.url + mine.facilitatorPath);
		await fac.getByRole('button', { name: 'Continue' }).click();
		await fac.waitForURL(/\/facilitate$/);
		// the other events ask first
		for (const o of others) {
			const token = await facilitatorSession(client, o.facilitatorPath);
			void client.send('POST', `/e/${o.slug}/facilitate/themes?/propose`, {
				token,
				action: true,
				form: new URLSearchParams(),
				timeoutMs: 600_000
			});
		}
		await fac.goto(`${app.url}/e/${mine.slug}/facilitate/themes`);
		await fac.getByRole('button', { name: 'Propose themes' }).click();
		const run = fac.getByTestId('engine-run');
		await run.waitFor({ timeout: 60_000 });
		const tag = javaScript ? 'js' : 'nojs';
		console.log(`${tag}: ${(await run.innerText()).replace(/\s+/g, ' ')}`);
		await fac.screenshot({ path: join(outDir, `engine-waiting-${tag}.png`) });
		if (!javaScript) {
			await fac.getByRole('button', { name: 'Cancel proposing' }).click();
			await fac.getByTestId('engine-stopped').waitFor();
			console.log(`${tag}: ${await fac.getByTestId('engine-stopped').innerText()}`);
			await fac.screenshot({ path: join(outDir, `engine-cancelled-${tag}.png`) });
		} else {
			await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 300_000 });
			console.log(`${tag}: ${await fac.getByText(/\d+ themes proposed\./).innerText()}`);
		}
	}
} finally {
	client.close();
	await browser.close();
	await app.stop();
}
