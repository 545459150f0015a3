// Published versions: the demo played through to a published manifesto (version 1); a facilitator
// without JavaScript rewords a pointer, readers keep version 1, the versions page shows what
// changed and publishes it as version 2 with a change note drafted from the changes; version 1
// stays readable at its own address, its downloads of the same text.
import { describe, expect, it } from 'vitest';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context, LAPTOP, PHONE } from '../../scripts/lib/chromium';
import { expectAccessible } from './browser';
import { spawnSync } from 'node:child_process';

const running = useAppAndBrowser();

describe('published versions of the manifesto', () => {
	it('keeps what readers see until a facilitator publishes the changes as the next version', async () => {
		// `npm run demo:reset -- --finished` on the running app's database, as an operator would
		const reset = spawnSync(
			process.execPath,
			['--import', 'tsx', 'scripts/demo-reset.ts', '--finished'],
			{ env: { ...process.env, DATABASE_PATH: running.app.dbPath }, encoding: 'utf8' }
		);
		expect(reset.status, reset.stderr).toBe(0);
		const links = demoLinks(reset.stdout);
		const base = `${running.app.url}/e/bangkok-2019`;

		// a reader on a phone: version 1, no older-version notice
		const reader = await (await context(running.browser, { viewport: PHONE })).newPage();
		await reader.goto(base + '/manifesto');
		expect(await reader.getByTestId('version-line').innerText()).toMatch(/^Version 1 · published/);
		expect(await reader.getByTestId('older-version').count()).toBe(0);
		const firstTitle = (await reader.locator('article.pointer h3').first().innerText()).trim();

		// a facilitator without JavaScript rewords the first pointer
		const fac = await (
			await context(running.browser, { javaScript: false, viewport: LAPTOP })
		).newPage();
		await fac.goto(running.app.url + links.facilitator);
		await fac.getByRole('button', { name: 'Continue' }).click();
		await fac.goto(base + '/facilitate/manifesto');
		const pointer = fac.locator('article.pointer').first();
		await pointer.getByText('Edit the wording and section').click();
		await pointer.getByLabel('Title').fill('Workers hold algorithms to account');
		await pointer.getByRole('button', { name: 'Save changes' }).click();
		await fac.getByTestId('draft-differs').waitFor();

		// readers still see version 1 as published
		await reader.reload();
		expect(await reader.locator('article.pointer h3').first().innerText()).toContain(
			firstTitle.replace(/^\d+\s*/, '').replace(/\d+$/, '')
		);
		expect(await reader.locator('main').innerText()).not.toContain(
			'Workers hold algorithms to account'
		);

		// the versions page: what changed from version 1 to the draft, and a change note drafted from it
		await fac.goto(base + '/facilitate/manifesto/versions');
		expect(await fac.getByTestId('versions-status').innerText()).toMatch(/Readers see version 1/);
		expect(await fac.getByTestId('diff').innerText()).toContain(
			'Workers hold algorithms to account'
		);
		const note = fac.getByLabel('Change note', { exact: true });
		expect(await note.inputValue()).toMatch(
			/^Reworded: “.+” → “Workers hold algorithms to account”/
		);
		await expectAccessible(fac);
		// a note over the limit is refused and what was typed stays
		await note.fill('x'.repeat(4001));
		await fac.getByRole('button', { name: 'Publish version 2' }).click();
		await fac.getByRole('alert').waitFor();
		expect((await note.inputValue()).length).toBe(4001);
		await note.fill('The first pointer now says who holds algorithms to account.');
		await fac.getByRole('button', { name: 'Publish version 2' }).click();
		await fac.getByText('Version 2 is public.').waitFor();

		// readers now see version 2 with its note; version 1 stays at its own address
		await reader.reload();
		expect(await reader.getByTestId('version-line').innerText()).toMatch(/^Version 2 · published/);
		await reader
			.getByText('The first pointer now says who holds algorithms to account.')
			.first()
			.waitFor();
		expect(await reader.locator('article.pointer h3').first().innerText()).toContain(
			'Workers hold algorithms to account'
		);
		await reader.getByRole('link', { name: /^Version 1 · published/ }).click();
		await reader.waitForURL(/\/manifesto\/v\/1$/);
		await reader.getByTestId('older-version').waitFor();
		expect(await reader.locator('main').innerText()).not.toContain(
			'Workers hold algorithms to account'
		);
		await expectAccessible(reader);
		// its download is the same text
		const md = await reader.request.get(
			(await reader.getByRole('link', { name: 'Markdown' }).getAttribute('href'))!.replace(
				/^/,
				running.app.url
			)
		);
		expect(md.status()).toBe(200);
		expect(await md.text()).not.toContain('Workers hold algorithms to account');
		// the draft is the facilitators' alone, and a version that does not exist is not found
		expect((await reader.request.get(base + '/manifesto/draft')).status()).toBe(404);
		expect((await reader.request.get(base + '/manifesto/v/7')).status()).toBe(404);

		// the diff between the two versions, asked for by address, and the note edited afterwards
		await fac.goto(base + '/facilitate/manifesto/versions?from=1&to=2');
		expect(await fac.getByTestId('diff-between').innerText()).toBe('Version 1 → Version 2');
		const v2 = fac.locator('li[data-version="2"]');
		await v2.getByText('Edit the change note').click();
		await v2.getByRole('textbox').fill('Pointer 1 reworded.');
		await v2.getByRole('button', { name: 'Save the note' }).click();
		await fac.getByText('Change note saved.').waitFor();
		await reader.goto(base + '/manifesto');
		await reader.getByText('Pointer 1 reworded.').first().waitFor();
		for (const p of [reader, fac]) await p.context().close();
	});
});
