import { describe, expect, it } from 'vitest';
import { decodeTextFile, isUtf8 } from './text-encoding';

const CSV = 'text,title\n"Café workers, naïve; 漢字 ภาษาไทย 一 👩🏽‍🌾",Pay\n';
const LATIN = 'text,title\n"Café workers, naïve, 5 € each",Pay\n';

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
	const out = new Uint8Array(s.length * 2);
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		out[2 * i + (endian === 'le' ? 0 : 1)] = c & 0xff;
		out[2 * i + (endian === 'le' ? 1 : 0)] = c >> 8;
	}
	return out;
}
// Windows-1252: Latin-1 for letters, and the euro sign at 0x80
function cp1252(s: string): Uint8Array {
	return Uint8Array.from([...s], (ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0)));
}
const join = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('reading an uploaded text file', () => {
	it.each([
		['UTF-8', utf8(CSV), CSV, 'utf-8', false],
		['UTF-8 with a BOM', join([0xef, 0xbb, 0xbf], utf8(CSV)), CSV, 'utf-8', true],
		['UTF-16 LE with a BOM', join([0xff, 0xfe], utf16(CSV, 'le')), CSV, 'utf-16le', true],
		['UTF-16 BE with a BOM', join([0xfe, 0xff], utf16(CSV, 'be')), CSV, 'utf-16be', true],
		['UTF-16 LE without a BOM', utf16(CSV, 'le'), CSV, 'utf-16le', false],
		['UTF-16 BE without a BOM', utf16(CSV, 'be'), CSV, 'utf-16be', false],
		['Windows-1252 (Latin-1)', cp1252(LATIN), LATIN, 'windows-1252', false]
	])('reads %s as written', (_name, bytes, text, encoding, bom) => {
		expect(decodeTextFile(bytes)).toEqual({ text, encoding, bom });
	});

	it('keeps "café" in Latin-1 whole, never a replacement character', () => {
		const read = decodeTextFile(cp1252('text\ncafé\n'))!;
		expect(read.text).toBe('text\ncafé\n');
		expect(read.text).not.toContain('\uFFFD');
	});

	it('refuses bytes that are not valid in the encoding their BOM names', () => {
		expect(decodeTextFile(join([0xef, 0xbb, 0xbf], utf8('text\n'), [0xff]))).toBeNull();
		// a lone high surrogate in UTF-16 LE
		expect(decodeTextFile(join([0xff, 0xfe], utf16('text\n', 'le'), [0x3d, 0xd8]))).toBeNull();
	});

	it('tells valid UTF-8 from bytes that are not', () => {
		expect(isUtf8(utf8('café 漢字'))).toBe(true);
		expect(isUtf8(cp1252('café'))).toBe(false);
		expect(isUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(false);
	});
});
