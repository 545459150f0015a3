import {
	json,
	text,
	type Handle,
	type HandleServerError,
	type RequestEvent,
	type ServerInit
} from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { randomUUID } from 'node:crypto';
import { stringify } from 'devalue';
import type { FormFailure } from '$lib/forms';
import { getLocale } from '$lib/paraglide/runtime';
import { requestLanguage } from '$lib/server/language-store';
import { startUp } from '$lib/server/startup';
import { fillLocals } from '$lib/server/locals';
import { durability } from '$lib/server/context';
import { m } from '$lib/paraglide/messages';
import { BODY_LIMIT_BYTES, SESSION_COOKIE } from '$lib/server/http';
import { writeWait } from '$lib/server/rate';
import { eventFileLimit } from '$lib/server/uploads';
import { DRAIN_MAX_BYTES, drainBody, formTextIsUtf8, isFormType } from '$lib/server/form-bytes';
import { focusAfterPost, isPlainPost } from '$lib/server/post-focus';

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
	// a page answering a plain form post starts keyboard focus at what it refused or confirmed
	const plainPost = isPlainPost(event.request);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%paraglide.lang%', locale);
			return plainPost ? focusAfterPost(page) : page;
		}
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
	// a body too large is refused unread. Up to a sane size it is still received and dropped, so
	// the sender, still sending, reads the answer rather than a broken connection, and its next
	// request is answered on the same connection; past that the connection is closed
	const length = Number(event.request.headers.get('content-length') ?? 0);
	if (response.status === 413 || length > BODY_LIMIT_BYTES) {
		if (length > DRAIN_MAX_BYTES) response.headers.set('Connection', 'close');
		else await drainBody(event.request);
	}
	return response;
};

/** The form action a request posts to: `?/save` is save, and none named is the default. */
function actionOf(url: URL): string {
	for (const key of url.searchParams.keys()) if (key.startsWith('/')) return key.slice(1);
	return 'default';
}

// The actions that answer a body too large themselves, without reading it, in their own form (so
// the form stays open with its message, with or without JavaScript): the batch forms of a sector's
// page and of the facilitator's list, and the event import of the home page, which takes larger files.
const OWN_SIZE_ANSWER = new Set(['csvPreview', 'csvImport', 'pastePreview', 'pasteSave']);

/** The largest body a form action takes; null when the action answers larger ones itself. */
function bodyLimitOf(routeId: string | null, action: string): number | null {
	if (OWN_SIZE_ANSWER.has(action)) return null;
	if (routeId === '/' && action === 'import') return null;
	return BODY_LIMIT_BYTES;
}

const escapeHtml = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A refusal of a form post before any action reads it, with a plain message and no stack trace: as
 * a form failure when the page's script sent it (the page shows its message), otherwise as a page
 * that says it, with the way back to the form.
 */
function refuseForm(event: RequestEvent, status: number, message: string): Response {
	// the page's script sent it: a form failure, as an action's own refusal is, shown in the page
	if (event.request.headers.get('x-sveltekit-action') === 'true')
		return json({
			type: 'failure',
			status,
			data: stringify({ values: {}, errors: {}, message } satisfies FormFailure)
		});
	const page = `<!doctype html>
<html lang="${escapeHtml(getLocale())}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(message)}</title></head>
<body><main><p role="alert">${escapeHtml(message)}</p><p><a href="${escapeHtml(event.url.pathname)}">${escapeHtml(m.form_refused_back())}</a></p></main></body>
</html>
`;
	return new Response(page, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/**
 * Every form post goes through one door: a body larger than its action takes is refused unread
 * (413), and text that is not valid UTF-8 is refused (400) rather than stored with U+FFFD where
 * the bytes were. Wrong content types and bodies over the server's own limit are answered (415,
 * 413) by `handleError`.
 */
const forms: Handle = async ({ event, resolve }) => {
	const { request } = event;
	if (request.method !== 'POST' || !event.route.id) return resolve(event);
	const type = request.headers.get('content-type');
	if (!isFormType(type)) return resolve(event);
	const limit = bodyLimitOf(event.route.id, actionOf(event.url));
	const length = Number(request.headers.get('content-length') ?? 0);
	if (limit !== null && length > limit) return refuseForm(event, 413, m.error_body_too_large());
	// a body over the larger limits of the import and the batch forms is theirs to refuse, unread
	if (length > Math.max(BODY_LIMIT_BYTES, eventFileLimit())) return resolve(event);
	let body: ArrayBuffer;
	try {
		body = await request.arrayBuffer();
	} catch {
		// a body larger than the server takes, sent without its length
		return refuseForm(event, 413, m.error_body_too_large());
	}
	if (!formTextIsUtf8(type ?? '', new Uint8Array(body)))
		return refuseForm(event, 400, m.error_form_not_utf8());
	// the body is read once, here; the action reads the same bytes (cheaper than a clone's tee)
	event.request = new Request(request.url, {
		method: request.method,
		headers: request.headers,
		body,
		signal: request.signal
	});
	return resolve(event);
};

// forms after language: its refusals are worded in the reader's language; the allowance before
// forms, so that a post past it is refused unread
export const handle = sequence(durable, headers, language, allowance, forms, identity);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status === 404) return { message: m.error_not_found() };
	// a body over the server's limit, or a post that is not a form: the sender's doing, not a fault
	if (status === 413) return { message: m.error_body_too_large() };
	if (status === 415) return { message: m.error_unsupported_type() };
	const id = randomUUID().slice(0, 8);
	console.error(`[error ${id}]`, error);
	return { message: m.error_unexpected({ id }), id };
};
