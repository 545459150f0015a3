/**
 * Fitting the presenter screen: how many cards or rows fit a screen at a size the back of the room
 * can read, how they are paged, and the largest type at which a label wraps between words without
 * cutting one. All sizes are in the screen's unit (1/100 of the height of the largest 16:9 box
 * that fits the window), so a 720p projector and a 4K one show the same amount: the room is as far
 * away from either.
 */

/**
 * Advance of a bold character in ems, for the widest sans-serif of the app's stack (DejaVu Sans
 * Bold): an estimate on the generous side, for the server's first render before the browser measures.
 */
const WIDE = /[MWmw@%]/;
const NARROW = /[iljtfrI.,;:'!|()\s]/;
function charWidth(c: string): number {
	if (WIDE.test(c)) return 1.0;
	if (NARROW.test(c)) return 0.4;
	if (c >= 'A' && c <= 'Z') return 0.8;
	return 0.7;
}

/** The width of a word in ems, estimated without a browser (a little over what a browser measures). */
export function wordWidth(word: string): number {
	let w = 0;
	for (const c of word) w += charWidth(c);
	return w;
}

/** Measures a piece of text in ems: the browser's own measure where there is one, else `wordWidth`. */
export type Measure = (text: string) => number;

/** The words a line can break between: at spaces, never at a no-break space. */
const words = (text: string) => text.split(/[ \t\n\r]+/).filter(Boolean);

/** The lines `text` wraps into at `size`, breaking only between words, in a box `width` wide. */
export function wrapWords(
	text: string,
	width: number,
	size: number,
	measure: Measure = wordWidth
): string[] {
	const space = measure(' ') * size;
	const lines: string[] = [];
	let line = '';
	let used = 0;
	for (const word of words(text)) {
		const w = measure(word) * size;
		if (line && used + space + w > width) {
			lines.push(line);
			line = '';
			used = 0;
		}
		used += (line ? space : 0) + w;
		line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

export interface TextFit {
	/** the type size, between the smallest and largest allowed */
	size: number;
	lines: number;
	/** false when even the smallest size leaves a word wider than the box or the lines taller */
	fits: boolean;
}

/**
 * The largest type size in [min, max] at which `text`, wrapped between words, fits a box: no word
 * is cut and no "…" is needed. Steps down by 2% from `max`.
 */
export function fitText(
	text: string,
	box: { width: number; height: number },
	{
		min,
		max,
		lineHeight = 1.2,
		measure = wordWidth
	}: { min: number; max: number; lineHeight?: number; measure?: Measure }
): TextFit {
	const longest = Math.max(0, ...words(text).map(measure));
	for (let size = max; size >= min; size *= 0.98) {
		if (longest * size > box.width) continue;
		const lines = wrapWords(text, box.width, size, measure).length;
		if (lines * size * lineHeight <= box.height) return { size, lines, fits: true };
	}
	return { size: min, lines: wrapWords(text, box.width, min, measure).length, fits: false };
}

export interface Grid {
	columns: number;
	rows: number;
	/** cards on one page */
	perPage: number;
	pages: number;
	cardWidth: number;
	cardHeight: number;
}

/**
 * A grid of `count` cards in a box, with cards at least `minWidth` × `minHeight` apart by `gap`:
 * every card on one page when they fit, the most even pages otherwise. Among the grids that fit,
 * the one whose cards are largest at the wanted shape (`aspect`, width over height) wins.
 */
export function cardGrid(
	count: number,
	box: { width: number; height: number },
	{
		minWidth,
		minHeight,
		gap,
		aspect
	}: { minWidth: number; minHeight: number; gap: number; aspect: number }
): Grid {
	const size = (columns: number, rows: number) => ({
		cardWidth: (box.width - gap * (columns - 1)) / columns,
		cardHeight: (box.height - gap * (rows - 1)) / rows
	});
	const most = {
		columns: Math.max(1, Math.floor((box.width + gap) / (minWidth + gap))),
		rows: Math.max(1, Math.floor((box.height + gap) / (minHeight + gap)))
	};
	const pages = Math.max(1, Math.ceil(count / (most.columns * most.rows)));
	// spread the cards evenly over the pages, then lay one page out as large as it fits
	const onPage = Math.max(1, Math.ceil(count / pages));
	let best: Grid | null = null;
	let bestScore = -1;
	for (let columns = 1; columns <= Math.min(onPage, most.columns); columns++) {
		const rows = Math.ceil(onPage / columns);
		if (rows > most.rows) continue;
		const s = size(columns, rows);
		// the card's usable size at the wanted shape: the shorter of its width and height × aspect
		const score = Math.min(s.cardWidth, s.cardHeight * aspect);
		if (score > bestScore) {
			bestScore = score;
			best = { columns, rows, perPage: onPage, pages, ...s };
		}
	}
	return (
		best ?? { ...most, perPage: most.columns * most.rows, pages, ...size(most.columns, most.rows) }
	);
}

/** Rows of at least `minHeight` (and at most `maxHeight`) in a box `height` tall: how many per page, how tall. */
export function rowPages(
	count: number,
	height: number,
	{ minHeight, maxHeight, gap }: { minHeight: number; maxHeight: number; gap: number }
): { perPage: number; pages: number; rowHeight: number } {
	const most = Math.max(1, Math.floor((height + gap) / (minHeight + gap)));
	const pages = Math.max(1, Math.ceil(count / most));
	const perPage = Math.max(1, Math.ceil(count / pages));
	const rowHeight = Math.min(maxHeight, (height - gap * (perPage - 1)) / perPage);
	return { perPage, pages, rowHeight };
}

/** The items of one page; the page number wraps round, so "next" on the last page shows the first. */
export function pageOf<T>(
	items: readonly T[],
	perPage: number,
	page: number
): { items: T[]; index: number; pages: number } {
	const pages = Math.max(1, Math.ceil(items.length / Math.max(1, perPage)));
	const index = ((Math.floor(page) % pages) + pages) % pages;
	return { items: items.slice(index * perPage, (index + 1) * perPage), index, pages };
}

/** The screen's unit in CSS pixels: 1/100 of the height of the largest 16:9 box in the window. */
export function screenUnit(width: number, height: number): number {
	return Math.max(1e-3, Math.min(height, (width * 9) / 16) / 100);
}
