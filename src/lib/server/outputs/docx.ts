/**
 * The manifesto and the sector issue papers as Word documents: the same content as the Markdown
 * exports, with real headings, tables for actions, equity and coverage, pointer bodies as
 * formatted paragraphs and lists, and each pointer's sources as a native footnote.
 */
import {
	AlignmentType,
	Document,
	ExternalHyperlink,
	FootnoteReferenceRun,
	HeadingLevel,
	LevelFormat,
	Packer,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type ILevelsOptions,
	type IStylesOptions
} from 'docx';
import type {
	ManifestoDoc,
	ManifestoPointer,
	SectorPaper,
	StatementRef
} from '$lib/domain/manifesto';
import { bodyBlocks, type BodyRun } from '$lib/outputs/body';
import { carriedDeep } from '$lib/domain/text';
import type { OutputOptions } from '$lib/outputs/markdown';
import {
	actorName,
	decimal,
	equityLead,
	eventWhen,
	fromSector,
	generatedLine,
	label,
	outcomeText,
	paperTitle,
	percent,
	sectorMarksText,
	renderingText,
	statementRef,
	statusName,
	unheardText,
	voteLineText
} from '$lib/outputs/words';

const FONT = 'Arial';
const INK = '1F2933';
const MUTED = '5F6B7A';

const STYLES: IStylesOptions = {
	default: {
		document: {
			run: { font: FONT, size: 22, color: INK },
			paragraph: { spacing: { after: 120, line: 288 } }
		},
		title: {
			run: { font: FONT, size: 44, bold: true, color: INK },
			paragraph: { spacing: { after: 120 } }
		},
		heading1: {
			run: { font: FONT, size: 32, bold: true, color: INK },
			paragraph: { spacing: { before: 400, after: 120 }, keepNext: true }
		},
		heading2: {
			run: { font: FONT, size: 26, bold: true, color: INK },
			paragraph: { spacing: { before: 280, after: 100 }, keepNext: true }
		},
		heading3: {
			run: { font: FONT, size: 22, bold: true, color: MUTED },
			paragraph: { spacing: { before: 200, after: 80 }, keepNext: true }
		},
		footnoteText: {
			run: { font: FONT, size: 18 },
			paragraph: { spacing: { after: 40, line: 252 } }
		},
		hyperlink: { run: { color: '1D4ED8', underline: {} } }
	}
};

/** Nested list levels indent by half an inch, the hanging marker by a quarter. */
const levels = (format: 'bullet' | 'decimal'): ILevelsOptions[] =>
	[0, 1, 2, 3].map((level) => ({
		level,
		format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
		text: format === 'bullet' ? ['•', '◦', '▪', '•'][level] : `%${level + 1}.`,
		alignment: AlignmentType.LEFT,
		style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } }
	}));

const NUMBERING = {
	config: [
		{ reference: 'bullet', levels: levels('bullet') },
		{ reference: 'ordered', levels: levels('decimal') }
	]
};

function textRuns(run: BodyRun, extra: { style?: string } = {}): TextRun[] {
	return run.text.split('\n').map(
		(text, i) =>
			new TextRun({
				text,
				bold: run.bold,
				italics: run.italic,
				break: i > 0 ? 1 : undefined,
				...extra
			})
	);
}

function inline(runs: BodyRun[]): (TextRun | ExternalHyperlink)[] {
	return runs.flatMap((run): (TextRun | ExternalHyperlink)[] =>
		run.href
			? [new ExternalHyperlink({ link: run.href, children: textRuns(run, { style: 'Hyperlink' }) })]
			: textRuns(run)
	);
}

/** A pointer body as paragraphs; each list gets its own numbering instance so numbered lists start at 1. */
function bodyParagraphs(markdown: string, instances: { next: number }): Paragraph[] {
	const base = instances.next;
	let used = 0;
	const out = bodyBlocks(markdown).map((b) => {
		if (b.type === 'paragraph')
			return new Paragraph({
				children: inline(b.runs),
				indent: b.indent ? { left: 720 * b.indent } : undefined
			});
		used = Math.max(used, b.listId + 1);
		return new Paragraph({
			children: inline(b.runs),
			numbering: { reference: b.list, level: Math.min(b.level, 3), instance: base + b.listId }
		});
	});
	instances.next += used;
	return out;
}

