/**
 * The reader's language for the length of one request, where the paraglide runtime looks for it.
 *
 * Paraglide's own middleware also clones every request, body and all, so that a URL strategy may
 * rewrite the address; this app keeps the language in a cookie (with the browser's languages and
 * English after it) and never rewrites an address, and under a plenary's load those clones were a
 * noticeable share of the server's time. This sets the same per-request store without them.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import {
	extractLocaleFromRequest,
	getServerAsyncLocalStorage,
	overwriteServerAsyncLocalStorage,
	strategy,
	type Locale
} from '$lib/paraglide/runtime';

interface Store {
	locale?: Locale;
	origin?: string;
	messageCalls?: Set<string>;
}

function storage(): AsyncLocalStorage<Store> {
	let s = getServerAsyncLocalStorage() as AsyncLocalStorage<Store> | undefined;
	if (!s) {
		s = new AsyncLocalStorage<Store>();
		overwriteServerAsyncLocalStorage(s as Parameters<typeof overwriteServerAsyncLocalStorage>[0]);
	}
	return s;
}

if ((strategy as readonly string[]).some((s) => s.startsWith('url')))
	throw new Error(
		'language-store.ts does not rewrite addresses: use paraglideMiddleware with a URL strategy'
	);

/** Runs `fn` with the request's language (cookie, then the browser's languages, then English). */
export function withRequestLanguage<T>(request: Request, fn: (locale: Locale) => T): T {
	const locale = extractLocaleFromRequest(request);
	return storage().run(
		{ locale, origin: new URL(request.url).origin, messageCalls: new Set() },
		() => fn(locale)
	);
}
