// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Db } from '$lib/server/db/connection';
import type { Actor, EventInfo } from '$lib/domain/types';
import type { Locale } from '$lib/paraglide/runtime';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** set for unexpected errors, so a person can quote it */
			id?: string;
		}
		/**
		 * Who is asking, resolved once per request by `handle` in hooks.server.ts. `event` and
		 * `actor` are read lazily and remembered: a page that never reads them costs no query.
		 */
		interface Locals {
			/** the process's one connection */
			db: Db;
			/** the server key that link secrets are derived from */
			key: Buffer;
			/** the event named by the URL's `[slug]`; reading it where there is none, or an unknown one, is a 404 */
			readonly event: EventInfo;
			/** the person acting in that event (null without a session); reading it with a revoked link is a 403 */
			readonly actor: Actor | null;
			/** the reader's language, set first by `handle` (paraglide's getLocale reads it) */
			locale?: Locale;
		}
	}
}

export {};
