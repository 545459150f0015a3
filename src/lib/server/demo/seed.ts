/**
 * The demo event as data: `db/seed/demo-event.json`, read at run time from the project folder (as
 * the migrations are) and checked against the app's own rules, so a broken file stops the demo
 * with a message that says where, not halfway through loading it.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { SECTOR_NAME_MAX, SECTORS_MAX } from '$lib/domain/event-rules';
import { pathOf } from '$lib/domain/event-file-check';
import { statementInput } from '$lib/domain/statement-schema';
import { line } from '$lib/domain/text-schema';

/** The folder of seed data: SEED_DIR, or db/seed under the folder the app is started from. */
export function seedDir(): string {
	return resolve(process.env.SEED_DIR ?? join(process.cwd(), 'db', 'seed'));
}

const demoSeed = z.strictObject({
	// checked again, with the app's error codes, when the event is created
	event: z.strictObject({
		name: z.string(),
		place: z.string(),
		startsOn: z.string(),
		endsOn: z.string(),
		description: z.string()
	}),
	// in the order the breakouts met; statements in the order they were written
	sectors: z
		.array(
			z.strictObject({
				name: line(SECTOR_NAME_MAX, true),
				statements: z.array(z.strictObject(statementInput.shape)).min(1)
			})
		)
		.min(1)
		.max(SECTORS_MAX)
});
/** The demo event: its details, and its sectors with their statements. */
export type DemoSeed = z.output<typeof demoSeed>;

/** Reads and checks the demo event; throws an error naming the file and the first problem in it. */
export function readDemoSeed(path = join(seedDir(), 'demo-event.json')): DemoSeed {
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		const why = (e as Error).message;
		const hint = 'set SEED_DIR to the folder that holds it';
		throw new Error(`cannot read the demo event from ${path} (${hint}): ${why}`, { cause: e });
	}
	const parsed = demoSeed.safeParse(raw);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	throw new Error(
		`the demo event in ${path} is not valid: ${pathOf(issue.path) || 'the file'}: ${issue.message}`
	);
}
