// Every output of an event opens, with a statement of every kind of text in it. Every form goes through one door: a body too large is answered 413 with a message and the
// connection stays usable (the body is received and dropped) or, for an absurd size, is closed; a post that is not a form is answered 415;
// text that is not UTF-8 is refused with a message; none of these leaves a stack trace in the log.
// The CSV form keeps its refusals in view, with JavaScript on and off, and names the encoding it
// read a file in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { SaxesParser } from 'saxes';
import { demoLinks } from '../../scripts/lib/app-server';
import { useAppAndBrowser } from './setup';
import { context } from '../../scripts/lib/chromium';

const running = useAppAndBrowser();
const TOO_LARGE = 'What you sent is too large';
const NOT_A_FORM = 'This address takes a form sent from its page';
const NOT_UTF8 = 'holds bytes that are not valid text (UTF-8)';
const EVENT = '/e/bangkok-2019';

/** What the server printed since `from`: no error id and no stack frame may be in it. */
function expectNoStackSince(from: number): void {
	const printed = running.app.output().slice(from);
	expect(printed).not.toMatch(/\[error [0-9a-f]{8}\]/);
	expect(printed).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
}

async function signedIn(
	path: string,
	javaScript = true
): Promise<{ ctx: BrowserContext; page: Page }> {
	const ctx = await context(running.browser, { javaScript });
	const page = await ctx.newPage();
	await page.goto(running.app.url + path);
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/k/'));
	return { ctx, page };
}

const WAIT = { timeout: 20_000 };

/** A request on a new connection is answered. */
async function answersAfter(request: APIRequestContext): Promise<void> {
	const health = await request.get(running.app.url + '/healthz', {
		headers: { connection: 'close' }
	});
	expect(health.status()).toBe(200);
}

