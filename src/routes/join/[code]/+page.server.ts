import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { guard, setSessionCookie } from '$lib/server/http';
import { joinWithCode, peekLink } from '$lib/server/services/access';
import { formatJoinCode, normaliseJoinCode } from '$lib/server/security';
import { homeOf } from '$lib/server/home';

export const load: PageServerLoad = ({ params }) => {
	const link = guard(() => peekLink(app().db, params.code, 'code'));
	return { event: link.event, code: formatJoinCode(normaliseJoinCode(params.code)) };
};

export const actions: Actions = {
	default: ({ params, cookies, url }) => {
		const session = guard(() => joinWithCode(app().db, params.code));
		setSessionCookie(cookies, url, session.event.slug, session.sessionToken);
		redirect(303, homeOf(session.event, session.actor));
	}
};
