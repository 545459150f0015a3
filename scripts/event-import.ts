// `npm run event:import -- FILE [--slug NEW]`: adds the event of an event file to the database at
// DATABASE_PATH as a new event, with links issued afresh, and prints where to open it.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDb, databasePath, getDb } from '../src/lib/server/db/connection';
import { serverKey } from '../src/lib/server/security';
import { publicOrigin } from '../src/lib/server/startup';
import {
	EVENT_FILE_MAX_BYTES,
	explainImportRefusal,
	importEvent,
	parseEventFile
} from '../src/lib/server/services/transfer';
import { Refusal } from '../src/lib/server/services/errors';
import { sizeText } from '../src/lib/domain/event-file-check';

const USAGE = 'usage: npm run event:import -- FILE [--slug NEW]';

function die(message: string): never {
	process.stderr.write(`event:import: ${message}\n`);
	process.exit(1);
}

function options(): { file: string; slug: string | undefined } {
	try {
		const { values, positionals } = parseArgs({
			options: { slug: { type: 'string' } },
			allowPositionals: true,
			strict: true
		});
		if (positionals.length !== 1) die(`give exactly one FILE (${USAGE})`);
		return { file: positionals[0], slug: values.slug };
	} catch (e) {
		die(`${(e as Error).message} (${USAGE})`);
	}
}

function readText(file: string): string {
	try {
		// refuse by size before reading a huge file into memory
		if (statSync(file).size > EVENT_FILE_MAX_BYTES)
			die(`${file}: the file is larger than ${sizeText(EVENT_FILE_MAX_BYTES)}`);
		return readFileSync(file, 'utf8');
	} catch (e) {
		die(`cannot read ${file}: ${(e as Error).message}`);
	}
}

const { file, slug } = options();
const text = readText(file);
try {
	const imported = importEvent(getDb(), serverKey(databasePath()), parseEventFile(text), { slug });
	const origin = publicOrigin();
	console.log(`Imported "${imported.event.name}" into ${databasePath()}`);
	console.log(`  Event:            ${origin}/e/${imported.event.slug}`);
	console.log(`  Facilitator link: ${origin}${imported.facilitatorPath}`);
	console.log(`  Join code:        ${imported.joinCode}`);
	console.log(
		"Links and the join code were issued afresh: the old ones do not open this copy. Rapporteur links are on the facilitator's Links page."
	);
} catch (e) {
	if (e instanceof Refusal) die(`${file}: ${explainImportRefusal(e)}; nothing was imported`);
	throw e;
} finally {
	closeDb();
}
