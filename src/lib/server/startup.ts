/** What the server does once when it starts: migrate, load the demo the first time, print the links. */
import { databasePath } from './db/connection';
import { findDemoEvent, listSectors } from './db/events';
import { listLinks } from './db/access';
import { app } from './context';
import { loadDemoOnFirstStart } from './demo/load';
import { describeLink } from './services/links';

/** The address people open, as configured for adapter-node. */
export function publicOrigin(): string {
	if (process.env.ORIGIN) return process.env.ORIGIN.replace(/\/$/, '');
	return `http://localhost:${process.env.PORT ?? 3000}`;
}

/** Migrates, loads the demo on an empty database (unless CONVERGE_DEMO=0) and prints the demo's links. */
export function startUp(log: (line: string) => void = console.log): void {
	const { db, key } = app();
	const loaded = process.env.CONVERGE_DEMO === '0' ? false : loadDemoOnFirstStart(db, key);
	const demo = findDemoEvent(db);
	log(`Converge: database ${databasePath()}${loaded ? ' (demo event loaded)' : ''}`);
	if (!demo) return;
	const origin = publicOrigin();
	const live = listLinks(db, demo.id).filter((l) => !l.revokedAt);
	const newest = (pred: (l: (typeof live)[number]) => boolean) => {
		const link = live.filter(pred).sort((a, b) => b.id - a.id)[0];
		return link ? describeLink(key, link) : undefined;
	};
	const url = (path: string | null) =>
		path ? origin + path : '(regenerate this link: the server key changed)';
	const facilitator = newest((l) => l.role === 'facilitator');
	const join = newest((l) => l.role === 'participant');
	log('');
	log(`Demo event: ${demo.name}`);
	if (facilitator) log(`  Facilitator:      ${url(facilitator.path)}`);
	for (const s of listSectors(db, demo.id)) {
		const link = newest((l) => l.role === 'rapporteur' && l.sectorId === s.id);
		if (link) log(`  Rapporteur ${s.name.padEnd(12)} ${url(link.path)}`);
	}
	if (join) log(`  Participants:     ${origin}/join  code ${join.code ?? '?'}`);
	log('');
}
