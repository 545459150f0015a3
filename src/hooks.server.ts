import { json, text, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { randomUUID } from 'node:crypto';
import { requestLanguage } from '$lib/server/language-store';
import { startUp } from '$lib/server/startup';
import { fillLocals } from '$lib/server/locals';
import { durability } from '$lib/server/context';
import { m } from '$lib/paraglide/messages';
import { BODY_LIMIT_BYTES, SESSION_COOKIE } from '$lib/server/http';
import { writeWait } from '$lib/server/rate';

export const init: ServerInit = async () => {
	await startUp();
	durability();
};

/**
 * An answer that reports a change leaves only once the change is on disk (a power cut loses no
 * acknowledged ballot or statement); answers that changed nothing do not wait.
 */
const durable: Handle = async ({ event, resolve }) => {
	const barrier = durability();
	if (!barrier) return resolve(event);
	const mark = barrier.mark();
	const response = await resolve(event);
	await barrier.settle(mark);
	return response;
};

const language: Handle = ({ event, resolve }) => {
	const locale = requestLanguage(event.request);
	event.locals.locale = locale;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
	});
};

/**
 * Every write counts against its session and its address (rate.ts); past the allowance it is
 * refused unread, with when to try again. An enhanced form gets the refusal as an action error,
 * which the page shows; a plain form post gets the message as the page.
 */
const allowance: Handle = ({ event, resolve }) => {
	if (event.request.method === 'GET' || event.request.method === 'HEAD') return resolve(event);
	const wait = writeWait(
		event.cookies.get(SESSION_COOKIE),
		event.getClientAddress(),
		event.url.pathname
	);
	if (!wait) return resolve(event);
	const message = m.refusal_too_many_posts({ count: wait });
	const headers = { 'retry-after': String(wait), connection: 'close' };
	if (event.request.headers.get('x-sveltekit-action') === 'true')
		return json({ type: 'error', error: { message } }, { status: 429, headers });
	return text(message, {
		status: 429,
		headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }
	});
};

/** Who is asking: the database, the event of the URL and the acting person, once per request. */
const identity: Handle = ({ event, resolve }) => {
	fillLocals(event);
	return resolve(event);
};

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	// link secrets live in URLs: never send them to another site as a referrer
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Content-Type-Options', 'nosniff');
	// a body too large is refused unread: the connection is closed after the answer, so the
	// browser's next request goes on a fresh one instead of waiting behind the unread bytes
	const length = Number(event.request.headers.get('content-length') ?? 0);
	if (response.status === 413 || length > BODY_LIMIT_BYTES)
		response.headers.set('Connection', 'close');
	return response;
};

export const handle = sequence(durable, headers, language, allowance, identity);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status === 404) return { message: m.error_not_found() };
	const id = randomUUID().slice(0, 8);
	console.error(`[error ${id}]`, error);
	return { message: m.error_unexpected({ id }), id };
};
