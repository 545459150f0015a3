/**
 * Where a "go back" may go: a path of this site only. A browser reads more than a server expects
 * into an address ("/\evil.example/" is another site to it, tabs and newlines are dropped,
 * backslashes are slashes), so the address is read the way a browser reads it, against a
 * placeholder origin, and kept only if it stays on that origin. Pure.
 */
const HERE = 'http://converge.invalid';

/** The same-site path (with query and fragment) `to` leads to, or `fallback` when it leaves the site. */
export function safeReturnPath(to: unknown, fallback = '/'): string {
	if (typeof to !== 'string' || !to.startsWith('/')) return fallback;
	// control characters and backslashes are never part of a path people follow
	for (const ch of to) {
		const code = ch.codePointAt(0)!;
		if (code < 0x20 || code === 0x7f || ch === '\\') return fallback;
	}
	let url: URL;
	try {
		url = new URL(to, HERE);
	} catch {
		return fallback;
	}
	if (url.origin !== HERE) return fallback;
	return url.pathname + url.search + url.hash;
}
