// `npx tsx scripts/screenshots-consent.ts [outdir]`: rapporteurs' consent — a rapporteur's
// objection to a merge on their sector page, the flag form, and the board's objections beside the
// board, on a phone (390×844) and a laptop (1280×800). Run `npm run build` first. For looking, not testing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { startApp, demoLinks } from './lib/app-server';
import { context, launch, PHONE } from './lib/chromium';

const LAPTOP = { width: 1280, height: 800 };
const outDir = process.argv[2] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });
const app = await startApp();
const browser = await launch();

async function open(b: Browser, path: string, viewport: typeof PHONE, done: RegExp): Promise<Page> {
	const page = await (await context(b, { viewport })).newPage();
	await page.goto(app.url + path);
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.waitForURL(done);
	return page;
}

/** Scrolls a part of the page to the top of the window and shoots the window. */
async function shoot(page: Page, part: Locator, name: string) {
	await part.evaluate((el) => el.scrollIntoView({ block: 'start' }));
	await page.screenshot({ path: join(outDir, name), fullPage: false });
}

try {
	const links = demoLinks(app.output());
	const fac = await open(browser, links.facilitator, LAPTOP, /\/facilitate$/);
	const base = fac.url();
	await fac.getByRole('button', { name: /Convergence/ }).click();
	await fac.locator('.eventnav .phase', { hasText: 'Convergence' }).waitFor();
	await fac.goto(base + '/themes');
	await fac.getByRole('button', { name: 'Propose themes' }).click();
	await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 60_000 });
	// the first theme holding Labour's statements joins the largest other theme
	const source = fac
		.locator('article.theme')
		.filter({ has: fac.locator('.chips li', { hasText: /^\s*Labour\b/ }) })
		.first();
	const from = await source.locator('h2').innerText();
	const into = (await fac.locator('article.theme h2').allInnerTexts()).find((l) => l !== from)!;
	await source.getByText('Rename, merge, move…').click();
	await source.getByLabel('Merge into').selectOption({ label: into });
	await source.getByRole('button', { name: 'Merge' }).click();
	await fac.getByText(`merged “${from}” into “${into}”`).waitFor({ state: 'attached' });

	const phone = await open(browser, links.rapporteur('Labour'), PHONE, /\/s\/\d+$/);
	const section = phone.locator('section', {
		has: phone.getByRole('heading', { name: 'Changes to your statements' })
	});
	await shoot(phone, section, 'consent-rapporteur-form-390.png');
	const step = phone.locator('[data-step]').first();
	await step
		.getByLabel('Why do you object?')
		.fill(
			'Our statement is about deactivation without appeal: due process for drivers, not pay. Merged, the theme no longer says it.'
		);
	await step.getByRole('button', { name: 'Object' }).click();
	await step.getByText("Your objection is on the facilitators' board.").waitFor();
	await shoot(phone, section, 'consent-rapporteur-objected-390.png');
	const flags = phone.locator('section', {
		has: phone.getByRole('heading', { name: 'Themes holding your statements' })
	});
	const theme = flags.locator('[data-flag-theme]').first();
	await theme.locator('summary').click();
	await theme
		.getByLabel('How does the theme misrepresent it?')
		.fill('It reads our point on data as a point on pay.');
	await theme.getByRole('button', { name: 'Send to the facilitators' }).click();
	await theme.getByText("Your flag is on the facilitators' board.").waitFor();
	await shoot(phone, theme, 'consent-flag-390.png');

	const laptop = await open(browser, links.rapporteur('Labour'), LAPTOP, /\/s\/\d+$/);
	await shoot(
		laptop,
		laptop.getByRole('heading', { name: 'Changes to your statements' }),
		'consent-rapporteur-1280.png'
	);

	await fac.goto(base + '/board');
	await fac.locator('[data-objection]').first().waitFor();
	await fac.screenshot({ path: join(outDir, 'consent-board-1280.png') });
	const small = await open(browser, links.facilitator, PHONE, /\/facilitate$/);
	await small.goto(base + '/board');
	await shoot(small, small.getByRole('heading', { name: /^Objections/ }), 'consent-board-390.png');

	await fac
		.locator('[data-objection]')
		.first()
		.getByRole('button', { name: 'Keep decision' })
		.click();
	await fac
		.getByText('Decision kept: the history records that it overrode the objection.')
		.waitFor();
	await fac.goto(base + '/themes');
	await fac.locator('details', { hasText: 'History' }).locator('summary').click();
	await shoot(fac, fac.locator('details', { hasText: 'History' }), 'consent-history-1280.png');
	console.log(`screenshots in ${outDir}`);
} finally {
	await browser.close();
	await app.stop();
}
