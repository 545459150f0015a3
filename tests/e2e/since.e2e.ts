// Days and what changed: a facilitator closes day one; the next day a rapporteur (phone, no
// JavaScript) adds a statement and the facilitator renames a theme; the "since" view lists both
// with who did them, for the facilitator and the rapporteur, and the board outlines what is new.
import { describe, expect, it } from 'vitest';
import { demoLinks } from '../../scripts/lib/app-server';
import { signedIn, useAppAndBrowser } from './setup';
import { LAPTOP, PHONE } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();

describe('days and what changed', () => {
	it('closes a day and lists the next day’s changes, on the page and on the board', async () => {
		const links = demoLinks(running.app.output());
		const base = `${running.app.url}/e/bangkok-2019`;

		// the facilitator proposes themes on day one, then closes the day
		const fac = await signedIn(running, links.facilitator, /\/facilitate$/, { viewport: LAPTOP });
		await fac.goto(base + '/facilitate/themes');
		await fac.getByRole('button', { name: 'Propose themes' }).click();
		await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 60_000 });
		await fac.getByRole('link', { name: 'What changed' }).click();
		await fac.getByText('No session has been closed yet.').waitFor();
		expect(await fac.getByLabel('Name of the session').inputValue()).toBe('Day 1');
		await fac.getByRole('button', { name: 'Close the session' }).click();
		await fac.getByText('“Day 1” is closed.', { exact: false }).waitFor();
		await fac.getByText('Nothing has changed since then.').waitFor();
		await expectAccessible(fac);

		// day two: a rapporteur without JavaScript adds a statement on a phone
		const rap = await signedIn(running, links.rapporteur('Labour'), /\/e\/[^/]+\/s\/\d+$/, {
			javaScript: false,
			viewport: PHONE
		});
		await rap.getByLabel('Short title').fill('Wearables on the warehouse floor');
		await rap
			.getByLabel('Statement', { exact: true })
			.fill('Warehouse workers are tracked by wearables that time every step');
		await rap.getByRole('button', { name: 'Add statement' }).click();
		await rap.getByText('Statement added.').waitFor();

		// and the facilitator renames a theme
		await fac.goto(base + '/facilitate/themes');
		const first = fac.locator('article.theme').first();
		const before = (await first.locator('h2').innerText()).trim();
		await first.getByText('Rename, merge, move…').click();
		await first.getByLabel('Theme name').fill('Workers watched at work');
		await first.getByRole('button', { name: 'Save' }).click();
		await fac.getByRole('heading', { name: 'Workers watched at work' }).waitFor();

		// the "since" view lists both, grouped, with who did them
		await fac.goto(base + '/since');
		await fac.getByRole('heading', { name: 'Since “Day 1”' }).waitFor();
		const statements = fac.locator('[data-group="statements"] li');
		expect(await statements.count()).toBe(1);
		// the demo's rapporteurs gave no name: they are named by their sector
		expect(await statements.first().innerText()).toMatch(
			/^The Labour rapporteur added “Wearables on the warehouse floor” to Labour/
		);
		const themes = fac.locator('[data-group="themes"] li');
		expect(await themes.count()).toBe(1);
		expect(await themes.first().innerText()).toMatch(
			new RegExp(
				`^A facilitator \\(you\\) renamed “${before.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}” to “Workers watched at work”`
			)
		);
		// then and now: one statement more
		const row = fac.locator('.then-now tbody tr').first();
		const [then, now] = (await row.locator('td').allInnerTexts()).map(Number);
		expect(now).toBe(then + 1);
		await expectAccessible(fac);

		// the rapporteur reads the same changes from their menu
		expect(await rap.getByRole('link', { name: 'What changed' }).count()).toBeGreaterThan(0);
		await rap.goto(base + '/since');
		await rap.getByRole('heading', { name: 'Since “Day 1”' }).waitFor();
		expect(await rap.locator('[data-group="statements"] li').first().innerText()).toMatch(
			/^The Labour rapporteur \(you\) added “Wearables on the warehouse floor” to Labour/
		);
		expect(await rap.locator('[data-group="themes"]').innerText()).toContain(
			'to “Workers watched at work”'
		);
		expect(await rap.getByRole('button', { name: 'Close the session' }).count()).toBe(0);
		await expectAccessible(rap);

		// the board outlines the new statement and the renamed theme
		await fac.getByRole('link', { name: 'Highlight what is new on the board' }).click();
		await fac.getByTestId('board-fresh').waitFor();
		expect(await fac.getByTestId('board-fresh').innerText()).toContain(
			'1 new statement · 1 theme new or changed'
		);
		await expect.poll(() => fac.locator('svg g.theme.fresh').count()).toBe(1);
		const ring = await fac.locator('svg g.theme.fresh circle.ring').getAttribute('aria-label');
		expect(ring).toMatch(/^Theme: Workers watched at work\..* New or changed\.$/);
		expect(await fac.locator('svg .dot.fresh').count()).toBe(1);
		expect(await fac.locator('svg .dot.fresh').getAttribute('aria-label')).toContain(
			'Wearables on the warehouse floor'
		);
		// without the outline, nothing is marked
		await fac.getByLabel('Highlight what is new since').selectOption('');
		await fac.getByTestId('board-fresh').getByRole('button', { name: 'Show' }).click();
		await expect.poll(() => fac.locator('svg g.theme.fresh').count()).toBe(0);
	}, 180_000);
});
