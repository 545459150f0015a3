// `npm run demo:reset`: deletes the demo event and loads it afresh (other events are untouched).
// `npm run demo:reset -- --finished`: the same, then plays it through to a published manifesto,
// to look at the outputs before running an event.
import { databasePath, getDb, closeDb } from '../src/lib/server/db/connection';
import { serverKey } from '../src/lib/server/security';
import { resetDemo } from '../src/lib/server/demo/load';
import { finishDemo } from '../src/lib/server/demo/finish';
import { startUp } from '../src/lib/server/startup';

const finished = process.argv.includes('--finished');
const db = getDb();
const key = serverKey(databasePath());
const event = resetDemo(db, key);
if (finished) await finishDemo(db, key);
console.log(
	`Demo event "${event.name}" reloaded${finished ? ' and played through to a published manifesto' : ''}.`
);
console.log(
	'Its links and join code are new: those handed out before no longer open it. Hand out these:'
);
await startUp();
closeDb();
