import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { startUp } from '$lib/server/startup';
import { m } from '$lib/paraglide/messages';

export const init: ServerInit = () => {
	startUp();
};

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

export const handleError: HandleServerError = ({ error, status }) => {
	if (status === 404) return { message: m.error_not_found() };
	const id = randomUUID().slice(0, 8);
	console.error(`[error ${id}]`, error);
	return { message: m.error_unexpected({ id }), id };
};
