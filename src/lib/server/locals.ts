/** Fills `App.Locals` once per request: the connection, the key, and lazily the event and the actor. */
import { error, type RequestEvent } from '@sveltejs/kit';
import type { Actor, EventInfo } from '$lib/domain/types';
import { describeRefusal } from '$lib/i18n/errors';
import { app } from './context';
import { findEventBySlug } from './db/events';
import { findActor } from './services/access';
import { Refusal } from './services/errors';

export const SESSION_COOKIE = 'converge_session';

/**
 * Resolves `locals` for a request; `event` and `actor` are looked up on first read and remembered.
 * A form post reads the event afresh each time: the action may change it (its phase, its
 * publication) before the loads that render the answer read it again.
 */
export function fillLocals(
	e: Pick<RequestEvent, 'params' | 'cookies' | 'locals' | 'request'>
): void {
	const { db, key } = app();
	const remember = e.request.method === 'GET' || e.request.method === 'HEAD';
	let event: EventInfo | undefined;
	let actor: Actor | null | undefined;
	const eventOf = (): EventInfo => {
		if (event && remember) return event;
		const found = e.params.slug ? findEventBySlug(db, e.params.slug) : null;
		if (!found) error(404, describeRefusal('not_found'));
		return (event = found);
	};
	Object.defineProperties(e.locals, {
		db: { value: db, enumerable: true },
		key: { value: key, enumerable: true },
		event: { get: eventOf, enumerable: true },
		actor: {
			enumerable: true,
			get(): Actor | null {
				if (actor !== undefined) return actor;
				try {
					return (actor = findActor(db, eventOf(), e.cookies.get(SESSION_COOKIE)));
				} catch (err) {
					if (err instanceof Refusal) error(err.status, describeRefusal(err.code));
					throw err;
				}
			}
		}
	});
}
