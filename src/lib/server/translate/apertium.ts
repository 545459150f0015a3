/**
 * Apertium, the offline rule-based machine translation engine (Debian packages `apertium`,
 * `apertium-eng-spa`, `apertium-es-pt`, `apertium-fr-es`), when it is installed: its modes, and texts
 * translated through them. The app works without it: then there are no modes and no drafts.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseModes, route, type Mode } from './route';

/** The command, overridable for a non-standard install. */
const APERTIUM = process.env.APERTIUM_PATH ?? 'apertium';
/** A statement pipeline longer than this is stuck: give up on it. */
const TIMEOUT_MS = 60_000;

let modesOnce: Promise<Mode[]> | null = null;

/** The modes installed (none when Apertium is not). Read once per process. */
export function apertiumModes(): Promise<Mode[]> {
	modesOnce ??= new Promise((resolve) => {
		execFile(APERTIUM, ['-l'], { timeout: 10_000 }, (err, stdout) =>
			resolve(err ? [] : parseModes(stdout))
		);
	});
	return modesOnce;
}

/**
 * Runs one mode over a text (unknown words left as they are, unmarked). The text goes in as a
 * file: Apertium's text reader refuses the socket a child process gets as its standard input.
 */
async function run(mode: string, text: string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'converge-mt-'));
	try {
		const input = join(dir, 'in.txt');
		await writeFile(input, text.endsWith('\n') ? text : text + '\n', 'utf8');
		return await new Promise((resolve, reject) => {
			execFile(
				APERTIUM,
				['-u', mode, input],
				{ timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
				(err, stdout) => (err ? reject(err) : resolve(stdout))
			);
		});
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

/** One line per text: a text's own line breaks become spaces, so paragraphs map one to one. */
const flat = (t: string) => t.replace(/\s*\n\s*/g, ' ').trim();

/** Runs texts through modes one after the other (a pivot takes two), one run per mode. */
export async function runModes(
	texts: readonly string[],
	modes: readonly string[]
): Promise<string[]> {
	let current = texts.map(flat);
	for (const mode of modes) {
		const out = (await run(mode, current.join('\n\n'))).trim().split(/\n\s*\n/);
		// paragraphs came back one to one, or each text goes through on its own
		current =
			out.length === current.length
				? out.map((t) => t.trim())
				: await Promise.all(current.map(async (t) => (await run(mode, t)).trim()));
	}
	return current;
}

/**
 * Translates texts from one language to another through the installed modes (pivoting through a
 * third language where there is no direct mode), in one run per mode; null when no route exists.
 */
export async function translateAll(
	texts: readonly string[],
	from: string,
	to: string
): Promise<string[] | null> {
	const steps = route(await apertiumModes(), from, to);
	return steps === null ? null : runModes(texts, steps);
}
