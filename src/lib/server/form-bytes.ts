/**
 * Whether the text of a form body is the UTF-8 it must be. The platform decodes form bodies
 * leniently, writing U+FFFD for every byte that is no character, so a person's text would be
 * stored changed without a word; this looks at the bytes as they came. Only text fields are held
 * to it: a file field (a CSV in Windows-1252, say) is read later in its own encoding.
 */
import { isUtf8 } from '$lib/domain/text-encoding';

const PERCENT = 0x25;
const PLUS = 0x2b;

function hexValue(b: number): number {
	if (b >= 0x30 && b <= 0x39) return b - 0x30;
	if (b >= 0x41 && b <= 0x46) return b - 0x37;
	if (b >= 0x61 && b <= 0x66) return b - 0x57;
	return -1;
}

/** The bytes an `application/x-www-form-urlencoded` body stands for (its %XX escapes undone). */
function unescapeUrlencoded(body: Uint8Array): Uint8Array {
	const out = new Uint8Array(body.length);
	let n = 0;
	for (let i = 0; i < body.length; i++) {
		const b = body[i];
		if (b === PERCENT && i + 2 < body.length) {
			const hi = hexValue(body[i + 1]);
			const lo = hexValue(body[i + 2]);
			if (hi >= 0 && lo >= 0) {
				out[n++] = hi * 16 + lo;
				i += 2;
				continue;
			}
		}
		out[n++] = b === PLUS ? 0x20 : b;
	}
	return out.subarray(0, n);
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
	outer: for (let i = from; i <= haystack.length - needle.length; i++) {
		for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
		return i;
	}
	return -1;
}

const ascii = (s: string) => new TextEncoder().encode(s);
const HEADER_END = ascii('\r\n\r\n');

/** The text parts of a `multipart/form-data` body (headers and value), file parts left out. */
function multipartTextParts(body: Uint8Array, boundary: string): Uint8Array[] {
	const delimiter = ascii(`--${boundary}`);
	const parts: Uint8Array[] = [];
	let at = indexOf(body, delimiter, 0);
	while (at >= 0) {
		const start = at + delimiter.length;
		const next = indexOf(body, delimiter, start);
		if (next < 0) break;
		const part = body.subarray(start, next);
		const headerEnd = indexOf(part, HEADER_END, 0);
		const headers = new TextDecoder().decode(part.subarray(0, Math.max(headerEnd, 0)));
		if (!/;\s*filename\*?=/i.test(headers)) parts.push(part);
		at = next;
	}
	return parts;
}

/**
 * True unless the body is a form whose text is not valid UTF-8: an urlencoded body once its
 * escapes are undone, or a multipart body's text fields (file fields are not looked at).
 */
export function formTextIsUtf8(contentType: string, body: Uint8Array): boolean {
	const type = contentType.split(';')[0].trim().toLowerCase();
	if (type === 'application/x-www-form-urlencoded') return isUtf8(unescapeUrlencoded(body));
	if (type === 'text/plain') return isUtf8(body);
	if (type === 'multipart/form-data') {
		const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
		if (!boundary) return true;
		return multipartTextParts(body, boundary[1] ?? boundary[2]).every(isUtf8);
	}
	return true;
}

/** True for the content types a form posts. */
export function isFormType(contentType: string | null): boolean {
	const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
	return (
		type === 'application/x-www-form-urlencoded' ||
		type === 'multipart/form-data' ||
		type === 'text/plain'
	);
}

/** Up to this size a body refused unread is still received (and dropped) before the answer. */
export const DRAIN_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Receives and drops what is left of a request's body, so that the sender, still sending, gets the
 * answer instead of a broken connection, and the connection is free for its next request. A body the
 * server never began to read (over its own limit) errors at once here; the server drops that one
 * itself once the answer is sent.
 */
export async function drainBody(request: Request): Promise<void> {
	if (!request.body || request.bodyUsed) return;
	try {
		const reader = request.body.getReader();
		while (!(await reader.read()).done) {
			/* dropped */
		}
	} catch {
		// a body over the server's limit, or a sender gone: nothing more to receive
	}
}
