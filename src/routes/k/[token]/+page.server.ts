import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '$lib/server/context';
import { guard, setSessionCookie } from '$lib/server/http';
import { openLink, peekLink } from '$lib/server/services/access';
import { findSector } from '$lib/server/db/events';
import { homeOf } from '$lib/server/home';

export const load: PageServerLoad = ({ params }) => {
	const { db } = app();
	const link = guard(() => peekLink(db, params.token, 'link'));
	const sector = link.sectorId ? findSector(db, link.event.id, link.sectorId) : null;
	return { event: link.event, role: link.role, sectorName: sector?.name ?? null };
};

export const actions: Actions = {
	default: ({ params, cookies, url }) => {
		const session = guard(() => openLink(app().db, params.token));
		setSessionCookie(cookies, url, session.event.slug, session.sessionToken);
		redirect(303, homeOf(session.event, session.actor));
	}
};