describe('a body too large, on every kind of form', () => {
	let facilitator: { ctx: BrowserContext; page: Page };
	let rapporteur: { ctx: BrowserContext; page: Page };
	beforeAll(async () => {
		const links = demoLinks(running.app.output());
		facilitator = await signedIn(links.facilitator);
		rapporteur = await signedIn(links.rapporteur('Labour'));
	});
	afterAll(async () => {
		await facilitator?.ctx.close();
		await rapporteur?.ctx.close();
	});

	const FORMS = [
		{
			name: 'the statement form',
			who: 'rapporteur',
			path: () => rapporteur.page.url() + '?/add',
			field: 'text'
		},
		{
			name: 'a theme’s edit form',
			who: 'facilitator',
			path: () => `${running.app.url}${EVENT}/facilitate/themes?/describe`,
			field: 'description'
		},
		{
			name: 'a pointer’s edit form',
			who: 'facilitator',
			path: () => `${running.app.url}${EVENT}/facilitate/manifesto?/editPointer&pointer=1`,
			field: 'body'
		},
		{
			name: 'the CSV upload',
			who: 'facilitator',
			path: () => `${running.app.url}${EVENT}/facilitate/statements?/csvPreview`,
			field: 'file'
		},
		{
			name: 'the event import',
			who: 'facilitator',
			path: () => `${running.app.url}/?/import`,
			field: 'file',
			message: 'This file is too large to send through the web page',
			// the import takes files up to the server's own limit (2 MB)
			sizes: [2_500_000, 4_000_000]
		}
	] as const;

	for (const form of FORMS) {
		// one over the forms' limit (1 MB), one over the server's own (2 MB), which used to end in
		// "Something went wrong" and a stack trace
		for (const size of 'sizes' in form ? form.sizes : [1_200_000, 2_500_000]) {
			for (const script of [false, true]) {
				it(`${form.name}: ${size} bytes ${script ? 'from the page’s script' : 'without JavaScript'} → 413 and its message`, async () => {
					const from = running.app.output().length;
					const { page } = form.who === 'rapporteur' ? rapporteur : facilitator;
					const headers: Record<string, string> = { origin: running.app.url };
					if (script) headers['x-sveltekit-action'] = 'true';
					else headers.accept = 'text/html';
					const body = 'x'.repeat(size);
					const res = await page.request.post(form.path(), {
						headers,
						multipart:
							form.field === 'file'
								? { file: { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(body) } }
								: { [form.field]: body }
					});
					const text = await res.text();
					const message = 'message' in form ? form.message : TOO_LARGE;
					if (script) {
						// a form failure, as the page's script shows any refusal of its form
						expect(JSON.parse(text)).toMatchObject({ type: 'failure', status: 413 });
					} else {
						expect(res.status()).toBe(413);
					}
					expect(text).toContain(message);
					await answersAfter(page.request);
					expectNoStackSince(from);
				});
			}
		}
	}

	// the whole body sent, then a second request on the same connection: a refused body is received
	// and dropped (up to 16 MB), so the sender reads its answer and the connection goes on; past
	// that size the answer closes the connection
	for (const [size, kept] of [
		[1_200_000, true],
		[2_500_000, true],
		[20_000_000, false]
	] as const) {
		it(`${size} bytes refused: the sender reads the 413 and the same connection ${kept ? 'answers its next request' : 'is closed'}`, async () => {
			const url = new URL(running.app.url);
			const socket = connect(Number(url.port), url.hostname);
			let received = '';
			socket.on('data', (d) => (received += d.toString('latin1')));
			const closed = new Promise<void>((done) => socket.on('close', () => done()));
			socket.on('error', () => {});
			const body = 'text=' + 'x'.repeat(size);
			socket.write(
				`POST ${EVENT}/facilitate/themes?/describe HTTP/1.1\r\nHost: ${url.host}\r\nOrigin: ${running.app.url}\r\n` +
					`Accept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n`
			);
			// sent in pieces, as a phone would, each after the last has gone
			for (let i = 0; i < body.length && !socket.destroyed; i += 256 * 1024)
				await new Promise<void>((done) =>
					socket.write(body.slice(i, i + 256 * 1024), () => done())
				);
			if (!socket.destroyed) socket.write(`GET /healthz HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`);
			const answers = () => received.match(/^HTTP\/1\.1 \d{3}/gm) ?? [];
			await expect
				.poll(async () => (socket.closed ? 'closed' : answers().length), WAIT)
				.toBe(kept ? 2 : 'closed');
			if (kept) expect(answers()).toEqual(['HTTP/1.1 413', 'HTTP/1.1 200']);
			// closed under a sender still sending: its 413 may be lost with the connection, never a second answer
			else expect(answers().filter((a) => a !== 'HTTP/1.1 413')).toEqual([]);
			socket.destroy();
			await closed;
		});
	}

	it('a post that is not a form is answered 415 with a plain message, and nothing is logged', async () => {
		const from = running.app.output().length;
		for (const script of [false, true]) {
			const res = await rapporteur.page.request.post(rapporteur.page.url() + '?/add', {
				headers: {
					origin: running.app.url,
					'content-type': 'application/json',
					...(script ? { 'x-sveltekit-action': 'true' } : { accept: 'text/html' })
				},
				data: JSON.stringify({ text: 'A statement sent as JSON' })
			});
			expect(res.status()).toBe(415);
			const text = await res.text();
			expect(text).toContain(NOT_A_FORM);
			expect(text).not.toContain('Something went wrong');
		}
		expectNoStackSince(from);
	});

	it('text that is not UTF-8 is refused with a message, never stored with U+FFFD', async () => {
		const from = running.app.output().length;
		const url = rapporteur.page.url();
		const before = await rapporteur.page.request.get(url).then((r) => r.text());
		const marker = `Written in Latin-1 ${Date.now()}`;
		for (const script of [false, true]) {
			const res = await rapporteur.page.request.post(url + '?/add', {
				headers: {
					origin: running.app.url,
					'content-type': 'application/x-www-form-urlencoded',
					...(script ? { 'x-sveltekit-action': 'true' } : { accept: 'text/html' })
				},
				// "café" as a page in Latin-1 would send it: %E9 is no UTF-8
				data: `text=${encodeURIComponent(marker)}+caf%E9+workers+are+not+paid+on+time`
			});
			const text = await res.text();
			if (script) expect(JSON.parse(text)).toMatchObject({ type: 'failure', status: 400 });
			else expect(res.status()).toBe(400);
			expect(text).toContain(NOT_UTF8);
		}
		const after = await rapporteur.page.request.get(url).then((r) => r.text());
		expect(after).not.toContain(marker);
		expect(before).not.toContain(marker);
		expectNoStackSince(from);
	});

	it('an event file that is not UTF-8 is refused with a message', async () => {
		const res = await facilitator.page.request.post(running.app.url + '/?/import', {
			headers: { origin: running.app.url, accept: 'text/html' },
			multipart: {
				slug: 'not-utf8',
				// "Café" in Latin-1 inside the JSON
				file: {
					name: 'event.json',
					mimeType: 'application/json',
					buffer: Buffer.from('{"name":"Caf\xe9"}', 'latin1')
				}
			}
		});
		expect(res.status()).toBe(400);
		expect(await res.text()).toContain('This file is not valid UTF-8 text');
	});
});

