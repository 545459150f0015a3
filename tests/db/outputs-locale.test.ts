import { afterEach, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { manifestoFor } from '$lib/server/services/manifesto-read';
import { changePhase, updateEventDetails } from '$lib/server/services/events';
import { submitStatement } from '$lib/server/services/statements';
import { statementsCsv } from '$lib/server/services/csv-exports';
import { setClock } from '$lib/server/services/clock';
import { createStatement, listStatements } from '$lib/server/db/statements';
import { getEvent } from '$lib/server/db/events';
import { manifestoMarkdown } from '$lib/outputs/markdown';
import { manifestoDocx } from '$lib/server/outputs/docx';
import { seededEvent } from './helpers';

const original = getLocale;
afterEach(() => {
	overwriteGetLocale(original);
	setClock(null);
});

// 23:30 in London on 3 December is the 4th in Bangkok
const GENERATED = '2026-12-03T23:30:00Z';
// more statements than a thousand, so that the count is grouped
const STATEMENTS = 1234;
// French groups thousands with a narrow no-break space
const FRENCH_COUNT = '1\u202f234';

/** An event in Bangkok with 1,234 statements and no pointer yet, and its manifesto as a facilitator reads it. */
function bigEventInBangkok() {
	const s = seededEvent();
	updateEventDetails(s.db, s.facilitator, { name: 'Atelier', timeZone: 'Asia/Bangkok' });
	const event = getEvent(s.db, s.event.id);
	const sectorId = s.sectorId('Labour');
	s.db.transaction(() => {
		for (let i = 0; i < STATEMENTS; i++)
			createStatement(
				s.db,
				{
					eventId: event.id,
					sectorId,
					title: '',
					text: `Statement ${i}`,
					lang: 'en',
					authorId: null,
					source: 'paste'
				},
				'2026-12-01T10:00:00Z'
			);
	})();
	return { ...s, event, doc: manifestoFor(s.db, s.facilitator, event) };
}

/** The visible text of a Word file's body. */
function docxText(bytes: Uint8Array): string {
	const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
	return [...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' ');
}

describe('outputs in the reader’s language and the event’s time zone', () => {
	it('a French Markdown manifesto dates itself by Bangkok’s calendar and groups counts the French way', () => {
		const { doc, event } = bigEventInBangkok();
		overwriteGetLocale(() => 'fr');
		const md = manifestoMarkdown(doc, {
			generatedAt: GENERATED,
			timeZone: event.timeZone ?? undefined
		});
		expect(md).toContain('4 décembre 2026');
		expect(md).not.toContain('3 décembre 2026');
		expect(md).toContain(`0 des ${FRENCH_COUNT} contributions`);
		expect(md).not.toMatch(/\b1234\b/);
	});

	it('a French Word manifesto says the same', async () => {
		const { doc, event } = bigEventInBangkok();
		overwriteGetLocale(() => 'fr');
		const text = docxText(
			await manifestoDocx(doc, { generatedAt: GENERATED, timeZone: event.timeZone ?? undefined })
		);
		expect(text).toContain('4 décembre 2026');
		expect(text).toContain(FRENCH_COUNT);
		expect(text).not.toMatch(/\b1234\b/);
	});

	it('an English one dates itself in the same zone, in English', () => {
		const { doc, event } = bigEventInBangkok();
		overwriteGetLocale(() => 'en');
		const md = manifestoMarkdown(doc, {
			generatedAt: GENERATED,
			timeZone: event.timeZone ?? undefined
		});
		expect(md).toContain('December 4, 2026');
		expect(md).toContain('1,234');
	});
});

describe('CSV moments', () => {
	it('are ISO 8601 with the event’s offset, the same instant as stored', () => {
		const s = seededEvent();
		updateEventDetails(s.db, s.facilitator, { name: 'Atelier', timeZone: 'Asia/Kolkata' });
		changePhase(s.db, s.facilitator, 'breakouts');
		setClock('2026-12-03T23:30:00.000Z');
		submitStatement(s.db, s.facilitator, s.sectorId('Labour'), { text: 'Gig workers lose pay' });
		const [row] = Papa.parse<Record<string, string>>(statementsCsv(s.db, s.facilitator).slice(1), {
			header: true,
			skipEmptyLines: true
		}).data;
		expect(row.created_at).toBe('2026-12-04T05:00:00+05:30');
		const [stored] = listStatements(s.db, s.event.id, { status: 'all' });
		expect(Date.parse(row.created_at)).toBe(Date.parse(stored.createdAt));
	});
});
