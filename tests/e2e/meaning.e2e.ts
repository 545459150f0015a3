// Themes by meaning in the built app: the engine's worker thread loads the sentence model, makes
// the demo's statements' vectors at the first proposal and keeps them, so the next proposal makes
// none; the worker itself is kept and serves the next runs; the facilitator is told the statements
// were grouped by meaning as well as words, with and without JavaScript.
import { describe, expect, it } from 'vitest';
import { demoLinks } from '../../scripts/lib/app-server';
import { signedIn, useAppAndBrowser } from './setup';
import { LAPTOP, PHONE } from '../../scripts/lib/chromium';

const running = useAppAndBrowser({ CONVERGE_MEANING: 'on' });

const proposals = (output: string) =>
	output.split('\n').filter((l) => l.startsWith('Proposing themes for'));

describe('themes by meaning', () => {
	it('makes the vectors once, and says how the statements were grouped', async () => {
		const links = demoLinks(running.app.output());
		const themesPage = `${running.app.url}/e/bangkok-2019/facilitate/themes`;
		const notice = /Grouped by what the statements mean as well as the words they share/;

		const fac = await signedIn(running, links.facilitator, /\/facilitate$/, { viewport: LAPTOP });
		await fac.goto(themesPage);
		await fac.getByRole('button', { name: 'Propose themes' }).click();
		await fac.getByText(/\d+ themes proposed\./).waitFor({ timeout: 90_000 });
		await fac.getByTestId('meaning').getByText(notice).waitFor();
		const first = proposals(running.app.output());
		expect(first).toHaveLength(1);
		expect(first[0]).toMatch(
			/^Proposing themes for (\d+) statements on a worker thread \(\1 to embed first\)$/
		);

		// again without JavaScript, on a phone: the preview, then applying it; the kept vectors
		// serve both runs and nothing is embedded, on the worker the first run left
		const phone = await signedIn(running, links.facilitator, /\/facilitate$/, {
			javaScript: false,
			viewport: PHONE
		});
		await phone.goto(themesPage);
		await phone.getByRole('button', { name: 'Propose again' }).click();
		await phone
			.getByRole('heading', { name: 'What proposing again would change' })
			.waitFor({ timeout: 90_000 });
		await phone.getByTestId('meaning').getByText(notice).waitFor();
		await phone.getByRole('button', { name: 'Apply these changes' }).click();
		await phone.getByText(/\d+ themes proposed\./).waitFor({ timeout: 90_000 });
		await phone.getByTestId('meaning').getByText(notice).waitFor();
		const second = proposals(running.app.output());
		expect(second).toHaveLength(3);
		for (const line of second.slice(1))
			expect(line).toMatch(
				/^Proposing themes for \d+ statements on a worker thread kept from an earlier run$/
			);
		const answered = running.app
			.output()
			.split('\n')
			.filter((l) => /^Themes proposed for \d+ statements in \d+\.\d\d s$/.test(l));
		expect(answered).toHaveLength(3);
	});
});
