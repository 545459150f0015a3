/**
 * Refusals as HTTP: one place turns a service's `Refusal` into an error page (loads) or into a
 * form failure `{ values, errors, message }` (actions), so every page shows them the same way.
 */
import { error, fail, isHttpError, type ActionFailure, type Cookies } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { doors } from './attempts';
import type { FormFailure } from '$lib/forms';
import { describeFieldError, describeRefusal } from '$lib/i18n/errors';
import { replaySkippedText } from '$lib/i18n/themes';
import type { Replayed } from '$lib/domain/curation-refusals';
import { Refusal } from './services/errors';
import { SESSION_COOKIE } from './locals';

export { SESSION_COOKIE };

/** Runs a load step; a refusal becomes its error page, anything else is rethrown as it is. */
export function guard<T>(fn: () => T): T {
	try {
		return fn();
	} catch (err) {
		if (err instanceof Refusal) error(err.status, describeRefusal(err.code, err.detail));
		throw err;
	}
}

/**
 * Runs the lookup of a join code or a link for one client: a client that has been guessing is
 * refused (429, with when to try again) before anything is looked up, and each unknown code or
 * link it tries counts against it. A right code or link never counts.
 */
export function guardDoor<T>(
	e: { getClientAddress(): string; setHeaders?: (headers: Record<string, string>) => void },
	fn: () => T
): T {
	const client = e.getClientAddress();
	const wait = doors.waitSeconds(client);
	if (wait > 0) {
		try {
			e.setHeaders?.({ 'retry-after': String(wait) });
		} catch {
			// a form action's answer takes no headers of its own; the message says when
		}
		error(429, m.refusal_too_many_tries({ count: wait }));
	}
	try {
		return guard(fn);
	} catch (err) {
		if (isHttpError(err) && err.status === 404) doors.miss(client);
		throw err;
	}
}

/** The one failure of a form: what was typed, what is wrong with each field, and why. */
export function failure(
	status: number,
	values: Record<string, string>,
	message: string,
	errors: Record<string, string> = {}
): ActionFailure<FormFailure> {
	return fail(status, { values, errors, message });
}

/**
 * Runs an action's service call and returns what it returns; a refusal becomes a form failure
 * that keeps what was typed. Anything else is rethrown (an unexpected error, logged with an id).
 */
export async function act<T>(
	values: Record<string, string>,
	fn: () => T | Promise<T>
): Promise<T | ActionFailure<FormFailure>> {
	try {
		return await fn();
	} catch (err) {
		if (!(err instanceof Refusal)) throw err;
		const errors = Object.fromEntries(
			Object.entries(err.fields).map(([k, v]) => [k, describeFieldError(v)])
		);
		return failure(err.status, values, describeRefusal(err.code, err.detail), errors);
	}
}

/**
 * The answer of an undo or a redo: `ok` when it applied; when it could not apply and was skipped
 * (taken off the stack, so the next undo takes the step before), a failure saying why, so that the
 * page shows the message and, reloaded, the state as it is.
 */
export function replayed<T>(
	r: Replayed,
	direction: 'undo' | 'redo',
	name: (action: string) => string,
	ok: (action: string) => T,
	values: Record<string, string> = {}
): T | ActionFailure<FormFailure> {
	if (!r.skipped) return ok(r.action);
	return failure(409, values, replaySkippedText(direction, name(r.action), r.skipped));
}

/** A form's fields as plain strings (files and repeated fields ignored). */
export function formValues<K extends string>(data: FormData, ...names: K[]): Record<K, string> {
	const out = {} as Record<K, string>;
	for (const name of names) {
		const v = data.get(name);
		out[name] = typeof v === 'string' ? v : '';
	}
	return out;
}

/** A positive integer id from a form field or query parameter, or a 404. */
export function idParam(value: string | null | undefined): number {
	const id = Number(value);
	if (!Number.isInteger(id) || id <= 0) error(404, describeRefusal('not_found'));
	return id;
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

// The form bodies this app takes are a statement, a paste of a breakout's output or a CSV file.
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Refuses a body larger than the limit before reading it, with a message (the adapter's own limit
 * is higher). The server hook refuses such bodies for every form action but the batch forms, which
 * call this to answer in their own form (see `src/hooks.server.ts`).
 */
export function bodyTooLarge(request: Request): ActionFailure<FormFailure> | null {
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length <= BODY_LIMIT_BYTES) return null;
	return failure(413, {}, describeFieldError('body_too_large'));
}

/** The text an output's address asks for: `?version=N`, `?version=draft`, or (omitted) the latest published. */
/** The language a document is asked for in (`?lang=fr`): a language code, or null. */
export function langParam(url: URL): string | null {
	const v = url.searchParams.get('lang');
	return v !== null && /^[a-z]{2,3}$/.test(v) ? v : null;
}

/** The file name's language part: the reading language when it is not the original's. */
export function langSuffix(
	reading: { lang: string; original: string } | null | undefined
): string[] {
	return reading && reading.lang !== reading.original ? [reading.lang] : [];
}

export function editionParam(url: URL): number | 'draft' | undefined {
	const v = url.searchParams.get('version');
	if (v === null || v === '') return undefined;
	return v === 'draft' ? 'draft' : idParam(v);
}