const plain = (
	text: string,
	options: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}
) => new TextRun({ text, ...options });
const para = (
	text: string,
	options: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}
) => new Paragraph({ children: [plain(text, options)] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
	new Paragraph({ heading: level, children: [plain(text)] });
const bullet = (children: TextRun[]) => new Paragraph({ children, bullet: { level: 0 } });

function cell(value: string | number, header: boolean): TableCell {
	const numeric = typeof value === 'number';
	return new TableCell({
		children: [
			new Paragraph({
				alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
				spacing: { after: 0 },
				children: [plain(numeric ? decimal(value) : value, { bold: header })]
			})
		],
		shading: header ? { type: ShadingType.CLEAR, fill: 'E8ECF1', color: 'auto' } : undefined,
		margins: { top: 60, bottom: 60, left: 100, right: 100 }
	});
}

function table(head: string[], rows: (string | number)[][]): Table {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
			...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v) => cell(v, false)) }))
		]
	});
}

function titleBlock(title: string, event: ManifestoDoc['event'], lines: string[]): Paragraph[] {
	const when = eventWhen(event);
	return [
		new Paragraph({ heading: HeadingLevel.TITLE, children: [plain(title)] }),
		...lines.filter(Boolean).map((l) => para(l, { size: 26 })),
		...(when ? [para(when, { color: MUTED })] : [])
	];
}

function pointerParagraphs(
	p: ManifestoPointer,
	instances: { next: number }
): (Paragraph | Table)[] {
	const out: (Paragraph | Table)[] = [
		new Paragraph({
			heading: HeadingLevel.HEADING_2,
			children: [plain(`${p.number}. ${p.title}`), new FootnoteReferenceRun(p.number)]
		}),
		...bodyParagraphs(p.body, instances)
	];
	if (p.actions.length)
		out.push(
			heading(label.actions(), HeadingLevel.HEADING_3),
			table(
				[label.action(), label.organisation(), label.timeline(), label.status()],
				p.actions.map((a) => [a.description, a.organisation, a.timeline, statusName(a.status)])
			)
		);
	return out;
}

/** A pointer's sources: themes, every statement behind it on its own indented line, sectors, vote lines. */
function footnote(p: ManifestoPointer): { children: Paragraph[] } {
	const { themes, statements, sectors, votes } = p.provenance;
	const note = (
		children: TextRun[],
		options: { keepNext?: boolean; indent?: { left: number } } = {}
	) => new Paragraph({ style: 'FootnoteText', children, ...options });
	if (!themes.length && !statements.length) return { children: [note([plain(label.noSources())])] };
	const field = (name: string, value = '') =>
		note(
			[plain(`${name}:${value ? ' ' : ''}`, { bold: true }), ...(value ? [plain(value)] : [])],
			value ? {} : { keepNext: true }
		);
	const indented = (text: string) => note([plain(text)], { indent: { left: 280 } });
	const children = [field(label.themes(), themes.map((t) => t.label).join('; '))];
	if (statements.length)
		children.push(field(label.statements()), ...statements.map((s) => indented(statementRef(s))));
	if (sectors.length)
		children.push(
			field(label.sectors(), sectors.map((s) => `${s.name} (${decimal(s.statements)})`).join(', '))
		);
	if (votes.length)
		children.push(field(label.votes()), ...votes.map((v) => indented(voteLineText(v))));
	return { children };
}

function equity(doc: ManifestoDoc): (Paragraph | Table)[] {
	const e = doc.equity;
	const head = [label.sector(), label.behind(), label.shareManifesto(), label.shareAll()];
	const actors = (['sectoral', 'digital', 'unstated'] as const).map((a) => [
		actorName(a),
		e.actors[a].manifesto,
		percent(e.actors[a].manifestoShare),
		percent(e.actors[a].allShare)
	]);
	return [
		heading(label.equity(), HeadingLevel.HEADING_1),
		para(equityLead(e.behind, e.total)),
		table(
			head,
			e.sectors.map((s) => [s.name, s.manifesto, percent(s.manifestoShare), percent(s.allShare)])
		),
		para(''),
		table([label.actor(), ...head.slice(1)], actors)
	];
}

const coverageHead = () => [
	label.statements(),
	label.coveragePointer(),
	label.coveragePaper(),
	label.coverageParked(),
	label.coverageUndecided()
];

function coverage(doc: ManifestoDoc): (Paragraph | Table)[] {
	const unheard = doc.coverage.filter((c) => c.unheard).map((c) => c.name);
	return [
		heading(label.coverage(), HeadingLevel.HEADING_1),
		table(
			[label.sector(), ...coverageHead()],
			doc.coverage.map((c) => [c.name, c.statements, c.pointer, c.paper, c.parked, c.undecided])
		),
		...(unheard.length ? [para(''), para(unheardText(unheard), { bold: true })] : [])
	];
}

