/**
 * The reader's language for the length of one request, where the paraglide runtime looks for it.
 *
 * Paraglide's own middleware clones every request, body and all, so that a URL strategy may
 * rewrite the address, and keeps the language in an async-local store of its own. This app keeps
 * the language in a cookie (with the browser's languages and English after it) and never rewrites
 * an address; under a plenary's load the clones, and the second store that every promise of every
 * request has to carry, were a noticeable share of the server's time. Here the language is read
 * once per request into `locals.locale`, and the runtime's `getLocale` reads it from the request
 * SvelteKit is answering (its own store); outside a request it is English, as before.
 */
import { getRequestEvent } from '$app/server';
import {
	baseLocale,
	extractLocaleFromRequest,
	overwriteGetLocale,
	strategy,
	type Locale
} from '$lib/paraglide/runtime';

if ((strategy as readonly string[]).some((s) => s.startsWith('url')))
	throw new Error(
		'language-store.ts does not rewrite addresses: use paraglideMiddleware with a URL strategy'
	);

overwriteGetLocale(() => {
	try {
		return getRequestEvent().locals.locale ?? baseLocale;
	} catch {
		return baseLocale; // not answering a request: start-up, a timer
	}
});

/** The request's language (cookie, then the browser's languages, then English). */
export function requestLanguage(request: Request): Locale {
	return extractLocaleFromRequest(request);
}
