// Every output of an event opens in what reads it: the DOCX files parse as XML (strictly, as Word
// reads them), the CSV files read again with papaparse, the event file imports again, and the
// Markdown files hold only text a file can carry. The event holds every kind of text the forms
// accept, and then, written straight into its rows, the characters the rules refuse (as rows
// stored before the rules, or by an older version, may hold them).
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { SaxesParser } from 'saxes';
import { manifestoFor, paperFor } from '$lib/server/services/manifesto-read';
import { ballotsCsv, statementsCsv, themesCsv } from '$lib/server/services/csv-exports';
import { eventFileJson, exportEvent, importEvent } from '$lib/server/services/transfer';
import { promoteThemes } from '$lib/server/services/voting/results';
import { submitStatement } from '$lib/server/services/statements';
import { getEvent, listSectors } from '$lib/server/db/events';
import { manifestoMarkdown, paperMarkdown } from '$lib/outputs/markdown';
import { manifestoDocx, paperDocx } from '$lib/server/outputs/docx';
import { changePhase } from '$lib/server/services/events';
import { freshDb, refusal } from './helpers';
import { textFilledEvent } from './text-event';

// What the text rules refuse and XML 1.0 forbids or Word stumbles on: NUL, BEL, ESC, a form feed,
// DEL, a C1 control, the noncharacters U+FFFE and U+FFFF, and lone surrogates of both halves
const FORBIDDEN = ['\u0000', '\u0007', '\u001B', '\u000C', '\u007F', '\u0085', '\uFFFE', '\uFFFF'];
const LONE = ['\uD83D', '\uDE00'];
const HOSTILE = `Hostile${FORBIDDEN.join('')} ${LONE.join(' ')} end`;

// Text that is fine to the rules but means something to a format: markup, entities, a formula
const MARKUP =
	'<w:t>&amp; ]]> "quoted" \'single\' # Heading *bold* [link](javascript:x) | cell | =1+1';

/** Parses XML as strictly as Word: UTF-8 that must decode, and well-formed XML 1.0. */
function parseXml(bytes: Uint8Array): string {
	const xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	new SaxesParser({ xmlns: true }).write(xml).close();
	return xml;
}

/** Opens a Word file: every XML part parses; returns the text of its body. */
function openDocx(bytes: Uint8Array): string {
	const files = unzipSync(bytes);
	const parts = Object.keys(files).filter((name) => /\.(xml|rels)$/.test(name));
	expect(parts).toContain('word/document.xml');
	for (const name of parts) {
		try {
			parseXml(files[name]);
		} catch (e) {
			throw new Error(`${name} does not parse: ${(e as Error).message}`, { cause: e });
		}
	}
	return parseXml(files['word/document.xml']);
}

/** Reads a CSV export again; returns its rows. */
function rereadCsv(csv: string): Record<string, string>[] {
	const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	return parsed.data;
}

const uncarried = new RegExp(
	`[${FORBIDDEN.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]` +
		'|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]'
);
/** True when a text holds a character the rules refuse or half of a surrogate pair. */
const holdsForbidden = (text: string) => uncarried.test(text);

/** The event of `textFilledEvent` with its theme promoted to the pointer of its sources, and a statement of markup. */
function eventWithEveryText() {
	const s = textFilledEvent();
	const { db, facilitator } = s;
	changePhase(db, facilitator, 'breakouts');
	submitStatement(db, facilitator, s.sectorId('Gender'), {
		title: MARKUP.slice(0, 60),
		text: MARKUP,
		actorType: 'sectoral'
	});
	changePhase(db, facilitator, 'manifesto');
	promoteThemes(db, facilitator, s.round, { themeIds: [s.theme] });
	return s;
}

