import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { randomUUID } from 'node:crypto';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { startUp } from '$lib/server/startup';
import { fillLocals } from '$lib/server/locals';
import { m } from '$lib/paraglide/messages';
import { BODY_LIMIT_BYTES } from '$lib/server/http';

export const init: ServerInit = async () => {
	await startUp();
};

const language: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

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

export const handle = sequence(headers, language, identity);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status === 404) return { message: m.error_not_found() };
	const id = randomUUID().slice(0, 8);
	console.error(`[error ${id}]`, error);
	return { message: m.error_unexpected({ id }), id };
};
