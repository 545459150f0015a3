/** Glue between routes and services: the event of the URL, the actor of the cookie, refusals as HTTP. */
import { error, fail, type Cookies, type RequestEvent } from '@sveltejs/kit';
import type { EventInfo, Actor } from '$lib/domain/types';
import { findEventBySlug } from './db/events';
import { findActor } from './services/access';
import { Refusal } from './services/errors';
import { app } from './context';
import { describeFieldError, describeRefusal } from '$lib/i18n/errors';

export const SESSION_COOKIE = 'converge_session';

/** The event named in the URL, or a 404. */
export function eventOf(slug: string): EventInfo {
	const event = findEventBySlug(app().db, slug);
	if (!event) error(404, describeRefusal('not_found'));
	return event;
}

/** The event of the URL and the person acting in it (null when they hold no session for it). */
export function contextOf(e: Pick<RequestEvent, 'params' | 'cookies'>): { event: EventInfo; actor: Actor | null } {
	const event = eventOf(e.params.slug!);
	try {
		return { event, actor: findActor(app().db, event, e.cookies.get(SESSION_COOKIE)) };
	} catch (err) {
		rethrow(err);
	}
}

/** Sets the session cookie of an event: httpOnly, SameSite=Lax, scoped to the event's pages. */
export function setSessionCookie(cookies: Cookies, url: URL, slug: string, token: string): void {
	cookies.set(SESSION_COOKIE, token, {
		path: `/e/${slug}`,
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 60 * 60 * 24 * 60
	});
}

/** Turns a refusal into an error page (for loads); anything else is rethrown as it is. */
export function rethrow(err: unknown): never {
	if (err instanceof Refusal) error(err.status, describeRefusal(err.code));
	throw err;
}

/** Runs a load step, turning refusals into error pages. */
export function guard<T>(fn: () => T): T {
	try {
		return fn();
	} catch (err) {
		rethrow(err);
	}
}

/** Field codes → words. */
export function describeFields(fields: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, describeFieldError(v)]));
}

/**
 * Runs an action step; a refusal becomes `fail(status, { values, errors, message })` so the form
 * shows what went wrong and keeps what was typed.
 */
export function attempt<T>(values: Record<string, unknown>, fn: () => T) {
	try {
		return { ok: true as const, value: fn() };
	} catch (err) {
		if (!(err instanceof Refusal)) throw err;
		return {
			ok: false as const,
			failure: fail(err.status, { values, errors: describeFields(err.fields), message: describeRefusal(err.code) })
		};
	}
}

/** The same as `attempt`, for a step that runs asynchronously. */
export async function attemptAsync<T>(values: Record<string, unknown>, fn: () => Promise<T>) {
	try {
		return { ok: true as const, value: await fn() };
	} catch (err) {
		if (!(err instanceof Refusal)) throw err;
		return {
			ok: false as const,
			failure: fail(err.status, { values, errors: describeFields(err.fields), message: describeRefusal(err.code) })
		};
	}
}

/** A form's fields as plain strings (files and repeated fields ignored). */
export function formValues(data: FormData, ...names: string[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of names) {
		const v = data.get(name);
		out[name] = typeof v === 'string' ? v : '';
	}
	return out;
}

/** A positive integer id from a route parameter, or a 404. */
export function idParam(value: string | undefined): number {
	const id = Number(value);
	if (!Number.isInteger(id) || id <= 0) error(404, describeRefusal('not_found'));
	return id;
}

// The form bodies this app takes are a statement, a paste of a breakout's output or a CSV file.
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Refuses a body larger than the limit before reading it, with a message (the adapter's own limit is higher). */
export function bodyTooLarge(request: Request) {
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length <= BODY_LIMIT_BYTES) return null;
	return fail(413, { values: {}, errors: {}, message: describeFieldError('body_too_large') });
}
