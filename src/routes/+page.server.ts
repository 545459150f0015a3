import { redirect, type Cookies } from '@sveltejs/kit';
import type { Actions } from './$types';
import { act, failure, formValues, setSessionCookie } from '$lib/server/http';
import { createEvent } from '$lib/server/services/events';
import { openLink } from '$lib/server/services/access';
import { importEvent, parseEventFile } from '$lib/server/services/transfer';
import { Refusal } from '$lib/server/services/errors';
import { eventFileLimit } from '$lib/server/uploads';
import { sizeText } from '$lib/domain/event-file-check';
import { templateSectors } from '$lib/domain/sectors';
import { decodeUtf8 } from '$lib/domain/text-encoding';
import { defaultSectorName } from '$lib/i18n/sectors';
import { describeImportRefusal } from '$lib/i18n/errors';
import { normaliseJoinCode } from '$lib/server/security';
import { m } from '$lib/paraglide/messages';

/** Opens a new event's facilitator link for the person who made it, and takes them to its overview. */
function startFacilitating(
	{ db }: App.Locals,
	cookies: Cookies,
	url: URL,
	facilitatorPath: string
): never {
	const session = openLink(db, facilitatorPath.replace('/k/', ''));
	setSessionCookie(cookies, url, session.event.slug, session.sessionToken);
	redirect(303, `/e/${session.event.slug}/facilitate?created=1`);
}

// Two forms post here: `form` in the echoed values tells the page which one a failure belongs to.
// A redirect thrown inside `act` passes through it: only refusals become form failures.
export const actions: Actions = {
	/** Anyone may start an event; they become its facilitator. */
	create: async ({ request, cookies, url, locals }) => {
		const { db, key } = locals;
		const values = formValues(
			await request.formData(),
			'name',
			'place',
			'startsOn',
			'endsOn',
			'description',
			'sectors'
		);
		const sectorNames = templateSectors(values.sectors).map((k) => defaultSectorName(k));
		return act({ ...values, form: 'create' }, () => {
			const created = createEvent(db, key, values, sectorNames);
			startFacilitating(locals, cookies, url, created.facilitatorPath);
		});
	},
	/** Anyone may import an event file as a new event, as anyone may create one; they become its facilitator. */
	import: async ({ request, cookies, url, locals }) => {
		const { db, key } = locals;
		const limit = eventFileLimit();
		if (Number(request.headers.get('content-length') ?? 0) > limit)
			return failure(
				413,
				{ form: 'import', slug: '' },
				m.transfer_file_too_large({ max: sizeText(limit) })
			);
		const data = await request.formData();
		const values = { ...formValues(data, 'slug'), form: 'import' };
		const file = data.get('file');
		if (!(file instanceof File) || file.size === 0)
			return failure(400, values, m.transfer_file_missing());
		const slug = values.slug.trim().toLowerCase() || undefined;
		// an event file is UTF-8, as the app writes it: other bytes are refused, never replaced
		const text = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
		if (text === null) return failure(400, values, m.transfer_file_not_utf8());
		let facilitatorPath: string;
		try {
			facilitatorPath = importEvent(db, key, parseEventFile(text, limit), {
				slug
			}).facilitatorPath;
		} catch (err) {
			// an import's refusal names the part of the file that is wrong, not just that it is
			if (err instanceof Refusal)
				return failure(err.status, values, describeImportRefusal(err.code, err.fields));
			throw err;
		}
		startFacilitating(locals, cookies, url, facilitatorPath);
	},
	/** A join code typed on the home page goes to its confirmation page. */
	join: async ({ request }) => {
		const code = normaliseJoinCode(formValues(await request.formData(), 'code').code);
		redirect(303, code ? `/join/${code}` : '/join');
	}
};
