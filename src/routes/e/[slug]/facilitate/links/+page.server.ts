import type { Actions, PageServerLoad } from './$types';
import QRCode from 'qrcode';
import { act, formValues, guard, idParam } from '$lib/server/http';
import * as links from '$lib/server/services/links';
import * as translatorLinks from '$lib/server/services/translator-links';
import { dependency } from '$lib/live-topics';
import { shareOrigin } from '$lib/server/origin';

export const load: PageServerLoad = async ({ locals: { db, key, actor }, url, depends }) => {
	depends(dependency('event'));
	const all = guard(() => links.listEventLinks(db, key, actor));
	const current = links.currentLinks(db, key, actor);
	// links are for phones: never localhost when the facilitator runs Converge on this laptop
	const { origin, replaced, reachable } = shareOrigin(url);
	const joinUrl = current.join?.path ? origin + current.join.path : null;
	const qr = (url: string) =>
		QRCode.toDataURL(url, { margin: 1, width: 320, errorCorrectionLevel: 'M' });
	const translators = [];
	for (const t of current.translators) {
		const url = t.path ? origin + t.path : null;
		translators.push({ ...t, url, qr: url ? await qr(url) : null });
	}
	return {
		origin,
		address: { browser: url.origin, replaced, reachable },
		links: all,
		joinCode: current.join?.code ?? null,
		joinUrl,
		joinQr: joinUrl ? await qr(joinUrl) : null,
		translators
	};
};

export const actions: Actions = {
	issue: async ({ locals: { db, key, actor }, request }) => {
		const { sectorId, label } = formValues(await request.formData(), 'sectorId', 'label');
		return act({}, () => ({
			issued: links.issueRapporteurLink(db, key, actor, idParam(sectorId), label).id
		}));
	},
	issueTranslator: async ({ locals: { db, key, actor }, request }) => {
		const values = formValues(await request.formData(), 'label');
		return act(values, () => ({
			issuedTranslator: translatorLinks.issueTranslatorLink(db, key, actor, values.label).id
		}));
	},
	relabel: async ({ locals: { db, actor }, request }) => {
		const values = formValues(await request.formData(), 'linkId', 'label');
		const id = idParam(values.linkId);
		return act(
			values,
			() => (translatorLinks.relabelTranslatorLink(db, actor, id, values.label), { relabeled: id })
		);
	},
	regenerateTranslator: async ({ locals: { db, key, actor }, request }) => {
		const { linkId } = formValues(await request.formData(), 'linkId');
		return act({}, () => ({
			regenerated: translatorLinks.regenerateTranslatorLink(db, key, actor, idParam(linkId)).role
		}));
	},
	revoke: async ({ locals: { db, actor }, request }) => {
		const { linkId } = formValues(await request.formData(), 'linkId');
		return act({}, () => (links.revokeLink(db, actor, idParam(linkId)), { revoked: true }));
	},
	regenerate: async ({ locals: { db, key, actor }, request }) => {
		const { role } = formValues(await request.formData(), 'role');
		return act(
			{},
			() => (
				links.regenerateLink(
					db,
					key,
					actor,
					role === 'participant' ? 'participant' : 'facilitator'
				),
				{ regenerated: role }
			)
		);
	}
};
