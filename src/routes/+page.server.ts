import { fail, redirect } from '@sveltejs/kit';
import { dev } from '$app/environment';
import type { Actions } from './$types';
import { app } from '$lib/server/context';
import { attempt, formValues, setSessionCookie } from '$lib/server/http';
import { createEvent } from '$lib/server/services/events';
import { openLink } from '$lib/server/services/access';
import { EVENT_FILE_MAX_BYTES, importEvent, parseEventFile } from '$lib/server/services/transfer';
import { sizeText } from '$lib/domain/event-file-check';
import { Refusal } from '$lib/server/services/errors';
import { DEFAULT_SECTOR_KEYS } from '$lib/domain/sectors';
import { defaultSectorName } from '$lib/i18n/sectors';
import { describeImportRefusal } from '$lib/i18n/errors';
import { normaliseJoinCode } from '$lib/server/security';
import { m } from '$lib/paraglide/messages';

/**
 * The largest request the server lets through (adapter-node's BODY_SIZE_LIMIT: bytes, or a number
 * with K, M or G; 512K when unset; none under `vite dev`), so a larger file gets a message instead
 * of an error page. The command line takes files up to EVENT_FILE_MAX_BYTES.
 */
function webFileLimit(): number {
	if (dev) return EVENT_FILE_MAX_BYTES;
	const raw = (process.env.BODY_SIZE_LIMIT ?? '512K').trim();
	const match = /^(\d+)([KMG]?)$/i.exec(raw);
	const bytes = raw === 'Infinity' ? Infinity : match ? Number(match[1]) * 1024 ** ' KMG'.indexOf(match[2].toUpperCase() || ' ') : 512 * 1024;
	return Math.min(bytes, EVENT_FILE_MAX_BYTES);
}

/** A refused import: the message goes beside the import form, and what was typed comes back. */
const importFailure = (status: number, values: Record<string, string>, message: string) => fail(status, { importValues: values, importMessage: message });

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
	/** Anyone may import an event file as a new event, as anyone may create one; they become its facilitator. */
	import: async ({ request, cookies, url }) => {
		const limit = webFileLimit();
		if (Number(request.headers.get('content-length') ?? 0) > limit)
			return importFailure(413, { slug: '' }, m.transfer_file_too_large({ max: sizeText(limit) }));
		const data = await request.formData();
		const values = formValues(data, 'slug');
		const file = data.get('file');
		if (!(file instanceof File) || file.size === 0) return importFailure(400, values, m.transfer_file_missing());
		const { db, key } = app();
		const slug = values.slug.trim().toLowerCase() || undefined;
		let imported;
		try {
			imported = importEvent(db, key, parseEventFile(await file.text(), limit), { slug });
		} catch (err) {
			if (err instanceof Refusal) return importFailure(err.status, values, describeImportRefusal(err.code, err.fields));
			throw err;
		}
		const session = openLink(db, imported.facilitatorPath.replace('/k/', ''));
		setSessionCookie(cookies, url, session.event.slug, session.sessionToken);
		redirect(303, `/e/${session.event.slug}/facilitate?created=1`);
	},
	/** A join code typed on the home page goes to its confirmation page. */
	join: async ({ request }) => {
		const code = normaliseJoinCode(formValues(await request.formData(), 'code').code);
		redirect(303, code ? `/join/${code}` : '/join');
	}
};
