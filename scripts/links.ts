// `npm run links -- --event <id or address> [--reissue]`: prints an event's links again (the
// facilitator's, each sector's rapporteur link, each translator link, the join address and code) at
// the address phones can reach. With --reissue, first issues a new facilitator link (the old one
// stops working and everyone who opened it is signed out): for a facilitator link lost or leaked.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDb, databasePath, getDb } from '../src/lib/server/db/connection';
import { serverKey } from '../src/lib/server/security';
import { reissueAsOperator } from '../src/lib/server/services/links';
import { joinQr, linkLines } from '../src/lib/server/startup';
import { findEvent } from './lib/find-event';

const USAGE = 'usage: npm run links -- --event <id or address> [--reissue]';

function die(message: string): never {
	process.stderr.write(`links: ${message}\n`);
	process.exit(1);
}

function options(): { event: string; reissue: boolean } {
	try {
		const { values } = parseArgs({
			options: { event: { type: 'string' }, reissue: { type: 'boolean', default: false } },
			strict: true
		});
		if (!values.event) die(`--event is required (${USAGE})`);
		return { event: values.event, reissue: values.reissue ?? false };
	} catch (e) {
		die(`${(e as Error).message} (${USAGE})`);
	}
}

const { event: name, reissue } = options();
if (!existsSync(databasePath())) die(`no database at ${databasePath()} (set DATABASE_PATH)`);
const event = findEvent(name);
if (!event) die(`no event with the id or address "${name}" in ${databasePath()}`);
const db = getDb();
const key = serverKey(databasePath());
if (reissue) {
	reissueAsOperator(db, key, event.id, 'facilitator');
	console.log('A new facilitator link was issued; the old one no longer opens the event.');
}
for (const line of linkLines(db, key, event)) console.log(line);
const qr = process.stdout.isTTY ? await joinQr(db, key, event) : null;
if (qr) console.log(qr);
closeDb();
