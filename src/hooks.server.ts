import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { startUp } from '$lib/server/startup';
import { m } from '$lib/paraglide/messages';

export const init: ServerInit = () => {
	startUp();
};

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, async ({ request, locale }) => {
		event.request = request;
		const response = await resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
		// link secrets live in URLs: never send them to another site as a referrer
		response.headers.set('Referrer-Policy', 'same-origin');
		response.headers.set('X-Content-Type-Options', 'nosniff');
		return response;
	});

export const handleError: HandleServerError = ({ error, status }) => {
	if (status === 404) return { message: m.error_not_found() };
	const id = randomUUID().slice(0, 8);
	console.error(`[error ${id}]`, error);
	return { message: m.error_unexpected({ id }), id };
};
