import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { guardDoor, setSessionCookie } from '$lib/server/http';
import { joinWithCode, peekLink } from '$lib/server/services/access';
import { formatJoinCode, normaliseJoinCode } from '$lib/server/security';
import { homeOf } from '$lib/server/home';

export const load: PageServerLoad = (e) => {
	const {
		params,
		locals: { db }
	} = e;
	const link = guardDoor(e, () => peekLink(db, params.code, 'code'));
	return { event: link.event, code: formatJoinCode(normaliseJoinCode(params.code)) };
};

export const actions: Actions = {
	/** Joins as a participant and goes to the event. */
	default: (e) => {
		const {
			params,
			cookies,
			url,
			locals: { db }
		} = e;
		const session = guardDoor(e, () => joinWithCode(db, params.code));
		setSessionCookie(cookies, url, session.event.slug, session.sessionToken);
		redirect(303, homeOf(session.event, session.actor));
	}
};