// UTF-16 LE with its byte order mark, as Excel saves "Unicode text"
function utf16le(text: string): Buffer {
	return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

for (const javaScript of [true, false]) {
	describe(`the CSV section ${javaScript ? 'with' : 'without'} JavaScript`, () => {
		let ctx: BrowserContext;
		let page: Page;
		const dir = mkdtempSync(join(tmpdir(), 'converge-csv-'));
		const file = (name: string, bytes: Buffer) => {
			const path = join(dir, name);
			writeFileSync(path, bytes);
			return path;
		};
		const section = () => page.locator('details', { hasText: 'Import a CSV file' });

		beforeAll(async () => {
			({ ctx, page } = await signedIn(demoLinks(running.app.output()).facilitator, javaScript));
			await page.goto(`${running.app.url}${EVENT}/facilitate/statements`);
		});
		afterAll(async () => ctx?.close());

		/** Opens the section, chooses a file (or none) and asks for the check. */
		async function check(path: string | null) {
			if (!(await section().evaluate((d) => (d as HTMLDetailsElement).open)))
				await section().locator('summary').click();
			if (path) await page.getByLabel('CSV file').setInputFiles(path);
			await page.getByRole('button', { name: 'Check before saving' }).click();
		}

		it('keeps its message in view when no file was chosen', async () => {
			await check(null);
			const notice = section().getByText('Choose a CSV file first.');
			await notice.waitFor();
			expect(await notice.isVisible()).toBe(true);
			expect(await section().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		});

		it('keeps its message in view when the file is too large', async () => {
			await page.goto(`${running.app.url}${EVENT}/facilitate/statements`);
			await check(file('big.csv', Buffer.from('text\n' + 'x'.repeat(600_000))));
			const notice = section().getByText('The file is too large');
			await notice.waitFor();
			expect(await notice.isVisible()).toBe(true);
		});

		it('keeps its message in view when the request is too large', async () => {
			await page.goto(`${running.app.url}${EVENT}/facilitate/statements`);
			await check(file('huge.csv', Buffer.from('text\n' + 'x'.repeat(1_100_000))));
			const notice = section().getByText(TOO_LARGE);
			await notice.waitFor();
			expect(await notice.isVisible()).toBe(true);
		});

		it('reads a UTF-16 file and a Latin-1 file, and says which it read', async () => {
			await page.goto(`${running.app.url}${EVENT}/facilitate/statements`);
			const csv = 'text,sector\r\n"Café workers in the city are paid late every month",Labour\r\n';
			await check(file('utf16.csv', utf16le(csv)));
			await section().getByText('Read as UTF-16 LE.').waitFor();
			await section()
				.locator('td', { hasText: 'Café workers in the city are paid late every month' })
				.waitFor();
			await page.goto(`${running.app.url}${EVENT}/facilitate/statements`);
			await check(file('latin1.csv', Buffer.from(csv, 'latin1')));
			await section().getByText('Read as Windows-1252 (Latin-1).').waitFor();
			await section()
				.locator('td', { hasText: 'Café workers in the city are paid late every month' })
				.waitFor();
			expect(await section().innerText()).not.toContain('\uFFFD');
		});
	});
}

/** Parses XML as strictly as Word: UTF-8 that must decode, and well-formed XML 1.0. */
function parseXml(bytes: Uint8Array): string {
	const xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	new SaxesParser({ xmlns: true }).write(xml).close();
	return xml;
}

describe('every output of the event, with a statement of every kind of text', () => {
	// markup of each format, a formula, every script, emoji with joiners, invisible formatting
	const HOSTILE =
		'<script>window.hacked=1</script> ]]> &amp; "quoted" # Heading *bold* | cell | =1+1 ' +
		'ภาษาไทย العربية עברית 漢字 👩🏽‍🌾 🇹🇭 e\u0301 \u200F\u200B\u2028\u00A0 end';

	it('opens: the pages, the Markdown, the DOCX parsed as XML, the CSV re-read, the event file imported', async () => {
		const from = running.app.output().length;
		const links = demoLinks(running.app.output());
		const rapporteur = await signedIn(links.rapporteur('Labour'));
		const added = await rapporteur.page.request.post(rapporteur.page.url() + '?/add', {
			headers: { origin: running.app.url, accept: 'text/html' },
			form: { title: 'Every kind of text', text: HOSTILE }
		});
		expect(added.status()).toBe(200);
		const sectorId = new URL(rapporteur.page.url()).pathname.split('/').pop();
		await rapporteur.ctx.close();

		const { ctx, page } = await signedIn(links.facilitator);
		const get = async (path: string) => {
			const res = await page.request.get(running.app.url + EVENT + path);
			expect(res.status(), path).toBe(200);
			return res;
		};
		// the sector's paper as a page (what is printed) and as its files
		const html = await (await get(`/papers/${sectorId}`)).text();
		expect(html).toContain('ภาษาไทย العربية');
		expect(html).not.toContain('<script>window.hacked');
		const md = await (await get(`/papers/${sectorId}/paper.md`)).text();
		expect(md).toContain('ภาษาไทย العربية');
		const docx = unzipSync(
			new Uint8Array(await (await get(`/papers/${sectorId}/paper.docx`)).body())
		);
		for (const [name, bytes] of Object.entries(docx))
			if (/\.(xml|rels)$/.test(name)) parseXml(bytes);
		expect(parseXml(docx['word/document.xml'])).toContain('ภาษาไทย العربية');
		const manifesto = unzipSync(new Uint8Array(await (await get('/manifesto.docx')).body()));
		for (const [name, bytes] of Object.entries(manifesto))
			if (/\.(xml|rels)$/.test(name)) parseXml(bytes);
		await get('/manifesto.md');
		await get('/manifesto');
		// the CSV read again holds the text as written
		for (const csv of ['statements', 'themes', 'ballots']) {
			const parsed = Papa.parse<Record<string, string>>(
				(await (await get(`/facilitate/export/${csv}.csv`)).text()).replace(/^\uFEFF/, ''),
				{ header: true, skipEmptyLines: true }
			);
			expect(parsed.errors, csv).toEqual([]);
			if (csv === 'statements')
				expect(parsed.data.some((r) => Object.values(r).includes(HOSTILE.normalize('NFC')))).toBe(
					true
				);
		}
		// the event file imports again, through the home page's form
		const json = await (await get('/facilitate/export/event.json')).body();
		const imported = await page.request.post(running.app.url + '/?/import', {
			headers: { origin: running.app.url, accept: 'text/html' },
			multipart: {
				slug: 'bangkok-again',
				file: { name: 'event.json', mimeType: 'application/json', buffer: json }
			},
			maxRedirects: 0
		});
		expect(imported.status()).toBe(303);
		expect(imported.headers()['location']).toMatch(/^\/e\/bangkok-again\/facilitate/);
		await ctx.close();
		expectNoStackSince(from);
	});
});
