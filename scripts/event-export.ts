// `npm run event:export -- --event <id or address> [--out FILE]`: writes one event of the database at
// DATABASE_PATH as an event file (JSON), to FILE or to stdout. Links and sessions are not in it.
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDb, databasePath, getDb } from '../src/lib/server/db/connection';
import { findEvent } from './lib/find-event';
import { eventFileJson, exportEvent } from '../src/lib/server/services/transfer';

const USAGE = 'usage: npm run event:export -- --event <id or address> [--out FILE]';

function die(message: string): never {
	process.stderr.write(`event:export: ${message}\n`);
	process.exit(1);
}

function options(): { event: string; out: string | undefined } {
	try {
		const { values } = parseArgs({
			options: { event: { type: 'string' }, out: { type: 'string' } },
			strict: true
		});
		if (!values.event) die(`--event is required (${USAGE})`);
		return { event: values.event, out: values.out };
	} catch (e) {
		die(`${(e as Error).message} (${USAGE})`);
	}
}

const { event: name, out } = options();
if (!existsSync(databasePath())) die(`no database at ${databasePath()} (set DATABASE_PATH)`);
const event = findEvent(name);
if (!event) die(`no event with the id or address "${name}" in ${databasePath()}`);
const json = eventFileJson(exportEvent(getDb(), event.id));
closeDb();
if (out) {
	try {
		writeFileSync(out, json);
	} catch (e) {
		die(`cannot write ${out}: ${(e as Error).message}`);
	}
	process.stderr.write(`event:export: "${event.name}" (/e/${event.slug}) written to ${out}\n`);
} else {
	process.stdout.write(json);
}