/** Every output of the event, each opened as what reads it would. */
async function openEveryOutput(s: ReturnType<typeof eventWithEveryText>) {
	const { db, facilitator } = s;
	const event = getEvent(db, s.event.id);
	const opened: Record<string, string> = {};
	const doc = manifestoFor(db, facilitator, event);
	opened['manifesto.docx'] = openDocx(new Uint8Array(await manifestoDocx(doc)));
	opened['manifesto.md'] = manifestoMarkdown(doc);
	for (const sector of listSectors(db, event.id)) {
		const paper = paperFor(db, facilitator, event, sector.id);
		opened[`paper ${sector.id}.docx`] = openDocx(new Uint8Array(await paperDocx(paper)));
		opened[`paper ${sector.id}.md`] = paperMarkdown(paper);
	}
	const csv = {
		statements: rereadCsv(statementsCsv(db, facilitator)),
		themes: rereadCsv(themesCsv(db, facilitator)),
		ballots: rereadCsv(ballotsCsv(db, facilitator))
	};
	for (const [name, rows] of Object.entries(csv)) opened[`${name}.csv`] = JSON.stringify(rows);
	return { opened, csv };
}

describe('every output of an event opens', () => {
	it('with every kind of text the forms accept, in every format', async () => {
		const s = eventWithEveryText();
		const { opened, csv } = await openEveryOutput(s);
		// the text is there, as written: scripts, emoji, markup taken as text
		expect(opened['manifesto.docx']).toContain('ภาษาไทย');
		expect(opened['manifesto.docx']).toContain('👩🏽‍🌾');
		expect(opened['manifesto.md']).toContain('ภาษาไทย');
		expect(csv.statements.map((r) => Object.values(r).join(' ')).join(' ')).toContain(MARKUP);
		expect(csv.statements).toHaveLength(4);
		expect(csv.themes).toHaveLength(1);
		expect(csv.ballots.length).toBeGreaterThan(0);
		// the event file imports again, whole
		const text = eventFileJson(exportEvent(s.db, s.event.id));
		const target = freshDb();
		const imported = importEvent(target, randomBytes(32), JSON.parse(text));
		expect(eventFileJson(exportEvent(target, imported.event.id))).toBe(text);
	});

	it('even when stored rows hold characters the rules refuse', async () => {
		const s = eventWithEveryText();
		const { db } = s;
		// before the fix, one such character in a statement made the sector's paper unreadable to Word
		db.prepare('UPDATE statements SET text = ?, title = ? WHERE event_id = ?').run(
			HOSTILE,
			HOSTILE,
			s.event.id
		);
		db.prepare('UPDATE themes SET label = ?, description = ? WHERE event_id = ?').run(
			HOSTILE,
			HOSTILE,
			s.event.id
		);
		db.prepare('UPDATE pointers SET title = ?, body = ? WHERE event_id = ?').run(
			HOSTILE,
			HOSTILE,
			s.event.id
		);
		db.prepare('UPDATE events SET name = ?, description = ? WHERE id = ?').run(
			HOSTILE,
			HOSTILE,
			s.event.id
		);
		db.prepare('UPDATE sectors SET name = ? || id WHERE event_id = ?').run(HOSTILE, s.event.id);
		const { opened, csv } = await openEveryOutput(s);
		for (const [name, text] of Object.entries(opened)) {
			// the rest of the text is kept
			expect(text, name).toContain('Hostile');
			expect(holdsForbidden(text), name).toBe(false);
		}
		// SQLite keeps no lone surrogate: each reads back as replacement characters, which stay
		const kept = /^Hostile \uFFFD+ \uFFFD+ end$/;
		expect(opened['manifesto.docx']).toMatch(/>Hostile \uFFFD+ \uFFFD+ end</);
		expect(csv.statements[0].text).toMatch(kept);
		expect(csv.themes[0].description).toMatch(kept);
	});
});

describe('an event file is held to the rules of the forms', () => {
	it.each([
		['NUL', '\u0000'],
		['BEL', '\u0007'],
		['ESC', '\u001B'],
		['U+FFFE', '\uFFFE'],
		['a lone surrogate', '\uD83D']
	])('refuses %s in a theme description, as the theme form does', (_name, c) => {
		const s = eventWithEveryText();
		const file = exportEvent(s.db, s.event.id);
		file.themes[0].description = `A description ${c} here`;
		// through the text of a file, as an upload arrives
		const parsed = JSON.parse(eventFileJson(file));
		const refused = refusal(() => importEvent(freshDb(), randomBytes(32), parsed));
		expect(refused).toEqual({
			code: 'event_file_invalid',
			fields: expect.objectContaining({ at: 'themes[0].description' })
		});
	});
});
