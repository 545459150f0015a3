import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { app } from '$lib/server/context';
import { attempt, formValues, setSessionCookie } from '$lib/server/http';
import { createEvent } from '$lib/server/services/events';
import { openLink } from '$lib/server/services/access';
import { DEFAULT_SECTOR_KEYS } from '$lib/domain/sectors';
import { defaultSectorName } from '$lib/i18n/sectors';
import { normaliseJoinCode } from '$lib/server/security';

export const actions: Actions = {
	/** Anyone may start an event; they become its facilitator. */
	create: async ({ request, cookies, url }) => {
		const values = formValues(await request.formData(), 'name', 'place', 'startsOn', 'endsOn', 'description');
		const { db, key } = app();
		const created = attempt(values, () =>
			createEvent(db, key, values, DEFAULT_SECTOR_KEYS.map((k) => defaultSectorName(k)))
		);
		if (!created.ok) return created.failure;
		const token = created.value.facilitatorPath.replace('/k/', '');
		const session = openLink(db, token);
		setSessionCookie(cookies, url, session.event.slug, session.sessionToken);
		redirect(303, `/e/${session.event.slug}/facilitate?created=1`);
	},
	/** A join code typed on the home page goes to its confirmation page. */
	join: async ({ request }) => {
		const code = normaliseJoinCode(formValues(await request.formData(), 'code').code);
		redirect(303, code ? `/join/${code}` : '/join');
	}
};
