/** An axe-core accessibility check for the browser tests; the browser itself is in scripts/lib/chromium.ts. */
import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** The serious and critical accessibility violations on the page (runs axe-core inside it, even with JavaScript off for the page). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
	const source = require('fs').readFileSync(
		require.resolve('axe-core/axe.min.js'),
		'utf8'
	) as string;
	// a page with JavaScript disabled cannot run scripts, so axe runs in a JavaScript-enabled copy of its HTML
	const html = (await page.content())
		.replace(/<script\b[\s\S]*?<\/script>/gi, '')
		.replace(/<head>/i, `<head><base href="${page.url()}">`);
	const checker = await page.context().browser()!.newPage({ viewport: page.viewportSize() });
	try {
		await checker.setContent(html, { waitUntil: 'load' });
		await checker.addScriptTag({ content: source });
		const result = (await checker.evaluate(
			`axe.run(document, { resultTypes: ['violations'] })`
		)) as { violations: AxeViolation[] };
		return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	} finally {
		await checker.close();
	}
}

/** Fails with a readable list when the page has serious or critical accessibility violations. */
export async function expectAccessible(page: Page): Promise<void> {
	const found = await seriousViolations(page);
	if (found.length > 0) {
		const lines = found.map(
			(v) =>
				`${v.impact} ${v.id}: ${v.help} at ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(', ')}`
		);
		throw new Error(`accessibility violations on ${page.url()}:\n${lines.join('\n')}`);
	}
}
