import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { SESSION_COOKIE } from '$lib/server/http';
import { signOut } from '$lib/server/services/access';

/** Ends this device's session in the event (on the server, not only the cookie) and goes home. */
export const POST: RequestHandler = ({ locals: { db, actor }, cookies, params }) => {
	if (actor) signOut(db, actor);
	cookies.delete(SESSION_COOKIE, { path: `/e/${params.slug}` });
	redirect(303, '/?signed-out=1');
};
