/**
 * Reading the bytes of an uploaded text file (a CSV) as the text it was written as. Spreadsheets
 * save CSV as UTF-8 (with or without a byte order mark), as UTF-16 (Excel's "Unicode text", little
 * or big endian) or in the Windows code page of Western Europe (Windows-1252, which the web reads
 * for "Latin-1" too). UTF-8 and UTF-16 are decoded by the platform's `TextDecoder` (the WHATWG
 * Encoding standard), Windows-1252 by its table here; which one to use is decided by rules that
 * never guess among look-alikes:
 *
 * 1. a byte order mark names the encoding;
 * 2. without one, text in UTF-16 shows itself by its zero bytes: every ASCII character (the header
 *    `text`, digits, commas, line breaks) has a zero byte beside its code, on the same side each
 *    time, where other text has none;
 * 3. otherwise, bytes that are valid UTF-8 are UTF-8 (text in a single-byte code page with any
 *    letter beyond ASCII almost never is);
 * 4. anything else is read as Windows-1252, where every byte is a character.
 */

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** Each encoding as it is named in a spreadsheet's "save as" list, the same in every language. */
export const ENCODING_NAMES: Record<TextEncodingName, string> = {
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16 LE',
	'utf-16be': 'UTF-16 BE',
	'windows-1252': 'Windows-1252 (Latin-1)'
};

export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
	/** whether the file began with a byte order mark (which is not part of the text) */
	bom: boolean;
}

const BOMS: [number[], TextEncodingName][] = [
	[[0xef, 0xbb, 0xbf], 'utf-8'],
	[[0xff, 0xfe], 'utf-16le'],
	[[0xfe, 0xff], 'utf-16be']
];

/** The text of `bytes` in `encoding`, or null when they are not valid in it. */
function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName): string | null {
	try {
		// ignoreBOM: the mark, when there is one, is cut off before
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

// How many bytes the UTF-16 test looks at.
const SAMPLE = 8192;

/**
 * UTF-16 without a byte order mark, told by where its zero bytes fall; null when it is not. Text
 * in UTF-8 or a single-byte code page holds no zero byte (NUL is no character of a text), while
 * UTF-16 holds one beside every ASCII character, always on the same side of the pair (a few
 * characters such as 一, U+4E00, put one on the other side).
 */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (bytes.length % 2 !== 0) return null;
	const n = Math.min(bytes.length, SAMPLE);
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) even++;
		if (bytes[i + 1] === 0) odd++;
	}
	// ASCII in little endian is "t 0 e 0 x 0 t 0": the zeros are the second byte of each pair
	if (odd > 0 && even * 4 <= odd) return 'utf-16le';
	if (even > 0 && odd * 4 <= even) return 'utf-16be';
	return null;
}

/**
 * The text of a file's bytes and the encoding it was read in, or null when the bytes name an
 * encoding (by their byte order mark or their zero bytes) and are not valid in it.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText | null {
	for (const [mark, encoding] of BOMS) {
		if (bytes.length >= mark.length && mark.every((b, i) => bytes[i] === b)) {
			const text = decodeStrict(bytes.subarray(mark.length), encoding);
			return text === null ? null : { text, encoding, bom: true };
		}
	}
	const wide = utf16ByZeros(bytes);
	if (wide) {
		const text = decodeStrict(bytes, wide);
		return text === null ? null : { text, encoding: wide, bom: false };
	}
	const utf8 = decodeStrict(bytes, 'utf-8');
	if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false };
	return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
}

// Windows-1252 is Latin-1 but for 0x80–0x9F, where it has typographic characters (the five bytes
// it leaves unassigned read as the C1 control of the same number, as the Encoding standard says).
// Node's TextDecoder reads this label as plain Latin-1 and loses them, so the table is here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The text of bytes in Windows-1252: every byte is one character. */
export function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 4096) {
		const chunk = bytes.subarray(i, i + 4096);
		out += String.fromCharCode(
			...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b))
		);
	}
	return out;
}

/** True when the bytes are valid UTF-8 (what a form's text must be). */
export function isUtf8(bytes: Uint8Array): boolean {
	return decodeStrict(bytes, 'utf-8') !== null;
}

/** The text of UTF-8 bytes (a byte order mark kept, for the reader to skip), or null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
	return decodeStrict(bytes, 'utf-8');
}
