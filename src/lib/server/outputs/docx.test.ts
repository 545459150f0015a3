import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildManifesto, buildSectorPaper, type ManifestoInput } from '$lib/domain/manifesto';
import { sampleManifestoInput } from '../../../../tests/fixtures/manifesto';
import { manifestoDocx, paperDocx } from './docx';

type Parts = Record<string, string>;

async function open(buffer: Promise<Buffer>): Promise<Parts> {
	const files = unzipSync(new Uint8Array(await buffer));
	return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescape = (xml: string) =>
	xml.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ENTITIES[e]);

/** The visible text of an XML part, paragraph by paragraph, as a reader sees it. */
const paragraphs = (xml: string) =>
	[...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, p]) =>
		[...p.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1])).join('')
	);

/** The paragraphs of one footnote. */
function footnote(xml: string, id: number): string[] {
	const match = new RegExp(`<w:footnote w:id="${id}">([\\s\\S]*?)</w:footnote>`).exec(xml);
	expect(match, `footnote ${id}`).not.toBeNull();
	return paragraphs(match![1]);
}

describe('manifestoDocx', () => {
	const input = sampleManifestoInput();
	const doc = buildManifesto(input);
	const pointers = doc.sections.flatMap((s) => s.pointers);
	const parts = open(manifestoDocx(doc));

	it('is a Word file with the event as its title', async () => {
		const { 'docProps/core.xml': core, '[Content_Types].xml': types } = await parts;
		expect(core).toContain('<dc:title>Digital justice workshop</dc:title>');
		expect(core).toContain('<dc:creator>Converge</dc:creator>');
		expect(types).toContain('wordprocessingml.document.main+xml');
	});

	it('holds the sections in order and every pointer, numbered, with its footnote reference', async () => {
		const body = (await parts)['word/document.xml'];
		const text = paragraphs(body);
		const headings = [
			'Data',
			'1. People own the data they generate',
			'Techno-structures',
			'2. Open the algorithms that govern work',
			'Unsorted pointers',
			'3. Unsorted pointer'
		];
		expect(text.filter((t) => headings.includes(t))).toEqual(headings);
		for (const p of pointers)
			expect(body).toMatch(
				new RegExp(
					`${p.number}\\. ${p.title}</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${p.number}"/>`
				)
			);
		expect(body).toContain(
			'<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Unsorted pointers'
		);
	});

	it('writes the body as formatted runs and a real list', async () => {
		const body = (await parts)['word/document.xml'];
		expect(body).toMatch(
			/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">people<\/w:t><\/w:r>/
		);
		expect(body).toMatch(
			/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">land<\/w:t><\/w:r>/
		);
		expect(body).toMatch(
			/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">no sale without consent/
		);
	});

	it('has a table for the actions, two for the equity summary and one for the coverage', async () => {
		const body = (await parts)['word/document.xml'];
		expect(body.match(/<w:tbl>/g)).toHaveLength(4);
		const text = paragraphs(body);
		const audit = text.indexOf('Run a consent audit of health apps');
		expect(text.slice(audit, audit + 4)).toEqual([
			'Run a consent audit of health apps',
			'Women Health Network',
			'Q1',
			'planned'
		]);
		expect(text.indexOf('Draft a model data-trust charter')).toBeGreaterThan(audit);
		expect(text).toContain('in progress');
		// 5 of 7 statements behind the pointers; Labour: 11 and 12 of the 5, and 2 of all 7
		expect(text).toContain('5 of 7 statements are behind the manifesto.');
		const labour = text.indexOf('Labour');
		expect(text.slice(labour, labour + 4)).toEqual(['Labour', '2', '40%', '29%']);
		const coverage = text.lastIndexOf('Gender');
		expect(text.slice(coverage, coverage + 6)).toEqual(['Gender', '2', '1', '0', '1', '0']);
	});

	it('puts every statement, theme, sector and vote behind a pointer in its footnote', async () => {
		const notes = (await parts)['word/footnotes.xml'];
		for (const p of pointers.filter((x) => x.provenance.statements.length)) {
			const lines = footnote(notes, p.number);
			expect(lines[0]).toBe(`Themes: ${p.provenance.themes.map((t) => t.label).join('; ')}`);
			for (const s of p.provenance.statements)
				expect(lines).toContain(`${s.sectorName}, #${s.id}: “${s.title || s.text}”`);
			expect(lines).toContain(
				`Sectors: ${p.provenance.sectors.map((s) => `${s.name} (${s.statements})`).join(', ')}`
			);
		}
		expect(footnote(notes, 1)).toContain(
			'“Which themes matter most?” (dot voting): rank 1 of 3, 48 dots from 21 of 30 ballots'
		);
		expect(footnote(notes, 3)).toEqual(['No theme or statement is behind this pointer.']);
	});

	it('XML-escapes hostile text and drops characters XML cannot hold', async () => {
		const hostile: ManifestoInput = sampleManifestoInput();
		const attack = '</w:t></w:r><w:r><w:t>injected & <script>alert(1)</script> ]]> "q" \'a\'';
		hostile.statements[1].text = `${attack}\u0001\u000b`;
		hostile.pointers[0].title = `Title ${attack}`;
		hostile.pointers[0].body = `${attack}\n\n[link](https://example.org/?a=1&b=2)`;
		hostile.actions[0].organisation = attack;
		hostile.sectors[0].name = '<Labour>';
		const out = await open(manifestoDocx(buildManifesto(hostile)));
		for (const part of [out['word/document.xml'], out['word/footnotes.xml']]) {
			expect(part).not.toContain('<w:t>injected');
			expect(part).not.toContain('<script>');
			// eslint-disable-next-line no-control-regex -- control characters are what it looks for
			expect(part).not.toMatch(/[\u0001\u000b]/);
		}
		expect(out['word/document.xml']).toContain(
			'&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:t&gt;injected &amp; &lt;script&gt;'
		);
		// the pointer's title, its body and an action's organisation
		expect(paragraphs(out['word/document.xml']).filter((t) => t.includes(attack))).toEqual([
			`1. Title ${attack}`,
			attack,
			attack
		]);
		expect(paragraphs(out['word/footnotes.xml'])).toContain(`<Labour>, #12: “${attack}”`);
		expect(out['word/_rels/document.xml.rels']).toContain(
			'Target="https://example.org/?a=1&amp;b=2" TargetMode="External"'
		);
	});
});

