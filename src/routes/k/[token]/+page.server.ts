import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { guardDoor, setSessionCookie } from '$lib/server/http';
import { openLink, peekLink } from '$lib/server/services/access';
import { homeOf } from '$lib/server/home';

export const load: PageServerLoad = (e) => {
	const {
		params,
		locals: { db },
		setHeaders
	} = e;
	// the page's address is the secret itself: nothing keeps a copy
	setHeaders({ 'cache-control': 'private, no-store' });
	const link = guardDoor(e, () => peekLink(db, params.token, 'link'));
	return { event: link.event, role: link.role, sectorName: link.sectorName };
};

export const actions: Actions = {
	/** Opens the link (a session for its role) and goes to where that role starts. */
	default: (e) => {
		const {
			params,
			cookies,
			url,
			locals: { db }
		} = e;
		const session = guardDoor(e, () => openLink(db, params.token));
		setSessionCookie(cookies, url, session.event.slug, session.sessionToken);
		redirect(303, homeOf(session.event, session.actor));
	}
};
