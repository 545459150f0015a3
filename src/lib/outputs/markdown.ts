/**
 * The manifesto and the sector issue papers as Markdown (CommonMark with GitHub's tables and
 * footnotes). Every piece of text people typed is escaped, so a statement or a title can never
 * open a heading, a list, a link, a table cell or raw HTML; pointer bodies are written back from
 * their parsed subset, so they keep their emphasis, lists and links and nothing more.
 */
import type {
	ManifestoDoc,
	ManifestoPointer,
	SectorPaper,
	StatementRef
} from '$lib/domain/manifesto';
import { bodyBlocks, type BodyBlock, type BodyRun } from './body';
import { carriedDeep } from '$lib/domain/text';
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
} from './words';

/** Escapes text for one line of Markdown: whitespace collapses, structure characters lose their meaning. */
export function mdInline(text: string): string {
	// no-break spaces stay: they hold a number to its unit ("64 %", "1 234") in French
	return mdLine(text.replace(/[^\S\u00a0\u202f]+/g, ' ').trim());
}

/** Escapes a line that keeps its spaces: `\` before every structure character, and before a list or quote marker opening the line. */
function mdLine(text: string): string {
	return text
		.replace(/[\\`*_[\]<>|#~]/g, '\\$&')
		.replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
		.replace(/^(\s*)([-+=])/, '$1\\$2')
		.replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function emphasise(text: string, run: BodyRun): string {
	const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
	const mark = run.bold && run.italic ? '***' : run.bold ? '**' : run.italic ? '*' : '';
	return core ? `${lead}${mark}${mdLine(core)}${mark}${trail}` : lead + trail;
}

/** Brackets, spaces and angle brackets would end a link destination early. */
const hrefMd = (href: string) =>
	href.replace(
		/[()<>\s]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
	);

/** A block's runs as inline Markdown; a line break becomes a backslash break continued at `pad`. */
function runsMd(runs: BodyRun[], pad: string): string {
	let out = '';
	for (let i = 0; i < runs.length;) {
		const href = runs[i].href;
		let piece = '';
		for (; i < runs.length && runs[i].href === href; i++)
			piece += runs[i].text
				.split('\n')
				.map((line) => emphasise(line, runs[i]))
				.join(`\\\n${pad}`);
		out += href ? `[${piece}](${hrefMd(href)})` : piece;
	}
	return out;
}

/** A pointer body written back as Markdown of the subset only (raw HTML, headings and the like stay text). */
export function bodyMarkdown(markdown: string): string {
	const widths: number[] = [];
	let out = '';
	let previous: BodyBlock | undefined;
	for (const b of bodyBlocks(markdown)) {
		const depth = b.type === 'item' ? b.level : b.indent;
		const pad = ' '.repeat(widths.slice(0, depth).reduce((s, w) => s + w, 0));
		let marker = '';
		if (b.type === 'item') {
			// alternate the marker between neighbouring lists so they stay apart
			marker =
				b.list === 'ordered'
					? `${b.number}${b.listId % 2 ? ')' : '.'} `
					: b.listId % 2
						? '* '
						: '- ';
			widths[b.level] = marker.length;
		}
		const tight = b.type === 'item' && previous?.type === 'item' && previous.listId === b.listId;
		if (previous) out += tight ? '\n' : '\n\n';
		out += pad + marker + runsMd(b.runs, pad + ' '.repeat(marker.length));
		previous = b;
	}
	return out;
}

function table(head: string[], rows: (string | number)[][]): string {
	const line = (cells: (string | number)[]) =>
		`| ${cells.map((c) => (typeof c === 'number' ? decimal(c) : mdInline(c))).join(' | ')} |`;
	return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

function pointerMd(p: ManifestoPointer): string {
	const parts = [`### ${p.number}. ${mdInline(p.title)}[^${p.number}]`];
	const body = bodyMarkdown(p.body);
	if (body) parts.push(body);
	if (p.actions.length) {
		parts.push(`#### ${mdInline(label.actions())}`);
		parts.push(
			table(
				[label.action(), label.organisation(), label.timeline(), label.status()],
				p.actions.map((a) => [a.description, a.organisation, a.timeline, statusName(a.status)])
			)
		);
	}
	return parts.join('\n\n');
}

/** One pointer's footnote: its themes, every statement behind it, its sectors and its vote lines. */
function footnoteMd(p: ManifestoPointer): string {
	const { themes, statements, sectors, votes } = p.provenance;
	if (!themes.length && !statements.length) return `[^${p.number}]: ${mdInline(label.noSources())}`;
	const field = (name: string, value: string) => `**${mdInline(name)}:** ${value}`.trimEnd();
	const list = (items: string[]) => items.map((x) => `    - ${mdInline(x)}`).join('\n');
	const parts = [field(label.themes(), mdInline(themes.map((t) => t.label).join('; ')))];
	if (statements.length)
		parts.push(field(label.statements(), ''), list(statements.map(statementRef)));
	if (sectors.length)
		parts.push(
			field(
				label.sectors(),
				mdInline(sectors.map((s) => `${s.name} (${decimal(s.statements)})`).join(', '))
			)
		);
	if (votes.length) parts.push(field(label.votes(), ''), list(votes.map(voteLineText)));
	return `[^${p.number}]: ${parts.map((x, i) => (i === 0 || x.startsWith('    ') ? x : `    ${x}`)).join('\n\n')}`;
}

function equityMd(doc: ManifestoDoc): string {
	const e = doc.equity;
	const head = [label.sector(), label.behind(), label.shareManifesto(), label.shareAll()];
	const actors = (['sectoral', 'digital', 'unstated'] as const).map((a) => [
		actorName(a),
		e.actors[a].manifesto,
		percent(e.actors[a].manifestoShare),
		percent(e.actors[a].allShare)
	]);
	return [
		`## ${mdInline(label.equity())}`,
		mdInline(equityLead(e.behind, e.total)),
		table(
			head,
			e.sectors.map((s) => [s.name, s.manifesto, percent(s.manifestoShare), percent(s.allShare)])
		),
		table([label.actor(), ...head.slice(1)], actors)
	].join('\n\n');
}

const coverageHead = () => [
	label.statements(),
	label.coveragePointer(),
	label.coveragePaper(),
	label.coverageParked(),
	label.coverageUndecided()
];

function coverageMd(doc: ManifestoDoc): string {
	const rows = doc.coverage.map((c) => [
		c.name,
		c.statements,
		c.pointer,
		c.paper,
		c.parked,
		c.undecided
	]);
	const parts = [
		`## ${mdInline(label.coverage())}`,
		table([label.sector(), ...coverageHead()], rows)
	];
	const unheard = doc.coverage.filter((c) => c.unheard).map((c) => c.name);
	if (unheard.length) parts.push(mdInline(unheardText(unheard)));
	return parts.join('\n\n');
}

function titleBlock(heading: string, event: ManifestoDoc['event'], lines: string[]): string[] {
	const when = eventWhen(event);
	return [
		`# ${mdInline(heading)}`,
		...lines.filter(Boolean).map(mdInline),
		...(when ? [`*${mdInline(when)}*`] : [])
	];
}

/** When an export was made, and the event's time zone that dates it. */
export interface OutputOptions {
	/** ISO moment written in the closing line */
	generatedAt?: string;
	/** IANA zone the closing line's day is told in; without one, the server's */
	timeZone?: string;
}

/** The whole manifesto as Markdown; `generatedAt` (ISO) dates the closing line. */
export function manifestoMarkdown(raw: ManifestoDoc, options: OutputOptions = {}): string {
	const doc = carriedDeep(raw);
	const parts = titleBlock(doc.event.name, doc.event, []);
	parts.push(
		...doc.event.description
			.split(/\n\s*\n/)
			.map(mdInline)
			.filter(Boolean)
	);
	for (const section of doc.sections) {
		parts.push(`## ${mdInline(section.title ?? label.unsorted())}`);
		parts.push(...section.pointers.map(pointerMd));
	}
	parts.push(equityMd(doc), coverageMd(doc));
	const pointers = doc.sections.flatMap((s) => s.pointers);
	if (pointers.length) parts.push(`## ${mdInline(label.sources())}`, ...pointers.map(footnoteMd));
	parts.push(`*${mdInline(generatedLine(options.generatedAt, options.timeZone))}*`);
	return `${parts.join('\n\n')}\n`;
}

/** One sector's issue paper as Markdown: coverage, pointers and themes fed, support, every statement and where it went. */
export function paperMarkdown(raw: SectorPaper, options: OutputOptions = {}): string {
	const paper = carriedDeep(raw);
	const c = paper.coverage;
	const numbers = new Map(paper.pointers.map((p) => [p.id, p.number]));
	const numbersOf = (ids: number[]) =>
		ids.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined);
	const section = (name: string, items: string[]) => [
		`## ${mdInline(name)}`,
		items.length ? items.join('\n') : mdInline(label.none())
	];
	const statement = (s: Pick<StatementRef, 'id' | 'title' | 'text' | 'rendering'>, where: string) =>
		`- ${mdInline(`#${s.id}`)} ${s.title.trim() ? `**${mdInline(s.title)}**: ` : ''}${mdInline(s.text)} — *${mdInline(where)}*${s.rendering ? `\n    - ${mdInline(renderingText(s, true))}` : ''}`;
	const themeLine = (t: SectorPaper['themes'][number]) => {
		const fed = numbersOf(t.pointerIds);
		return `- ${mdInline(t.label)} (${mdInline(fromSector(t.statements))})${fed.length ? ` — ${mdInline(outcomeText('pointer', '', fed))}` : ''}`;
	};
	const parts = titleBlock(paperTitle(paper.sector.name), paper.event, [paper.event.name]);
	if (c.unheard) parts.push(`**${mdInline(label.paperUnheard())}**`);
	parts.push(
		table(coverageHead(), [[c.statements, c.pointer, c.paper, c.parked, c.undecided]]),
		...section(
			label.paperPointers(),
			paper.pointers.map(
				(p) => `- **${p.number}.** ${mdInline(p.title)} (${mdInline(fromSector(p.statements))})`
			)
		),
		...section(label.paperThemes(), paper.themes.map(themeLine)),
		...section(
			label.paperSupport(),
			paper.support.map(
				(v) =>
					`- **${mdInline(v.label)}**: ${mdInline(`${voteLineText(v)}; ${sectorMarksText(v.sectorMarks)}`)}`
			)
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
		`*${mdInline(generatedLine(options.generatedAt, options.timeZone))}*`
	);
	return `${parts.join('\n\n')}\n`;
}
