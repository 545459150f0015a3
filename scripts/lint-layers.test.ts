/** The lint rules that keep the layers: each banned import is refused where it is banned, and only there. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const cases: [string, string, string, RegExp | null][] = [
	[
		'a route importing a repository',
		'src/routes/e/[slug]/x/+page.server.ts',
		"import { listSectors } from '$lib/server/db/events';\nexport const f = listSectors;\n",
		/repositories/
	],
	[
		'a route calling a service',
		'src/routes/e/[slug]/x/+page.server.ts',
		"import { eventSectors } from '$lib/server/services/events';\nexport const f = eventSectors;\n",
		null
	],
	[
		'a domain module importing server code',
		'src/lib/domain/x.ts',
		"import { now } from '$lib/server/services/clock';\nexport const f = now;\n",
		/server code/
	],
	[
		'the engine importing a Node built-in',
		'src/lib/clustering/x.ts',
		"import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
		/Node built-ins/
	],
	[
		'a renderer importing $app',
		'src/lib/outputs/x.ts',
		"import { page } from '$app/state';\nexport const f = page;\n",
		/SvelteKit runtime/
	],
	[
		'the board layout touching the DOM',
		'src/lib/board/x.ts',
		'export const width = () => window.innerWidth;\n',
		/DOM/
	],
	[
		'a component module importing server code',
		'src/lib/components/board/x.ts',
		"import { publish } from '$lib/server/live';\nexport const f = publish;\n",
		/server code/
	],
	[
		'a script importing a test helper',
		'scripts/x.ts',
		"import { startApp } from '../tests/e2e/setup';\nexport const f = startApp;\n",
		/tests/
	],
	[
		'a script importing the engine',
		'scripts/x.ts',
		"import { proposeThemes } from '../src/lib/clustering';\nexport const f = proposeThemes;\n",
		null
	]
];

describe('import bans per folder', () => {
	it.each(cases)('%s', async (_name, file, code, expected) => {
		const found = await problems(file, code);
		if (expected) expect(found.join('\n')).toMatch(expected);
		else expect(found.filter((p) => p.startsWith('no-restricted'))).toEqual([]);
	});
});
