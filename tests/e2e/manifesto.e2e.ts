// From the demo's statements to a circulated manifesto: themes, a vote, promotion, editing a pointer
// (without JavaScript), sections and an action plan, parking a statement with a reason, the coverage
// check, publication, and the Markdown, DOCX and JSON exports read back.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, PHONE, PROJECTOR } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';

const running = useAppAndBrowser();

async function facilitator(
	browser: Browser,
	javaScript = true
): Promise<{ page: Page; base: string }> {
	const ctx = await context(browser, { javaScript, viewport: PROJECTOR });
	const page = await ctx.newPage();
	await page.goto(running.app.url + demoLinks(running.app.output()).facilitator);
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.waitForURL(/\/facilitate$/);
	return { page, base: page.url() };
}

/** The body of a file the page downloads by following a link. */
async function downloaded(page: Page, link: string): Promise<Buffer> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: link, exact: true }).first().click()
	]);
	return readFileSync((await file.path())!);
}

describe('the manifesto', () => {
	it('is carried from statements to exported documents that trace every pointer to its sources', async () => {
		const { page: fac, base } = await facilitator(running.browser);
		const slug = base.split('/e/')[1].split('/')[0];
		const event = `${running.app.url}/e/${slug}`;

		// themes, a vote, promotion
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
		const accepted = await fac.locator('article.theme:has(.status-accepted) h2').allInnerTexts();
		await fac.goto(base + '/rounds');
		await fac.getByLabel('Title of the round').fill('Which themes first?');
		await fac.getByLabel('Dot voting').check();
		await fac.getByRole('button', { name: 'Create the round' }).click();
		const card = fac.locator('li.card', { hasText: 'Which themes first?' });
		await card.getByRole('button', { name: 'Open the vote' }).click();
		await card.getByRole('button', { name: 'Close the vote' }).waitFor();
		const results = (await card.getByRole('link', { name: 'Results' }).getAttribute('href'))!;
		const vctx = await context(running.browser, { viewport: PHONE });
		const voter = await vctx.newPage();
		await voter.goto(
			running.app.url + '/join/' + demoLinks(running.app.output()).joinCode.replace('-', '')
		);
		await voter.getByRole('button', { name: 'Join' }).click();
		await voter.getByLabel('The sector you come from').selectOption({ label: 'Farming' });
		await voter.getByRole('button', { name: 'Save' }).click();
		await voter.goto(event + '/vote');
		const dots = voter.getByRole('spinbutton', { name: 'Dots' });
		for (const [i, n] of [3, 2, 0].entries()) await dots.nth(i).fill(String(n));
		await voter.getByRole('button', { name: 'Cast my ballot' }).click();
		await voter.getByText('Your ballot is saved.').first().waitFor();
		// before publication a participant cannot read the manifesto
		expect((await voter.goto(event + '/manifesto'))!.status()).toBe(404);
		await card.getByRole('button', { name: 'Close the vote' }).click();
		await card.getByRole('button', { name: 'Close the vote' }).waitFor({ state: 'detached' });
		await fac.goto(running.app.url + results);
		await fac.getByLabel('Promote the top').fill('2');
		await fac.getByRole('button', { name: 'Promote to manifesto pointers' }).click();
		await fac.getByText(/themes? promoted to manifesto pointers?\./).waitFor();

		// editing without JavaScript: a section, a pointer's words and section, an action
		const { page: plain } = await facilitator(running.browser, false);
		await plain.goto(base + '/manifesto');
		await plain.getByLabel('New section name').fill('Data');
		await plain.getByRole('button', { name: 'Add section' }).click();
		await plain.getByLabel('New section name').fill('Techno-structures');
		await plain.getByRole('button', { name: 'Add section' }).click();
		const first = plain.locator('article.pointer').first();
		const promotedTitle = (await first.locator('h3').innerText()).replace(/^\d+\s*/, '');
		expect(accepted).toContain(promotedTitle);
		await first.getByText('Edit the wording and section').click();
		await first.getByLabel('Title').fill('');
		await first.getByRole('button', { name: 'Save changes' }).click();
		// refused with the reason beside the field; the typed text is kept
		await plain.getByText('This cannot be empty.').waitFor();
		const again = plain.locator('article.pointer').first();
		await again.getByLabel('Title').fill('People own the data they <generate>');
		await again
			.getByLabel('Text')
			.fill(
				'Data about **people** and their land belongs to them.\n\n- no sale without consent\n- a right to delete'
			);
		await again.getByLabel('Section').selectOption({ label: 'Data' });
		await again.getByRole('button', { name: 'Save changes' }).click();
		const edited = plain.locator('article.pointer', {
			has: plain.locator('h3', { hasText: 'People own the data they <generate>' })
		});
		await edited.waitFor();
		expect(await edited.locator('.body strong').innerText()).toBe('people');
		expect(await plain.locator('section.group', { has: edited }).locator('h2').innerText()).toBe(
			'Data'
		);
		await edited.getByLabel('A new action').fill('Draft a model data-trust charter');
		await edited.getByLabel('Organisation').last().fill('Farmers’ Union');
		await edited.getByLabel('Timeline').last().fill('by March');
		await edited.getByRole('button', { name: 'Add action' }).click();
		await plain
			.locator('article.pointer', { has: plain.locator('h3', { hasText: 'People own the data' }) })
			.getByRole('form', { name: 'Action: Draft a model data-trust charter' })
			.waitFor();
		await expectAccessible(plain);
		// two pointers merged into one, then separated again by undo
		const second = plain.locator('article.pointer', {
			hasNot: plain.locator('h3', { hasText: 'People own the data' })
		});
		await second.getByText('Edit the wording and section').click();
		const target = await second
			.locator('select[name=targetId] option', { hasText: 'People own the data' })
			.getAttribute('value');
		await second.getByLabel('Merge into').selectOption(target!);
		await second.getByRole('button', { name: 'Merge', exact: true }).click();
		await expect.poll(() => plain.locator('article.pointer').count()).toBe(1);
		expect(
			await plain
				.locator('article.pointer')
				.getByText(/Where it comes from: \d+ statements from/)
				.innerText()
		).toBeTruthy();
		await plain.getByRole('button', { name: /Undo/ }).click();
		await expect.poll(() => plain.locator('article.pointer').count()).toBe(2);

		// each facilitator undoes their own edits: the other one has nothing to undo
		await fac.goto(base + '/manifesto');
		expect(await fac.getByRole('button', { name: /Undo/ }).isDisabled()).toBe(true);
		await plain.getByRole('button', { name: /Undo/ }).click();
		await plain.locator('form[aria-label^="Action: Draft"]').waitFor({ state: 'detached' });
		await plain.getByRole('button', { name: /Redo/ }).click();
		await plain.locator('form[aria-label^="Action: Draft"]').waitFor();

		// the coverage check: park a statement (a reason is required), send a sector's rest to its paper
		await fac.goto(base + '/coverage');
		const sector = fac.locator('section.sector').first();
		const sectorName = (await sector.locator('h3').innerText()).trim();
		const statement = sector.locator('ul.left > li').first();
		const parkedText = (await statement.locator('p.text').innerText()).replace(/\s+#\d+$/, '');
		await statement.getByLabel('Parked').check();
		await statement.getByRole('button', { name: 'Save' }).click();
		await fac.getByText('Give a reason for parking it').waitFor();
		// the choice made before the refusal is kept
		expect(await statement.getByLabel('Parked').isChecked()).toBe(true);
		await statement.getByLabel('Reason for parking').fill('Belongs to the connectivity campaign');
		await statement.getByRole('button', { name: 'Save' }).click();
		await statement.getByText('parked: Belongs to the connectivity campaign').waitFor();
		await sector
			.getByRole('button', { name: "Send the undecided rest to the sector's paper" })
			.click();
		await fac.getByText(/statements? sent to (its|their) sector's paper\./).waitFor();
		await expectAccessible(fac);
		const projector = await fac.context().newPage();
		await projector.goto(base + '/coverage?projector');
		await projector.getByRole('heading', { name: 'No statement left behind' }).waitFor();
		await projector.close();

		// publish; anyone with the address reads it, traced to the statements behind each pointer
		await fac.goto(base + '/manifesto');
		await fac.getByRole('button', { name: 'Publish to everyone' }).click();
		await fac.getByText(/^Published\. Everyone with the address/).waitFor();
		const anon = await (await context(running.browser, { viewport: PHONE })).newPage();
		await anon.goto(event + '/manifesto');
		await anon.getByRole('heading', { name: /People own the data they <generate>/ }).waitFor();
		expect(await anon.locator('.sources').innerText()).toContain('Which themes first?');
		expect(await anon.locator('table.actions').innerText()).toContain('Farmers’ Union');
		expect(await anon.locator('.sources > ol > li').count()).toBe(2);
		await expectAccessible(anon);
		const paperLink = anon.getByRole('link', { name: sectorName, exact: true });
		await paperLink.click();
		await anon.getByRole('heading', { name: `Issue paper: ${sectorName}` }).waitFor();
		expect(await anon.locator('main').innerText()).toContain(
			'parked: Belongs to the connectivity campaign'
		);
		await expectAccessible(anon);

		// exports: Markdown by content, DOCX read back, the whole event as JSON
		await fac.goto(event + '/manifesto');
		const md = (await downloaded(fac, 'Markdown')).toString('utf8');
		expect(md).toContain('## Data');
		expect(md).toMatch(/### 1\. People own the data they \\<generate\\>\[\^1\]/);
		expect(md).toContain('Data about **people** and their land belongs to them.');
		expect(md).toContain('Draft a model data-trust charter');
		expect(md).toMatch(/\[\^1\]:/);
		const sources = md.slice(md.indexOf('[^1]:'));
		expect(sources).toContain('Which themes first?');
		const docx = unzipSync(new Uint8Array(await downloaded(fac, 'Word (DOCX)')));
		const body = strFromU8(docx['word/document.xml']);
		expect(body).toContain('People own the data they &lt;generate&gt;');
		expect(body).toContain('Farmers’ Union');
		expect(body).toMatch(/w:footnoteReference/);
		expect(strFromU8(docx['word/footnotes.xml'])).toContain('Which themes first?');
		await fac.goto(base + '/manifesto');
		const json = JSON.parse((await downloaded(fac, 'The whole event (JSON)')).toString('utf8'));
		expect(json.format).toBe('converge-event');
		expect(json.pointers.map((p: { title: string }) => p.title)).toContain(
			'People own the data they <generate>'
		);
		expect(
			json.statementOutcomes.some(
				(o: { reason: string }) => o.reason === 'Belongs to the connectivity campaign'
			)
		).toBe(true);
		expect(parkedText.length).toBeGreaterThan(0);

		// the file brings the event back on the home page, without JavaScript; a broken file is refused
		const dir = mkdtempSync(join(tmpdir(), 'converge-import-'));
		const good = join(dir, 'event.json');
		writeFileSync(good, JSON.stringify(json));
		const broken = join(dir, 'broken.json');
		writeFileSync(
			broken,
			JSON.stringify({
				...json,
				statements: [{ ...json.statements[0], sectorId: 999 }, ...json.statements.slice(1)]
			})
		);
		const home = await (
			await context(running.browser, { javaScript: false, viewport: PHONE })
		).newPage();
		await home.goto(running.app.url + '/');
		await home.getByLabel('Event file (JSON)').setInputFiles(broken);
		await home.getByRole('button', { name: 'Import the event' }).click();
		await home
			.getByText(
				/This file cannot be imported, and nothing was saved: statements\[0\]\.sectorId refers to no row of sectors/
			)
			.waitFor();
		await home.getByLabel('Event file (JSON)').setInputFiles(good);
		await home.getByRole('button', { name: 'Import the event' }).click();
		await home.getByText(/already uses the address bangkok-2019/).waitFor();
		await home.getByLabel('Event file (JSON)').setInputFiles(good);
		await home.getByLabel('Another address (optional)').fill('bangkok-2019-copy');
		await home.getByRole('button', { name: 'Import the event' }).click();
		await home.waitForURL(/\/e\/bangkok-2019-copy\/facilitate/);
		await home.goto(running.app.url + '/e/bangkok-2019-copy/manifesto');
		await home.getByRole('heading', { name: /People own the data they <generate>/ }).waitFor();
		expect(await home.locator('.sources > ol > li').count()).toBe(2);
		await expectAccessible(home);
	}, 180_000);
});
