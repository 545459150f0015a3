import type { Actions, PageServerLoad } from './$types';
import QRCode from 'qrcode';
import { app } from '$lib/server/context';
import { attempt, contextOf, formValues, guard, idParam } from '$lib/server/http';
import * as links from '$lib/server/services/links';

export const load: PageServerLoad = async (e) => {
	const { actor } = contextOf(e);
	const { db, key } = app();
	const all = guard(() => links.listEventLinks(db, key, actor));
	const current = links.currentLinks(db, key, actor);
	const joinUrl = current.join?.path ? e.url.origin + current.join.path : null;
	return {
		origin: e.url.origin,
		links: all,
		joinCode: current.join?.code ?? null,
		joinUrl,
		joinQr: joinUrl ? await QRCode.toDataURL(joinUrl, { margin: 1, width: 320, errorCorrectionLevel: 'M' }) : null
	};
};

export const actions: Actions = {
	issue: async (e) => {
		const { actor } = contextOf(e);
		const { sectorId, label } = formValues(await e.request.formData(), 'sectorId', 'label');
		const { db, key } = app();
		const r = attempt({}, () => links.issueRapporteurLink(db, key, actor, idParam(sectorId), label.trim().slice(0, 60)));
		return r.ok ? { issued: r.value.id } : r.failure;
	},
	revoke: async (e) => {
		const { actor } = contextOf(e);
		const { linkId } = formValues(await e.request.formData(), 'linkId');
		const r = attempt({}, () => links.revokeLink(app().db, actor, idParam(linkId)));
		return r.ok ? { revoked: true } : r.failure;
	},
	regenerate: async (e) => {
		const { actor } = contextOf(e);
		const { role } = formValues(await e.request.formData(), 'role');
		const { db, key } = app();
		const r = attempt({}, () => links.regenerateLink(db, key, actor, role === 'participant' ? 'participant' : 'facilitator'));
		return r.ok ? { regenerated: role } : r.failure;
	}
};
