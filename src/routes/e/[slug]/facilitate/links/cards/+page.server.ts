import type { PageServerLoad } from './$types';
import QRCode from 'qrcode';
import { app } from '$lib/server/context';
import { contextOf, guard } from '$lib/server/http';
import { currentLinks } from '$lib/server/services/links';
import { listSectors } from '$lib/server/db/events';

const qr = (url: string) => QRCode.toDataURL(url, { margin: 1, width: 360, errorCorrectionLevel: 'M' });

/** One card per sector with its rapporteur link as a QR code, and one card for participants. */
export const load: PageServerLoad = async (e) => {
	const { event, actor } = contextOf(e);
	const { db, key } = app();
	const current = guard(() => currentLinks(db, key, actor));
	const cards = [];
	for (const sector of listSectors(db, event.id)) {
		const path = current.bySector.get(sector.id)?.path;
		const url = path ? e.url.origin + path : null;
		cards.push({ sector, url, qr: url ? await qr(url) : null });
	}
	const joinUrl = current.join?.path ? e.url.origin + current.join.path : null;
	return {
		cards,
		join: joinUrl ? { url: joinUrl, code: current.join!.code, qr: await qr(joinUrl), joinPage: `${e.url.origin}/join` } : null
	};
};
