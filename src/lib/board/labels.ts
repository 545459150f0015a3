/** Wrapping theme labels into a few short lines without measuring text in a browser. */

/** Average advance of a character in ems for the sans-serif stack of the app (measured ≈0.52–0.58). */
export const CHAR_WIDTH_EM = 0.56;

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxChars` characters, at spaces when it
 * can; words longer than a line are cut. The last line ends in "…" when text was left out.
 */
export function wrapLabel(
	text: string,
	maxChars: number,
	maxLines: number
): { lines: string[]; truncated: boolean } {
	const width = Math.max(1, Math.floor(maxChars));
	const words = text.trim().split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let current = '';
	let i = 0;
	while (i < words.length && lines.length < maxLines) {
		const word = words[i];
		const candidate = current ? `${current} ${word}` : word;
		if (candidate.length <= width) {
			current = candidate;
			i++;
		} else if (current) {
			lines.push(current);
			current = '';
		} else {
			// a single word longer than the line: cut it and carry the rest
			lines.push(word.slice(0, width));
			words[i] = word.slice(width);
		}
	}
	if (current && lines.length < maxLines) lines.push(current);
	const truncated = i < words.length;
	if (truncated && lines.length > 0) {
		const last = lines[lines.length - 1];
		lines[lines.length - 1] =
			(last.length >= width ? last.slice(0, width - 1) : last).replace(/[\s,;:·-]+$/, '') + '…';
	}
	return { lines, truncated };
}