const closing = ({ generatedAt, timeZone }: OutputOptions) =>
	new Paragraph({
		spacing: { before: 480 },
		children: [
			plain(generatedLine(generatedAt, timeZone), { italics: true, color: MUTED, size: 18 })
		]
	});

type Footnotes = Record<string, { children: Paragraph[] }>;

function pack(
	title: string,
	subject: string,
	description: string,
	children: (Paragraph | Table)[],
	footnotes: Footnotes = {}
): Promise<Buffer> {
	const doc = new Document({
		title,
		subject,
		description,
		creator: 'Converge',
		lastModifiedBy: 'Converge',
		styles: STYLES,
		numbering: NUMBERING,
		footnotes,
		sections: [
			{
				properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } },
				children
			}
		]
	});
	return Packer.toBuffer(doc);
}

/** The whole manifesto as a .docx file; `generatedAt` (ISO) dates the closing line. */
export function manifestoDocx(raw: ManifestoDoc, options: OutputOptions = {}): Promise<Buffer> {
	// Word refuses a file whose XML holds a character XML forbids: such text never reaches it
	const doc = carriedDeep(raw);
	const instances = { next: 1 };
	const children: (Paragraph | Table)[] = titleBlock(doc.event.name, doc.event, []);
	const description = doc.event.description
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim());
	children.push(...description.filter(Boolean).map((p) => para(p)));
	const footnotes: Footnotes = {};
	for (const section of doc.sections) {
		children.push(heading(section.title ?? label.unsorted(), HeadingLevel.HEADING_1));
		for (const p of section.pointers) {
			children.push(...pointerParagraphs(p, instances));
			footnotes[p.number] = footnote(p);
		}
	}
	children.push(...equity(doc), ...coverage(doc), closing(options));
	return pack(doc.event.name, label.manifesto(), doc.event.description, children, footnotes);
}

/** One sector's issue paper as a .docx file. */
export function paperDocx(raw: SectorPaper, options: OutputOptions = {}): Promise<Buffer> {
	const paper = carriedDeep(raw);
	const c = paper.coverage;
	const numbers = new Map(paper.pointers.map((p) => [p.id, p.number]));
	const numbersOf = (ids: number[]) =>
		ids.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined);
	const section = (name: string, items: TextRun[][]) => [
		heading(name, HeadingLevel.HEADING_1),
		...(items.length ? items.map(bullet) : [para(label.none(), { color: MUTED })])
	];
	const statement = (
		s: Pick<StatementRef, 'id' | 'title' | 'text' | 'rendering'>,
		where: string
	) => [
		plain(`#${s.id} `, { color: MUTED }),
		...(s.title.trim() ? [plain(`${s.title.trim()}: `, { bold: true })] : []),
		plain(s.text.replace(/\s+/g, ' ').trim()),
		plain(` — ${where}`, { italics: true }),
		...(s.rendering ? [new TextRun({ text: renderingText(s, true), break: 1, color: MUTED })] : [])
	];
	const themeLine = (t: SectorPaper['themes'][number]) => {
		const fed = numbersOf(t.pointerIds);
		return [
			plain(
				`${t.label} (${fromSector(t.statements)})${fed.length ? ` — ${outcomeText('pointer', '', fed)}` : ''}`
			)
		];
	};
	const title = paperTitle(paper.sector.name);
	const children: (Paragraph | Table)[] = titleBlock(title, paper.event, [paper.event.name]);
	if (c.unheard) children.push(para(label.paperUnheard(), { bold: true }));
	children.push(
		table(coverageHead(), [[c.statements, c.pointer, c.paper, c.parked, c.undecided]]),
		...section(
			label.paperPointers(),
			paper.pointers.map((p) => [
				plain(`${p.number}. `, { bold: true }),
				plain(`${p.title} (${fromSector(p.statements)})`)
			])
		),
		...section(label.paperThemes(), paper.themes.map(themeLine)),
		...section(
			label.paperSupport(),
			paper.support.map((v) => [
				plain(`${v.label}: `, { bold: true }),
				plain(`${voteLineText(v)}; ${sectorMarksText(v.sectorMarks)}`)
			])
		),
		...section(
			label.paperStatements(),
			paper.statements.map((s) =>
				statement(s, outcomeText(s.outcome, s.reason, numbersOf(s.pointerIds)))
			)
		),
		...section(
			label.paperParked(),
			paper.parked.map((s) => statement(s, outcomeText('parked', s.reason, [])))
		),
		closing(options)
	);
	return pack(`${title} — ${paper.event.name}`, title, paper.event.description, children);
}
