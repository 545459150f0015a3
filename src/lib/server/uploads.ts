/** Reading uploads: a CSV of statements (or its re-posted text), and the size an event file may have. */
import { dev } from '$app/environment';
import { EVENT_FILE_MAX_BYTES } from './services/transfer';
import { decodeTextFile, type TextEncodingName } from '$lib/domain/text-encoding';

// A CSV of a whole breakout is a few hundred lines; a larger file is a mistake.
export const CSV_FILE_LIMIT = 512 * 1024;

/**
 * The CSV text of a form: the chosen file, read in the encoding it was saved in (see
 * `decodeTextFile`), or the `csv` field that carries a checked file's text to the import step.
 * `encoding` names what the file was read as; `error` is a field error code when there is no file,
 * it is too large or its bytes are not valid in the encoding they announce.
 */
export async function csvFrom(
	data: FormData
): Promise<{ content: string; encoding?: TextEncodingName; error?: string }> {
	const file = data.get('file');
	if (file instanceof File && file.size > 0) {
		if (file.size > CSV_FILE_LIMIT) return { content: '', error: 'file_too_large' };
		const read = decodeTextFile(new Uint8Array(await file.arrayBuffer()));
		if (!read) return { content: '', error: 'file_encoding' };
		return { content: read.text, encoding: read.encoding };
	}
	const content = data.get('csv');
	return typeof content === 'string' && content.trim()
		? { content }
		: { content: '', error: 'file_missing' };
}

/**
 * The largest event file the web form takes: the largest request the server lets through
 * (adapter-node's BODY_SIZE_LIMIT: bytes, or a number with K, M or G; 512K when unset; none under
 * `vite dev`), so a larger file gets a message instead of an error page. The command line takes
 * files up to EVENT_FILE_MAX_BYTES.
 */
export function eventFileLimit(): number {
	if (dev) return EVENT_FILE_MAX_BYTES;
	const raw = (process.env.BODY_SIZE_LIMIT ?? '512K').trim();
	const match = /^(\d+)([KMG]?)$/i.exec(raw);
	const bytes =
		raw === 'Infinity'
			? Infinity
			: match
				? Number(match[1]) * 1024 ** ' KMG'.indexOf(match[2].toUpperCase() || ' ')
				: 512 * 1024;
	return Math.min(bytes, EVENT_FILE_MAX_BYTES);
}
