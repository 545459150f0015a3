// Machine translation through a self-hosted LibreTranslate server (TRANSLATE_URL), against a real
// HTTP server started here that speaks its API (GET /languages, POST /translate): Apertium keeps
// the pairs it has, the server drafts the others, and a server that fails writes nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { changePhase, setEventLanguages } from '$lib/server/services/events';
import { submitStatement } from '$lib/server/services/statements';
import { openLink } from '$lib/server/services/access';
import { issueTranslatorLink } from '$lib/server/services/translator-links';
import {
	draftRenderings,
	machineLanguages,
	workingRenderings
} from '$lib/server/services/renderings';
import { listChanges } from '$lib/server/db/change-log';
import {
	forgetLibreLanguages,
	libreConfig,
	libreLanguages,
	libreTranslate,
	MachineTranslationError
} from '$lib/server/translate/libretranslate';
import { apertiumModes } from '$lib/server/translate/apertium';
import { seededEvent } from './helpers';

const THAI = 'ไรเดอร์ส่งอาหารถูกแอปไล่ออกโดยไม่มีคำอธิบาย';
const THAI_IN_ENGLISH = 'Food delivery riders are fired by the app without explanation';

interface Received {
	method: string;
	path: string;
	body: Record<string, unknown> | null;
}

/** A LibreTranslate stand-in: its languages, an API key it asks for, and what it was sent. */
async function libreServer(
	opts: { languages?: unknown; key?: string; silent?: boolean } = {}
): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
	const received: Received[] = [];
	const languages = opts.languages ?? [
		{ code: 'en', name: 'English', targets: ['es', 'th'] },
		{ code: 'es', name: 'Spanish', targets: ['en'] },
		{ code: 'th', name: 'Thai', targets: ['en'] }
	];
	const server: Server = createServer((req, res) => {
		let raw = '';
		req.on('data', (c) => (raw += c));
		req.on('end', () => {
			const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
			received.push({ method: req.method!, path: req.url!, body });
			if (opts.silent) return; // never answers
			const send = (status: number, json: unknown) => {
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(json));
			};
			if (req.method === 'GET' && req.url === '/languages') return send(200, languages);
			if (req.method === 'POST' && req.url === '/translate') {
				if (opts.key && body?.api_key !== opts.key) return send(403, { error: 'Invalid API key' });
				const q = body!.q as string[];
				return send(200, {
					translatedText: q.map((t) => (t === THAI ? THAI_IN_ENGLISH : `[${body!.target}] ${t}`))
				});
			}
			send(404, { error: 'Not Found' });
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		received,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/** An event working in English with a Thai, a Spanish and a Portuguese statement, and an interpreter. */
function event() {
	const s = seededEvent();
	changePhase(s.db, s.facilitator, 'breakouts');
	setEventLanguages(s.db, s.facilitator, {
		languages: ['en', 'es', 'pt', 'th'],
		workingLanguage: 'en'
	});
	const link = issueTranslatorLink(s.db, s.key, s.facilitator, 'Lek');
	const translator = openLink(s.db, link.path!.slice(3)).actor;
	const add = (sector: string, text: string, lang: string) =>
		submitStatement(s.db, s.rapporteur(sector), s.sectorId(sector), { text, lang }).id;
	return {
		...s,
		translator,
		thai: add('Labour', THAI, 'th'),
		spanish: add(
			'Gender',
			'Los repartidores son despedidos por la aplicación sin explicación',
			'es'
		),
		portuguese: add('Farming', 'Os agricultores perdem o controle dos dados de sementes', 'pt')
	};
}

const env = { url: process.env.TRANSLATE_URL, key: process.env.TRANSLATE_KEY };
beforeEach(() => forgetLibreLanguages());
afterEach(() => {
	for (const [name, value] of [
		['TRANSLATE_URL', env.url],
		['TRANSLATE_KEY', env.key]
	] as const)
		if (value === undefined) delete process.env[name];
		else process.env[name] = value;
	vi.restoreAllMocks();
});

describe('machine translation through LibreTranslate', () => {
	it('drafts the pairs Apertium lacks (Thai to English) and leaves Apertium its own', async () => {
		// CI installs Apertium (apertium-eng-spa, apertium-es-pt): Spanish and Portuguese stay with it
		expect((await apertiumModes()).length).toBeGreaterThan(0);
		const server = await libreServer({ key: 'open-sesame' });
		try {
			process.env.TRANSLATE_URL = server.url + '/';
			process.env.TRANSLATE_KEY = 'open-sesame';
			const s = event();
			expect((await machineLanguages(s.db, s.translator)).sort()).toEqual(['es', 'pt', 'th']);
			expect(await draftRenderings(s.db, s.translator)).toEqual({ drafted: 3, unbridged: [] });

			const posts = server.received.filter((r) => r.method === 'POST');
			expect(posts).toEqual([
				{
					method: 'POST',
					path: '/translate',
					body: { q: [THAI], source: 'th', target: 'en', format: 'text', api_key: 'open-sesame' }
				}
			]);
			const r = workingRenderings(s.db, s.event.id);
			expect(r.get(s.thai)).toMatchObject({ text: THAI_IN_ENGLISH, origin: 'machine', lang: 'en' });
			expect(r.get(s.spanish)).toMatchObject({ origin: 'machine' });
			expect(r.get(s.spanish)!.text).not.toMatch(/^\[en\]/);
			expect(r.get(s.portuguese)).toMatchObject({ origin: 'machine' });
			// the change log names the engine of each language
			const logged = listChanges(s.db, s.event.id).find(
				(c) => c.action === 'statements.draft_renderings'
			);
			expect(logged?.after).toMatchObject({
				drafted: 3,
				engines: { es: 'apertium', pt: 'apertium', th: 'libretranslate' }
			});
			// the server's languages are asked once, then remembered
			expect(server.received.filter((q) => q.path === '/languages')).toHaveLength(1);
		} finally {
			await server.close();
		}
	});

	it('leaves a pair the server does not list, or every pair without TRANSLATE_URL, to people', async () => {
		const server = await libreServer({
			languages: [
				{ code: 'en', name: 'English', targets: ['es'] },
				{ code: 'es', name: 'Spanish', targets: ['en'] }
			]
		});
		try {
			process.env.TRANSLATE_URL = server.url;
			const s = event();
			expect((await machineLanguages(s.db, s.translator)).sort()).toEqual(['es', 'pt']);
			expect(await draftRenderings(s.db, s.translator)).toEqual({
				drafted: 2,
				unbridged: [{ lang: 'th', count: 1 }]
			});
			expect(server.received.some((r) => r.method === 'POST')).toBe(false);

			delete process.env.TRANSLATE_URL;
			forgetLibreLanguages();
			const asked = server.received.length;
			const t = event();
			expect((await machineLanguages(t.db, t.translator)).sort()).toEqual(['es', 'pt']);
			expect((await draftRenderings(t.db, t.translator)).unbridged).toEqual([
				{ lang: 'th', count: 1 }
			]);
			expect(server.received.length).toBe(asked);
		} finally {
			await server.close();
		}
	});

	it('refuses clearly and writes nothing when the server is down or refuses', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const server = await libreServer({ key: 'open-sesame' });
		process.env.TRANSLATE_URL = server.url;
		process.env.TRANSLATE_KEY = 'wrong';
		const s = event();
		// the server refuses the key: nothing is drafted, not even what Apertium could do
		await expect(draftRenderings(s.db, s.translator)).rejects.toMatchObject({
			code: 'translation_failed',
			status: 503
		});
		expect(warn).toHaveBeenLastCalledWith(
			`[machine translation] LibreTranslate at ${server.url} refused /translate with status 403: Invalid API key`
		);
		expect(workingRenderings(s.db, s.event.id).size).toBe(0);

		// the server goes down after it said which pairs it has
		await server.close();
		process.env.TRANSLATE_KEY = 'open-sesame';
		await expect(draftRenderings(s.db, s.translator)).rejects.toMatchObject({
			code: 'translation_failed'
		});
		expect(warn.mock.lastCall?.[0]).toMatch(
			new RegExp(`LibreTranslate at ${server.url} could not be reached \\(.*ECONNREFUSED`)
		);
		expect(workingRenderings(s.db, s.event.id).size).toBe(0);

		// a server down from the start: its languages are unknown, so drafting is offered, and refused
		forgetLibreLanguages();
		expect(await machineLanguages(s.db, s.translator)).toContain('th');
		await expect(draftRenderings(s.db, s.translator)).rejects.toMatchObject({
			code: 'translation_failed'
		});
		expect(workingRenderings(s.db, s.event.id).size).toBe(0);
		expect(
			listChanges(s.db, s.event.id).some((c) => c.action === 'statements.draft_renderings')
		).toBe(false);
	});

	it('gives up on a server that does not answer in time, and names a malformed TRANSLATE_URL', async () => {
		const server = await libreServer({ silent: true });
		try {
			const config = { url: server.url, key: null, timeoutMs: 300 };
			await expect(libreTranslate(config, ['hola'], 'es', 'en')).rejects.toThrow(
				new MachineTranslationError(
					`LibreTranslate at ${server.url} could not be reached (no answer within 0.3 s)`
				)
			);
			await expect(libreLanguages(config)).rejects.toThrow(/could not be reached \(no answer/);
		} finally {
			await server.close();
		}
		expect(libreConfig({})).toBeNull();
		expect(libreConfig({ TRANSLATE_URL: 'http://mt.local:5000/', TRANSLATE_KEY: ' k ' })).toEqual({
			url: 'http://mt.local:5000',
			key: 'k',
			timeoutMs: 60_000
		});
		expect(() => libreConfig({ TRANSLATE_URL: 'mt.local:5000' })).toThrow(
			/TRANSLATE_URL must start with http:\/\/ or https:\/\//
		);
		expect(() => libreConfig({ TRANSLATE_URL: 'not a url' })).toThrow(
			/TRANSLATE_URL must be the address of a LibreTranslate server/
		);
	});
});
