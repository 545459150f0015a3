// `npm run demo:reset`: deletes the demo event and loads it afresh (other events are untouched).
import { databasePath, getDb, closeDb } from '../src/lib/server/db/connection';
import { serverKey } from '../src/lib/server/security';
import { resetDemo } from '../src/lib/server/demo/load';
import { startUp } from '../src/lib/server/startup';

const event = resetDemo(getDb(), serverKey(databasePath()));
console.log(`Demo event "${event.name}" reloaded.`);
startUp();
closeDb();
