import type { PageServerLoad } from './$types';
import QRCode from 'qrcode';
import { guard } from '$lib/server/http';
import { linkCards } from '$lib/server/services/links';
import { dependency } from '$lib/live-topics';
import { shareOrigin } from '$lib/server/origin';

const qr = (url: string) =>
	QRCode.toDataURL(url, { margin: 1, width: 360, errorCorrectionLevel: 'M' });

/** One card per sector with its rapporteur link as a QR code, one per translator link, and one for participants. */
export const load: PageServerLoad = async ({ locals: { db, key, actor }, url, depends }) => {
	depends(dependency('event'));
	const { origin, replaced, reachable } = shareOrigin(url);
	const links = guard(() => linkCards(db, key, actor));
	const cards = [];
	for (const { sector, path } of links.sectors) {
		const url = path ? origin + path : null;
		cards.push({ sector, url, qr: url ? await qr(url) : null });
	}
	const translators = [];
	for (const t of links.translators) {
		if (!t.path) continue;
		const url = origin + t.path;
		translators.push({ id: t.id, label: t.label, url, qr: await qr(url) });
	}
	const joinUrl = links.join?.path ? origin + links.join.path : null;
	return {
		origin,
		address: { browser: url.origin, replaced, reachable },
		cards,
		translators,
		join: joinUrl
			? { url: joinUrl, code: links.join!.code, qr: await qr(joinUrl), joinPage: `${origin}/join` }
			: null
	};
};
