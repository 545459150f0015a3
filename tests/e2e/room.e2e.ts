// The room on the day, end to end: the app is started as at a venue (listening on every
// interface) and everyone uses the addresses it printed, never localhost. Phones join; a rapporteur
// posts without JavaScript and refreshes; a hidden round is held and no tally shows anywhere until
// it closes. A rapporteur typing what another sector said is shown it; two phones suggest a merge,
// which the facilitator applies on the presenter screen.
import { describe, expect, it } from 'vitest';
import { networkInterfaces } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { useAppAndBrowser } from './setup';
import { context, LAPTOP, PHONE } from '../../scripts/lib/chromium';

const running = useAppAndBrowser({ HOST: '0.0.0.0' });

/** The links the app printed at start-up, read as a person reads them off the terminal. */
function printed() {
	const out = running.app.output();
	const link = (line: RegExp) => {
		const match = out.match(line);
		if (!match) throw new Error(`no ${line} in the start-up output:\n${out}`);
		return new URL(match[1]);
	};
	const join = out.match(/Participants:\s+(\S+)\s+code ([A-Z0-9]{3}-[A-Z0-9]{3})/);
	if (!join) throw new Error(`no join line in the start-up output:\n${out}`);
	return {
		facilitator: link(/Facilitator:\s+(\S+)/),
		rapporteur: (sector: string) => link(new RegExp(`Rapporteur ${sector}\\s+(\\S+)`)),
		join: new URL(join[1]),
		code: join[2]
	};
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The machine's own addresses on its networks (what a phone on the venue Wi-Fi can reach). */
function machineAddresses(): string[] {
	return Object.values(networkInterfaces())
		.flat()
		.filter((i) => i && !i.internal)
		.map((i) => (i!.family === 'IPv6' ? `[${i!.address}]` : i!.address));
}

async function phone(browser: Browser, javaScript: boolean, sector: string): Promise<Page> {
	const { join, code } = printed();
	const p = await (await context(browser, { javaScript, viewport: PHONE })).newPage();
	await p.goto(join.href);
	await p.getByLabel('Join code').fill(code);
	await p.getByRole('button', { name: 'Join' }).click();
	// the code's own page: the event's name, and one tap to join it
	await p.waitForURL(/\/join\/[A-Z0-9]+$/);
	await p.getByRole('button', { name: 'Join' }).click();
	await p.getByLabel('The sector you come from').selectOption({ label: sector });
	await p.getByRole('button', { name: 'Save' }).click();
	await p.getByText('Thank you, saved.').waitFor();
	return p;
}

/** The words and numbers of the results data of a round, as the page's loader sends them. */
async function resultsData(p: Page, path: string): Promise<string> {
	const r = await p.request.get(new URL(path + '/__data.json', p.url()).href);
	expect(r.status()).toBe(200);
	return r.text();
}

describe('the room on the day', () => {
	it('joins at the printed address, keeps a hidden vote hidden, and stores nothing twice', async () => {
		const links = printed();
		// every printed link names this machine on its network, not localhost
		for (const url of [links.facilitator, links.join, links.rapporteur('Farming')])
			expect(machineAddresses()).toContain(url.hostname);
		const origin = links.join.origin;

		// the facilitator's laptop
		const fctx = await context(running.browser, { viewport: LAPTOP });
		const fac = await fctx.newPage();
		await fac.goto(links.facilitator.href);
		await fac.getByRole('button', { name: 'Continue' }).click();
		await fac.waitForURL(/\/facilitate$/);
		const base = fac.url();
		expect(new URL(base).origin).toBe(origin);

		// a rapporteur without JavaScript posts a statement, then refreshes the page it landed on
		const rctx = await context(running.browser, { javaScript: false, viewport: PHONE });
		const rap = await rctx.newPage();
		await rap.goto(links.rapporteur('Health').href);
		await rap.getByRole('button', { name: 'Continue' }).click();
		const count = async () => (await rap.locator('main .count').innerText()).trim();
		const before = await count();
		await rap
			.getByLabel('Statement', { exact: true })
			.fill('Clinics share patient records with insurers without asking the patients');
		await rap.getByRole('button', { name: 'Add statement' }).click();
		await rap.getByText('Statement added.').waitFor();
		const after = await count();
		expect(after).not.toBe(before);
		const resent = rap.waitForRequest((r) => r.method() === 'POST');
		await rap.reload();
		expect((await resent).method()).toBe('POST');
		await rap.goto(rap.url().split('?')[0]);
		expect(await count()).toBe(after);

		// a rapporteur with JavaScript, typing what another sector already said, is shown it
		const gctx = await context(running.browser, { viewport: PHONE });
		const gender = await gctx.newPage();
		await gender.goto(links.rapporteur('Gender').href);
		await gender.getByRole('button', { name: 'Continue' }).click();
		await gender
			.getByLabel('Statement', { exact: true })
			.pressSequentially('Clinics pass patient records to insurers without asking patients');
		await gender
			.locator('.similar li', { hasText: 'Health · other sector' })
			.filter({ hasText: 'Clinics share patient records with insurers' })
			.waitFor();

		// themes for the room to vote on
		await fac.goto(base + '/themes');
		await fac.getByRole('button', { name: 'Propose themes' }).click();
		await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 60_000 });
		for (let i = 0; i < 3; i++) {
			await fac
				.locator('article.theme:has(.status-proposed)')
				.first()
				.getByRole('button', { name: /^Accept/ })
				.click();
			await expect
				.poll(() => fac.locator('article.theme:has(.status-accepted)').count())
				.toBe(i + 1);
		}

		// phones join at the printed address, one of them without JavaScript
		const voters = [
			await phone(running.browser, true, 'Labour'),
			await phone(running.browser, false, 'Farming'),
			await phone(running.browser, true, 'Gender')
		];
		for (const v of voters) expect(new URL(v.url()).origin).toBe(origin);
		// the venue's Wi-Fi carries compressed pages and page data
		for (const path of ['/join', '/e/bangkok-2019/vote', '/e/bangkok-2019/vote/__data.json']) {
			const r = await voters[0].request.get(origin + path, {
				headers: { 'Accept-Encoding': 'gzip' }
			});
			expect(r.status()).toBe(200);
			expect(r.headers()['content-encoding']).toBe('gzip');
		}

		// a hidden dot round, opened outside the voting phase on the facilitator's choice
		await fac.goto(base + '/rounds');
		await fac.getByLabel('Title of the round').fill('Which themes first?');
		await fac.getByLabel('Dot voting').check();
		await fac.getByRole('button', { name: 'Create the round' }).click();
		const card = fac.locator('li.card', { hasText: 'Which themes first?' });
		await card.getByText(/not voting/).waitFor();
		await card.getByRole('button', { name: 'Move to voting and open the vote' }).click();
		await card.getByRole('button', { name: 'Close the vote' }).waitFor();
		const results = (await card.getByRole('link', { name: 'Results' }).getAttribute('href'))!;

		for (const v of voters) {
			await v.goto(origin + '/e/bangkok-2019/vote');
			await v.getByRole('spinbutton', { name: 'Dots' }).first().fill('2');
			await v.getByRole('button', { name: 'Cast my ballot' }).click();
			await v.getByText('Your ballot is saved.').first().waitFor();
		}

		// no tally anywhere before the close: results page, its projector view, a phone, the data, the export
		const projector = await fctx.newPage();
		for (const [p, path] of [
			[fac, results],
			[projector, results + '?projector'],
			[voters[0], results]
		] as const) {
			await p.goto(origin + path);
			await p.getByText(/^3 of \d+ have voted$/).waitFor();
			await p.getByText('The results are hidden until the vote closes.').waitFor();
			expect(await p.locator('table').count()).toBe(0);
			expect(await resultsData(p, results)).not.toContain('bySector');
		}
		const csv = await fac.request.get(base + '/export/ballots.csv');
		expect(await csv.text()).not.toContain('Which themes first?');

		// closed: the same ways in now show the tally
		await fac.goto(base + '/rounds');
		await card.getByRole('button', { name: 'Close the vote' }).click();
		await card.getByRole('button', { name: 'Close the vote' }).waitFor({ state: 'detached' });
		await projector
			.getByText('The results are hidden until the vote closes.')
			.waitFor({ state: 'detached' });
		expect(await resultsData(voters[0], results)).toContain('bySector');
		expect(await (await fac.request.get(base + '/export/ballots.csv')).text()).toContain(
			'Which themes first?'
		);

		// two phones suggest that two themes say the same; the presenter screen shows it and the
		// facilitator applies it there, in front of the room
		await fac.goto(base + '/present');
		await fac.getByRole('button', { name: 'Themes', exact: true }).click();
		const pres = await fctx.newPage();
		await pres.goto(origin + '/e/bangkok-2019/present');
		await pres.locator('main[data-view="board"]').waitFor();
		await fac.goto(base + '/themes');
		const [a, b] = await fac.locator('article.theme:has(.status-proposed) h2').allInnerTexts();
		for (const v of voters.slice(0, 2)) {
			await v.goto(origin + '/e/bangkok-2019/suggest');
			for (const label of [a, b])
				await v.getByRole('checkbox', { name: new RegExp(`^${escape(label)}`) }).check();
			await v.getByRole('button', { name: 'These two say the same thing' }).click();
			await v.getByText("Thank you: your suggestion is on the facilitators' board.").waitFor();
		}
		const offer = pres
			.locator('.floor [data-suggestion]')
			.filter({ hasText: a })
			.filter({ hasText: b });
		await offer.getByText('2 people').waitFor({ timeout: 5000 });
		const kept = (await offer.locator('.theme').first().innerText()).trim();
		await offer.getByRole('button', { name: 'Apply: merge' }).click();
		await offer.waitFor({ state: 'detached' });
		expect(new URL(pres.url()).pathname).toBe('/e/bangkok-2019/present');
		await fac.goto(base + '/themes');
		const themes = await fac.locator('article.theme h2').allInnerTexts();
		expect(themes).toContain(kept);
		expect(themes).not.toContain(kept === a ? b : a);

		await fctx.close();
		await rctx.close();
		await gctx.close();
	});
});
