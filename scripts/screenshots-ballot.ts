// `npx tsx scripts/screenshots-ballot.ts [outdir]`: the phone's ballot (390 × 844) in a dot, an
// approval and a consent round on the demo event, against a fresh build on a throwaway database
// (run `npx vite build` first). For looking, not testing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp, demoLinks } from './lib/app-server';
import { context, launch, PHONE, PROJECTOR } from './lib/chromium';

const outDir = process.argv[2] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });
const app = await startApp();
const browser = await launch();

/** Creates a round over the accepted themes and opens it; returns its card on the rounds page. */
async function openRound(fac: Page, base: string, title: string, method: string) {
	await fac.goto(base + '/rounds');
	await fac.getByLabel('Title of the round').fill(title);
	await fac.getByLabel(method).check();
	await fac.getByRole('button', { name: 'Create the round' }).click();
	const card = fac.locator('li.card', { hasText: title });
	await card.getByRole('button', { name: 'Open the vote' }).click();
	await card.getByRole('button', { name: 'Close the vote' }).waitFor();
	return card;
}

try {
	const links = demoLinks(app.output());
	const fac = await (await context(browser, { viewport: PROJECTOR })).newPage();
	await fac.goto(app.url + links.facilitator);
	await fac.getByRole('button', { name: 'Continue' }).click();
	await fac.waitForURL(/\/facilitate$/);
	const base = fac.url();
	await fac.goto(base + '/themes');
	await fac.getByRole('button', { name: 'Propose themes' }).click();
	await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 120_000 });
	for (let i = 0; i < 4; i++) {
		await fac
			.locator('article.theme:has(.status-proposed)')
			.first()
			.getByRole('button', { name: /^Accept/ })
			.click();
		await fac.locator('article.theme:has(.status-accepted)').nth(i).waitFor();
	}

	const phone = await (await context(browser, { viewport: PHONE })).newPage();
	await phone.goto(app.url + '/join/' + links.joinCode.replace('-', ''));
	await phone.getByRole('button', { name: 'Join' }).click();
	await phone.getByRole('button', { name: 'Save' }).click();
	const vote = phone.url().replace(/\/e\/([^/]+).*$/, '/e/$1/vote');
	const shot = async (name: string) => {
		await phone.evaluate(() => window.scrollTo(0, 0));
		await phone.screenshot({ path: join(outDir, `ballot-${name}-390.png`) });
	};

	let card = await openRound(fac, base, 'Which themes first?', 'Dot voting');
	await phone.goto(vote);
	const give = phone.getByRole('button', { name: /^One more dot for/ });
	await give.first().waitFor();
	await give.nth(0).click();
	await give.nth(0).click();
	await give.nth(1).click();
	await shot('dots');
	await card.getByRole('button', { name: 'Close the vote' }).click();
	await card.getByRole('button', { name: 'Close the vote' }).waitFor({ state: 'detached' });

	card = await openRound(fac, base, 'Which themes do you support?', 'Approval');
	await phone.goto(vote);
	await phone.getByRole('checkbox', { name: 'I support this' }).nth(1).check();
	await shot('approval');
	await card.getByRole('button', { name: 'Close the vote' }).click();
	await card.getByRole('button', { name: 'Close the vote' }).waitFor({ state: 'detached' });

	await openRound(fac, base, 'Can you live with these themes?', 'Consent scale');
	await phone.goto(vote);
	await phone.getByRole('radio', { name: '2. Agreement with minor reservations' }).first().check();
	await shot('consent');
	console.log(`screenshots in ${outDir}`);
} finally {
	await browser.close();
	await app.stop();
}