describe('paperDocx', () => {
	it('gives a sector its coverage, what it fed, its support and every statement with where it went', async () => {
		const paper = buildSectorPaper(sampleManifestoInput(), 2)!;
		const parts = await open(paperDocx(paper));
		const text = paragraphs(parts['word/document.xml']);
		expect(text[0]).toBe('Issue paper: Gender');
		expect(parts['docProps/core.xml']).toContain(
			'<dc:title>Issue paper: Gender — Digital justice workshop</dc:title>'
		);
		for (const heading of [
			'Pointers this sector fed',
			'Themes this sector fed',
			'Support in the votes',
			'Statements and where each went',
			'Parked statements'
		])
			expect(text).toContain(heading);
		expect(text.slice(text.indexOf('Statements'), text.indexOf('Statements') + 5)).toEqual([
			'Statements',
			'In a pointer',
			"In its sector's paper only",
			'Parked',
			'Not yet decided'
		]);
		expect(text).toContain('1. People own the data they generate (1 statement from this sector)');
		expect(text).toContain(
			'data ownership · consent (1 statement from this sector) — in pointer 1'
		);
		expect(text).toContain(
			'online harassment: “Which themes matter most?” (dot voting): rank 3 of 3, 11 dots from 9 of 30 ballots; marked on 9 ballots from this sector'
		);
		expect(text).toContain('#22 Health apps sell menstrual data to advertisers. — in pointer 1');
		const parked =
			'#21 Online abuse: Women journalists face coordinated harassment & doxxing <online>. — parked: Covered by a separate campaign';
		expect(text.filter((t) => t === parked)).toHaveLength(2);
	});

	it('says "None." where a sector fed nothing', async () => {
		const text = paragraphs(
			(await open(paperDocx(buildSectorPaper(sampleManifestoInput(), 4)!)))['word/document.xml']
		);
		expect(text.filter((t) => t === 'None.')).toHaveLength(5);
	});
});
