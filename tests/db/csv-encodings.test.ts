// A CSV file saved by a spreadsheet in any of the encodings they offer arrives as it was written:
// "café" stays "café" from Windows-1252 (Latin-1), and a UTF-16 file (either byte order, with or
// without a byte order mark) is read rather than refused as having "no text column".
import { describe, expect, it } from 'vitest';
import { csvFrom } from '$lib/server/uploads';
import * as svc from '$lib/server/services/statements';
import { changePhase } from '$lib/server/services/events';
import { listStatements } from '$lib/server/db/statements';
import { seededEvent } from './helpers';

const CSV =
	'text,title,sector\r\n"Café workers in Zürich are paid late, naïve rules",Pay,Labour\r\n';

function utf16(s: string, endian: 'le' | 'be'): number[] {
	return [...s].flatMap((ch) => {
		const c = ch.charCodeAt(0);
		return endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff];
	});
}
const latin1 = (s: string) => [...s].map((ch) => ch.charCodeAt(0));
const utf8 = (s: string) => [...new TextEncoder().encode(s)];

/** A form with a CSV file of these bytes, as the browser posts it. */
function formWith(bytes: number[]): FormData {
	const data = new FormData();
	data.set('file', new File([Uint8Array.from(bytes)], 'statements.csv', { type: 'text/csv' }));
	return data;
}

describe('a CSV file in any encoding a spreadsheet saves', () => {
	it.each([
		['UTF-8', utf8(CSV), 'utf-8'],
		['UTF-8 with a BOM', [0xef, 0xbb, 0xbf, ...utf8(CSV)], 'utf-8'],
		['UTF-16 LE with a BOM', [0xff, 0xfe, ...utf16(CSV, 'le')], 'utf-16le'],
		['UTF-16 BE with a BOM', [0xfe, 0xff, ...utf16(CSV, 'be')], 'utf-16be'],
		['UTF-16 LE without a BOM', utf16(CSV, 'le'), 'utf-16le'],
		['UTF-16 BE without a BOM', utf16(CSV, 'be'), 'utf-16be'],
		['Windows-1252 (Latin-1)', latin1(CSV), 'windows-1252']
	])('%s is read, previewed and imported as written', async (_name, bytes, encoding) => {
		const read = await csvFrom(formWith(bytes));
		expect(read).toEqual({ content: CSV, encoding });
		const s = seededEvent();
		changePhase(s.db, s.facilitator, 'breakouts');
		const preview = svc.previewCsv(s.db, s.facilitator, null, read.content);
		expect(preview.fileErrors).toEqual([]);
		expect(preview.items.map((i) => i.text)).toEqual([
			'Café workers in Zürich are paid late, naïve rules'
		]);
		expect(svc.importCsv(s.db, s.facilitator, null, read.content)).toEqual({
			saved: 1,
			skipped: 0
		});
		const stored = listStatements(s.db, s.event.id);
		expect(stored.map((x) => x.text)).toEqual([
			'Café workers in Zürich are paid late, naïve rules'
		]);
		expect(stored[0].text).not.toContain('\uFFFD');
	});

	it('refuses a file whose bytes break the encoding its BOM names, with a message', async () => {
		const read = await csvFrom(formWith([0xef, 0xbb, 0xbf, ...utf8('text\n'), 0xff, 0xfe, 0x41]));
		expect(read).toEqual({ content: '', error: 'file_encoding' });
	});
});
