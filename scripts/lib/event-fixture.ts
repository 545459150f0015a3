// Events written straight into a running app's database for the benchmarks and screenshot scripts:
// argument sentences from ../shared/data/argkp-dev.jsonl as statements, spread over a few sectors,
// and the facilitator's session opened over HTTP.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningApp } from './app-server.js';
import { sessionFrom, type Client } from './bench-vote-http.js';
import { openDatabase } from '../../src/lib/server/db/connection.js';
import { serverKey } from '../../src/lib/server/security.js';
import { createEvent } from '../../src/lib/server/services/events.js';
import { createStatement } from '../../src/lib/server/db/statements.js';
import { listSectors } from '../../src/lib/server/db/events.js';

const DATA = resolve(
	dirname(fileURLToPath(import.meta.url)),
	'..',
	'..',
	'..',
	'shared',
	'data',
	'argkp-dev.jsonl'
);
export const FIXTURE_SECTORS = ['Education', 'Health', 'Economy'];

/** The first `n` distinct argument sentences of argkp-dev of at least 20 characters. */
export function argumentTexts(n: number): string[] {
	if (!existsSync(DATA)) throw new Error(`this script needs ${DATA}`);
	const seen = new Set<string>();
	for (const line of readFileSync(DATA, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		const t = (JSON.parse(line) as { text: string }).text.trim();
		if (t.length >= 20) seen.add(t.slice(0, 1000));
		if (seen.size >= n) break;
	}
	if (seen.size < n) throw new Error(`${DATA} holds only ${seen.size} usable texts`);
	return [...seen];
}

/** An event holding `lines` as English statements, a sector each in turn; its address and facilitator link. */
export function eventWithStatements(app: RunningApp, name: string, lines: readonly string[]) {
	const db = openDatabase(app.dbPath);
	try {
		const { event, facilitatorPath } = createEvent(
			db,
			serverKey(app.dbPath),
			{ name },
			FIXTURE_SECTORS
		);
		const sectors = listSectors(db, event.id);
		const now = new Date().toISOString();
		db.transaction(() =>
			lines.forEach((text, i) =>
				createStatement(
					db,
					{
						eventId: event.id,
						sectorId: sectors[i % sectors.length].id,
						title: '',
						text,
						lang: 'en',
						authorId: null,
						source: 'import'
					},
					now
				)
			)
		)();
		return { slug: event.slug, facilitatorPath };
	} finally {
		db.close();
	}
}

/** The facilitator's session cookie, from opening their link over HTTP. */
export async function facilitatorSession(client: Client, facilitatorPath: string): Promise<string> {
	const opened = await client.send('POST', facilitatorPath, {
		action: true,
		form: new URLSearchParams()
	});
	const token = sessionFrom(opened);
	if (!token) throw new Error(`the facilitator link ${facilitatorPath} set no session cookie`);
	return token;
}
