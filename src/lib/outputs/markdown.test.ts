import { afterEach, describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { buildManifesto, buildSectorPaper, type ManifestoInput } from '$lib/domain/manifesto';
import { sampleManifestoInput } from '../../../tests/fixtures/manifesto';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { bodyMarkdown, manifestoMarkdown, mdInline, paperMarkdown } from './markdown';

/** A strict CommonMark reader with GitHub tables and raw HTML on, to see what an export would turn into. */
const reader = new MarkdownIt({ html: true, linkify: false });

function structure(markdown: string) {
	const tokens = reader.parse(markdown, {});
	const inline = tokens.flatMap((t) => t.children ?? []);
	return {
		headings: tokens.flatMap((t, i) =>
			t.type === 'heading_open' ? [`${t.tag} ${tokens[i + 1].content}`] : []
		),
		html: [...tokens, ...inline].filter((t) => t.type.startsWith('html')).map((t) => t.content),
		links: inline.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href')),
		rows: tokens.filter((t) => t.type === 'tr_open').length,
		cellsPerRow: tokens.reduce<number[]>(
			(rows, t) =>
				t.type === 'tr_open'
					? [...rows, 0]
					: t.type === 'th_open' || t.type === 'td_open'
						? [...rows.slice(0, -1), rows.at(-1)! + 1]
						: rows,
			[]
		),
		lists: tokens.filter((t) => t.type === 'bullet_list_open' || t.type === 'ordered_list_open')
			.length,
		blockquotes: tokens.filter((t) => t.type === 'blockquote_open').length,
		code:
			tokens.filter((t) => t.type === 'fence' || t.type === 'code_block').length +
			inline.filter((t) => t.type === 'code_inline').length,
		text: inline
			.filter((t) => t.type === 'text')
			.map((t) => t.content)
			.join('')
	};
}

/** The text of one footnote definition: from `[^n]:` to the next unindented line. */
function footnote(markdown: string, n: number): string {
	const start = markdown.indexOf(`[^${n}]: `);
	expect(start, `footnote ${n}`).toBeGreaterThan(-1);
	const rest = markdown.slice(start);
	const end = rest.slice(1).search(/\n\n(?! {4})/);
	return end === -1 ? rest : rest.slice(0, end + 1);
}

const HOSTILE =
	'<img src=x onerror=alert(1)> *bold* _u_ # [link](https://evil.example) | pipe `code` ~~s~~ &amp;';

function hostileInput(): ManifestoInput {
	const input = sampleManifestoInput();
	input.statements[1].text = `${HOSTILE}\n> quoted\n- item\n1. one`;
	input.statements[1].title = '';
	input.statements[0].title = '1. # Title [x]';
	input.pointers[0].title = '# Evil [x](javascript:alert(1)) | <b>bold</b>';
	input.pointers[0].body =
		'<script>alert(1)</script>\n\n## Fake section\n\n[^1]: forged source\n\n| a | b |\n|---|---|\n\n```\ncode\n```\n\n- kept *item*';
	// the "Data" section, first in reading order
	input.sections[1].title = '- Data | more';
	input.actions[0].organisation = 'Union | <i>Co</i>';
	input.actions[0].description = '- **Draft**\nthe charter';
	input.sectors[0].name = '*Labour* [union]';
	input.event.description = '> not a quote\n\n## not a heading';
	return input;
}

describe('manifestoMarkdown', () => {
	const input = sampleManifestoInput();
	const doc = buildManifesto(input);
	const md = manifestoMarkdown(doc);
	const pointers = doc.sections.flatMap((s) => s.pointers);

	it('opens with the event, its place, dates and description', () => {
		expect(md.startsWith('# Digital justice workshop\n')).toBe(true);
		expect(md).toContain('Bangkok');
		expect(md).toContain('2019');
		expect(md).toContain('Three days, eleven movements.');
	});

	it('lays out sections in order, the unsorted pointers last, and numbers every pointer with a footnote reference', () => {
		const headings = structure(md).headings;
		const expected = [
			'h2 Data',
			`h3 1. ${pointers[0].title}[^1]`,
			'h4 Actions',
			'h2 Techno-structures',
			`h3 2. ${pointers[1].title}[^2]`,
			'h2 Unsorted pointers',
			`h3 3. ${pointers[2].title}[^3]`,
			'h2 Equity summary',
			'h2 Coverage',
			'h2 Sources'
		];
		expect(headings).toEqual(['h1 Digital justice workshop', ...expected]);
		expect(pointers.map((p) => p.title)).toEqual([
			'People own the data they generate',
			'Open the algorithms that govern work',
			'Unsorted pointer'
		]);
	});

	it('keeps the body’s emphasis and lists', () => {
		expect(md).toContain(
			'Data about **people** and *land* belongs to them.\n\n- no sale without consent\n- a right to delete'
		);
	});

	it('lists the actions in their order with their status in words', () => {
		expect(md).toContain(
			'| Action | Organisation | Timeline | Status |\n| --- | --- | --- | --- |\n' +
				'| Run a consent audit of health apps | Women Health Network | Q1 | planned |\n' +
				'| Draft a model data-trust charter | Farmers Union | by March | in progress |'
		);
	});

	it('traces every pointer in its footnote to every statement, theme, sector and vote behind it', () => {
		for (const p of pointers.filter((x) => x.provenance.statements.length)) {
			const note = footnote(md, p.number);
			for (const t of p.provenance.themes) expect(note).toContain(t.label);
			for (const s of p.provenance.statements) {
				const words = s.title || s.text;
				expect(note).toMatch(
					new RegExp(
						`\\n {4}- ${s.sectorName}, \\\\#${s.id}: “${words.replace(/[.?*]/g, '\\$&')}”\\n`
					)
				);
			}
			for (const s of p.provenance.sectors) expect(note).toContain(`${s.name} (${s.statements})`);
			expect(p.provenance.votes.length).toBeGreaterThan(0);
		}
		expect(footnote(md, 1)).toContain(
			'- “Which themes matter most?” (dot voting): rank 1 of 3, 48 dots from 21 of 30 ballots'
		);
		expect(footnote(md, 2)).toContain(
			'- “Which themes matter most?” (dot voting): rank 2 of 3, 31 dots from 15 of 30 ballots'
		);
		expect(footnote(md, 3)).toBe('[^3]: No theme or statement is behind this pointer.');
	});

	it('describes each voting method’s result in words, ties flagged', () => {
		const input = sampleManifestoInput();
		const line = {
			roundTitle: 'Second look',
			themeId: 101,
			of: 2,
			tied: false,
			ballots: 30,
			marks: 0,
			score: 0,
			blocks: 0,
			marksBySector: {}
		};
		input.votes.push(
			{ ...line, roundId: 2, method: 'approval', rank: 1, score: 0.64, marks: 19 },
			{
				...line,
				roundId: 3,
				method: 'consent',
				rank: 2,
				tied: true,
				score: 5 / 7,
				blocks: 1,
				roundTitle: 'Consent'
			},
			{
				...line,
				roundId: 4,
				method: 'dot',
				rank: 1,
				ballots: 1,
				marks: 1,
				score: 1,
				roundTitle: 'Tiny'
			}
		);
		const note = footnote(manifestoMarkdown(buildManifesto(input)), 1);
		expect(note).toContain(
			'- “Second look” (approval): rank 1 of 2, approved on 64% of 30 ballots\n'
		);
		expect(note).toContain(
			'- “Consent” (consent scale): rank 2 of 2 (tied), 71% endorse (1–2), 1 block\n'
		);
		expect(note).toContain('- “Tiny” (dot voting): rank 1 of 2, 1 dot from 1 of 1 ballot');
	});

	it('prints the equity summary from the statements behind the pointers', () => {
		// behind pointers 201 (theme 101: 12, 22, 31) and 202 (theme 102: 11, 33): 5 of the 7 statements
		expect(md).toContain('5 of 7 statements are behind the manifesto.');
		expect(md).toContain('| Labour | 2 | 40% | 29% |');
		expect(md).toContain('| Gender | 1 | 20% | 29% |');
		expect(md).toContain('| Farming | 2 | 40% | 43% |');
		expect(md).toContain('| Health | 0 | 0% | 0% |');
		// actor types behind: 11 and 31 sectoral, 12 and 33 digital, 22 unstated; of all: 4 sectoral, 2 digital, 1 unstated
		expect(md).toContain('| Sectoral actors | 2 | 40% | 57% |');
		expect(md).toContain('| Digital-rights activists | 2 | 40% | 29% |');
		expect(md).toContain('| Not stated | 1 | 20% | 14% |');
	});

	it('prints the coverage of each sector, a pointer winning over an earlier decision', () => {
		expect(md).toContain(
			"| Sector | Statements | In a pointer | In its sector's paper only | Parked | Not yet decided |"
		);
		expect(md).toContain('| Labour | 2 | 2 | 0 | 0 | 0 |');
		expect(md).toContain('| Gender | 2 | 1 | 0 | 1 | 0 |');
		expect(md).toContain('| Farming | 3 | 2 | 1 | 0 | 0 |');
		expect(md).toContain('| Health | 0 | 0 | 0 | 0 | 0 |');
		expect(md).not.toContain('No statement from these sectors');
	});

	it('prints a dash for a share of nothing', () => {
		const input = sampleManifestoInput();
		input.pointers = [];
		expect(manifestoMarkdown(buildManifesto(input))).toContain('| Labour | 0 | – | 29% |');
	});

	it('names the sectors no pointer heard', () => {
		const input = sampleManifestoInput();
		input.statements.push({
			id: 41,
			sectorId: 4,
			title: '',
			text: 'Clinics lose patient records.',
			actorType: null
		});
		expect(manifestoMarkdown(buildManifesto(input))).toContain(
			'No statement from these sectors reached a pointer: Health.'
		);
	});

	it('ends with the generated-by line, dated when asked', () => {
		expect(md.trimEnd().endsWith('*Generated by Converge.*')).toBe(true);
		expect(manifestoMarkdown(doc, { generatedAt: '2024-05-01T10:00:00Z' })).toContain(
			'*Generated by Converge on May 1, 2024.*'
		);
	});

	it('gives no structure to hostile titles, statements, bodies, names or actions', () => {
		const hostile = hostileInput();
		const out = manifestoMarkdown(buildManifesto(hostile));
		const s = structure(out);
		expect(s.html).toEqual([]);
		expect(s.links).toEqual([]);
		expect(s.blockquotes).toBe(0);
		// footnotes are indented: a reader without footnotes shows them as code, nothing before them may be
		expect(structure(out.slice(0, out.indexOf('## Sources'))).code).toBe(0);
		expect(s.headings).toEqual([
			'h1 Digital justice workshop',
			`h2 ${mdInline(hostile.sections[1].title)}`,
			`h3 1. ${mdInline(hostile.pointers[0].title)}[^1]`,
			'h4 Actions',
			'h2 Techno-structures',
			'h3 2. Open the algorithms that govern work[^2]',
			'h2 Unsorted pointers',
			'h3 3. Unsorted pointer[^3]',
			'h2 Equity summary',
			'h2 Coverage',
			'h2 Sources'
		]);
		// actions (3 rows), sectors and actors in the equity summary (5 and 4), coverage (5): every row keeps its columns
		expect(s.cellsPerRow).toEqual([...Array(3 + 5 + 4).fill(4), ...Array(5).fill(6)]);
		// the body's own list survives; the statements' "- item" and "1. one" do not become lists
		expect(out).toContain('- kept *item*');
		for (const text of [
			'<script>alert(1)</script>',
			'## Fake section',
			'[^1]: forged source',
			'| a | b |',
			'```',
			'- **Draft** the charter',
			'Union | <i>Co</i>',
			'> not a quote',
			'## not a heading'
		])
			expect(s.text).toContain(text);
		expect(footnote(out, 2)).toContain(
			'    - \\*Labour\\* \\[union\\], \\#11: “1. \\# Title \\[x\\]”'
		);
		expect(footnote(out, 1)).toContain(
			'    - \\*Labour\\* \\[union\\], \\#12: “\\<img src=x onerror=alert(1)\\> \\*bold\\* \\_u\\_ \\# \\[link\\](https://evil.example) \\| pipe'
		);
		expect(out).toContain('| \\- \\*\\*Draft\\*\\* the charter | Union \\| \\<i\\>Co\\</i\\> |');
	});
});

describe('bodyMarkdown', () => {
	it.each([
		[
			'emphasis and links',
			'A **b** *c* ***d*** [e](https://x.example/(f))',
			'A **b** *c* ***d*** [e](https://x.example/%28f%29)'
		],
		['line breaks', 'one\ntwo', 'one\\\ntwo'],
		['nested lists', '1. a\n2. b\n   - c\n\n     d', '1. a\n2. b\n   - c\n\n     d'],
		['neighbouring lists', '- a\n\npara\n\n- b', '- a\n\npara\n\n* b'],
		[
			'markup outside the subset',
			'# h\n\n<b>x</b> [y](javascript:z)',
			'\\# h\n\n\\<b\\>x\\</b\\> \\[y\\](javascript:z)'
		],
		[
			'text that looks like a list',
			'\\- not a list\n\n1\\. nor this',
			'\\- not a list\n\n1\\. nor this'
		]
	])('writes back %s', (_name, body, expected) => {
		expect(bodyMarkdown(body)).toBe(expected);
	});
});

describe('paperMarkdown', () => {
	afterEach(() => overwriteGetLocale(original));
	const original = getLocale;

	it('gives a sector its coverage, pointers and themes fed, support, statements and parked ones', () => {
		const paper = buildSectorPaper(sampleManifestoInput(), 2)!;
		const md = paperMarkdown(paper);
		expect(structure(md).headings).toEqual([
			'h1 Issue paper: Gender',
			'h2 Pointers this sector fed',
			'h2 Themes this sector fed',
			'h2 Support in the votes',
			'h2 Statements and where each went',
			'h2 Parked statements'
		]);
		expect(md).toContain('| 2 | 1 | 0 | 1 | 0 |');
		expect(md).toContain(
			'- **1.** People own the data they generate (1 statement from this sector)'
		);
		expect(md).toContain(
			'- data ownership · consent (1 statement from this sector) — in pointer 1'
		);
		expect(md).toContain('- online harassment (1 statement from this sector)\n');
		// Gender's marks on themes 101 and 103 in the fixture's round
		expect(md).toContain(
			'- **data ownership · consent**: “Which themes matter most?” (dot voting): rank 1 of 3, 48 dots from 21 of 30 ballots; marked on 6 ballots from this sector'
		);
		expect(md).toContain(
			'- **online harassment**: “Which themes matter most?” (dot voting): rank 3 of 3, 11 dots from 9 of 30 ballots; marked on 9 ballots from this sector'
		);
		const parked =
			'- \\#21 **Online abuse**: Women journalists face coordinated harassment & doxxing \\<online\\>. — *parked: Covered by a separate campaign*';
		expect(md).toContain(
			`- \\#22 Health apps sell menstrual data to advertisers. — *in pointer 1*\n`
		);
		expect(md.split(parked).length - 1).toBe(2);
	});

	it('says which statements went to the paper only and which await a decision', () => {
		const input = sampleManifestoInput();
		input.statements.push({
			id: 34,
			sectorId: 3,
			title: '',
			text: 'Extension services went online only.',
			actorType: null
		});
		const md = paperMarkdown(buildSectorPaper(input, 3)!);
		expect(md).toContain(
			'- \\#32 Farmers lack connectivity in remote villages. — *in this paper only*'
		);
		expect(md).toContain('- \\#34 Extension services went online only. — *not yet decided*');
		expect(md).toContain(
			'- \\#31 **Seed data**: Agritech firms own the data farmers generate on their land. — *in pointer 1*'
		);
		expect(md).toContain('## Parked statements\n\nNone.');
	});

	it('flags a sector that no pointer heard, and says "None." for empty lists', () => {
		const input = sampleManifestoInput();
		input.statements.push({
			id: 41,
			sectorId: 4,
			title: '',
			text: 'Clinics lose patient records.',
			actorType: null
		});
		const md = paperMarkdown(buildSectorPaper(input, 4)!);
		expect(md).toContain('**No statement from this sector reached a pointer.**');
		expect(md).toContain('## Pointers this sector fed\n\nNone.');
		expect(paperMarkdown(buildSectorPaper(sampleManifestoInput(), 4)!)).not.toContain(
			'No statement from this sector'
		);
	});

	it('escapes hostile statements, names and reasons', () => {
		const input = hostileInput();
		input.outcomes[0].reason = '</em> # <script>x</script> | [r](https://evil.example)';
		for (const [sectorId, text] of [
			[1, `${HOSTILE} > quoted - item 1. one`],
			[2, 'parked: </em> # <script>x</script> | [r](https://evil.example)']
		] as const) {
			const s = structure(paperMarkdown(buildSectorPaper(input, sectorId)!));
			expect(s.html).toEqual([]);
			expect(s.links).toEqual([]);
			expect(s.code).toBe(0);
			expect(s.headings).toHaveLength(6);
			expect(s.text).toContain(text);
		}
		expect(structure(paperMarkdown(buildSectorPaper(input, 1)!)).headings[0]).toBe(
			'h1 Issue paper: \\*Labour\\* \\[union\\]'
		);
	});

	it('speaks the reader’s language', () => {
		overwriteGetLocale(() => 'es');
		const md = paperMarkdown(buildSectorPaper(sampleManifestoInput(), 2)!);
		expect(md).toContain('# Documento de planteamientos: Gender');
		expect(md).toContain(
			'«Which themes matter most?» (votación por puntos): puesto 1 de 3, 48 puntos en 21 de 30 papeletas; marcado en 6 papeletas de este sector'
		);
		expect(md).toContain('*aparcado: Covered by a separate campaign*');
		expect(md).toContain('*en el punto 1*');
	});
});
