/**
 * A pointer's body: the small Markdown subset facilitators write in (paragraphs, line breaks,
 * bold and italic, bullet and numbered lists, http(s) and mailto links). Everything else (raw
 * HTML, images, headings, tables, code) stays plain text. One parser feeds three outputs: safe
 * HTML for the pages, a block tree for DOCX and Markdown, and plain text for CSV and previews.
 */
import MarkdownIt from 'markdown-it';
import type { StateInline, Token } from 'markdown-it';

/** A stretch of text with one formatting; a line break inside a paragraph is the text "\n". */
export interface BodyRun {
	text: string;
	bold?: boolean;
	italic?: boolean;
	href?: string;
}

/** A paragraph (inside a list item when `indent` > 0) or a list item, with its inline runs. */
export type BodyBlock =
	| { type: 'paragraph'; indent: number; runs: BodyRun[] }
	| {
			type: 'item';
			list: 'bullet' | 'ordered';
			/** 0 for a top-level list, 1 for a list inside an item, … */
			level: number;
			/** ordered lists: the number the item shows */
			number: number;
			/** which list of the body the item belongs to (0, 1, …), so each list can be numbered on its own */
			listId: number;
			runs: BodyRun[];
	  };

const SAFE_LINK = /^(https?:|mailto:)/i;

/** An image would fetch a third party's file on every view: `![` stays text, and so does what follows. */
function imageAsText(state: StateInline, silent: boolean): boolean {
	if (
		state.src.charCodeAt(state.pos) !== 0x21 /* ! */ ||
		state.src.charCodeAt(state.pos + 1) !== 0x5b /* [ */
	)
		return false;
	if (!silent) state.pending += '![';
	state.pos += 2;
	return true;
}

function parser(): MarkdownIt {
	const md = new MarkdownIt('zero', {
		html: false,
		breaks: true,
		linkify: false,
		typographer: false
	});
	md.enable(['list', 'paragraph', 'newline', 'escape', 'emphasis', 'link']);
	md.inline.ruler.before('link', 'image_as_text', imageAsText);
	md.validateLink = (url) => SAFE_LINK.test(url.trim());
	const defaultLinkOpen =
		md.renderer.rules.link_open ??
		((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
	md.renderer.rules.link_open = (tokens, i, options, env, self) => {
		tokens[i].attrSet('rel', 'noopener noreferrer');
		return defaultLinkOpen(tokens, i, options, env, self);
	};
	return md;
}

const md = parser();

/** The body as HTML safe for `{@html}`: every character of the author's text is escaped, links are http(s) or mailto only. */
export function bodyHtml(markdown: string): string {
	return md.render(markdown);
}

function inlineRuns(children: Token[]): BodyRun[] {
	const runs: BodyRun[] = [];
	let bold = 0;
	let italic = 0;
	let href: string | undefined;
	const push = (text: string) => {
		const run: BodyRun = { text };
		if (bold) run.bold = true;
		if (italic) run.italic = true;
		if (href) run.href = href;
		const last = runs.at(-1);
		if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href)
			last.text += text;
		else runs.push(run);
	};
	for (const t of children) {
		if (t.type === 'text') push(t.content);
		else if (t.type === 'softbreak' || t.type === 'hardbreak') push('\n');
		else if (t.type === 'strong_open' || t.type === 'strong_close') bold += t.nesting;
		else if (t.type === 'em_open' || t.type === 'em_close') italic += t.nesting;
		else if (t.type === 'link_open') href = t.attrGet('href') ?? undefined;
		else if (t.type === 'link_close') href = undefined;
	}
	return runs.filter((r) => r.text !== '');
}

/** The body as blocks of formatted runs, for renderers that lay text out themselves (DOCX, Markdown). */
export function bodyBlocks(markdown: string): BodyBlock[] {
	const blocks: BodyBlock[] = [];
	const lists: { list: 'bullet' | 'ordered'; id: number; item: number; fresh: boolean }[] = [];
	let nextList = 0;
	for (const t of md.parse(markdown, {})) {
		if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
			const ordered = t.type === 'ordered_list_open';
			const start = ordered ? Number(t.attrGet('start') ?? 1) : 1;
			lists.push({
				list: ordered ? 'ordered' : 'bullet',
				id: lists.length ? lists[0].id : nextList++,
				item: start - 1,
				fresh: false
			});
		} else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') lists.pop();
		else if (t.type === 'list_item_open') {
			const top = lists.at(-1)!;
			top.item++;
			top.fresh = true;
		} else if (t.type === 'inline') {
			const runs = inlineRuns(t.children ?? []);
			const top = lists.at(-1);
			if (top?.fresh) {
				blocks.push({
					type: 'item',
					list: top.list,
					level: lists.length - 1,
					number: top.item,
					listId: top.id,
					runs
				});
				top.fresh = false;
			} else blocks.push({ type: 'paragraph', indent: lists.length, runs });
		}
	}
	return blocks;
}

function runText(runs: BodyRun[]): string {
	return runs
		.map((r) =>
			r.href && r.href !== r.text && r.href !== `mailto:${r.text}`
				? `${r.text} (${r.href})`
				: r.text
		)
		.join('');
}

/** The body as plain text: paragraphs apart by a blank line, list items marked "-" or "1.", links followed by their address. */
export function bodyText(markdown: string): string {
	const lines: string[] = [];
	let previous: BodyBlock | undefined;
	for (const b of bodyBlocks(markdown)) {
		const pad = '  '.repeat(b.type === 'item' ? b.level : b.indent);
		const marker = b.type === 'item' ? (b.list === 'ordered' ? `${b.number}. ` : '- ') : '';
		const tight = b.type === 'item' && previous?.type === 'item' && previous.listId === b.listId;
		if (previous && !tight) lines.push('');
		lines.push(
			pad + marker + runText(b.runs).replace(/\n/g, `\n${pad}${' '.repeat(marker.length)}`)
		);
		previous = b;
	}
	return lines.join('\n');
}
