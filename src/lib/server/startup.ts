/** What the server does once when it starts: migrate, load the demo the first time, print the links. */
import QRCode from 'qrcode';
import type { EventInfo } from '$lib/domain/types';
import { databasePath } from './db/connection';
import { findDemoEvent } from './db/events';
import { app } from './context';
import { loadDemoOnFirstStart } from './demo/load';
import { operatorLinks } from './services/links';
import { networkAddresses, publicOrigin } from './origin';

export { publicOrigin };

/**
 * The lines that hand out an event: its facilitator link, each sector's rapporteur link, each
 * translator link and the join address with its code, at the address phones can reach.
 */
export function linkLines(
	db: ReturnType<typeof app>['db'],
	key: Buffer,
	event: EventInfo,
	origin = publicOrigin()
): string[] {
	const links = operatorLinks(db, key, event.id);
	const url = (path: string | null | undefined) =>
		path ? origin + path : '(regenerate this link: the server key changed)';
	const lines = [`${event.name}  (${origin}/e/${event.slug})`];
	if (links.facilitator) lines.push(`  Facilitator:      ${url(links.facilitator.path)}`);
	for (const s of links.sectors)
		if (s.link) lines.push(`  Rapporteur ${s.name.padEnd(12)} ${url(s.link.path)}`);
	for (const t of links.translators)
		lines.push(`  Translator ${(t.label || '').padEnd(12)} ${url(t.path)}`);
	if (links.join) lines.push(`  Participants:     ${origin}/join  code ${links.join.code ?? '?'}`);
	return lines;
}

/** The join address as a QR code drawn in the terminal, for a phone to scan off the laptop's screen. */
export async function joinQr(
	db: ReturnType<typeof app>['db'],
	key: Buffer,
	event: EventInfo,
	origin = publicOrigin()
): Promise<string | null> {
	const join = operatorLinks(db, key, event.id).join;
	if (!join?.path) return null;
	return QRCode.toString(origin + join.path, {
		type: 'terminal',
		small: true,
		errorCorrectionLevel: 'L'
	});
}

/** Where else the server answers, when the machine has several networks (Wi-Fi and cable, say). */
function otherAddresses(origin: string): string[] {
	const port = new URL(origin).port;
	return networkAddresses()
		.map((a) => `http://${a}${port ? `:${port}` : ''}`)
		.filter((o) => o !== origin);
}

/**
 * Migrates, loads the demo on an empty database (unless CONVERGE_DEMO=0) and prints the demo's
 * links; on a terminal, also the join QR code.
 */
export async function startUp(
	log: (line: string) => void = console.log,
	qr = Boolean(process.stdout.isTTY)
): Promise<void> {
	const { db, key } = app();
	const loaded = process.env.CONVERGE_DEMO === '0' ? false : loadDemoOnFirstStart(db, key);
	const demo = findDemoEvent(db);
	log(`Converge: database ${databasePath()}${loaded ? ' (demo event loaded)' : ''}`);
	if (!demo) return;
	const origin = publicOrigin();
	log('');
	const [title, ...rest] = linkLines(db, key, demo, origin);
	log(`Demo event: ${title}`);
	for (const line of rest) log(line);
	const others = otherAddresses(origin);
	if (others.length && !process.env.ORIGIN) log(`  (also reachable at ${others.join(', ')})`);
	if (new URL(origin).hostname === 'localhost')
		log('  No network found: phones cannot reach this machine until it joins the venue network.');
	const code = qr ? await joinQr(db, key, demo, origin) : null;
	if (code) log(`  Scan to join:\n${code}`);
	log('');
}
