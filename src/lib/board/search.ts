/** Search-box matching: a statement matches when its title or text contains every word typed. */
import type { BoardStatement } from './types';

/** Lower case without accents, so "participacion" finds "participación". */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLocaleLowerCase('en');
}

/** The folded words of a query; empty when there is nothing to search for. */
export function queryWords(query: string): string[] {
	return foldText(query).split(/\s+/).filter(Boolean);
}

/** True when the statement's title or text contains all the words (as parts of words too). */
export function matchesWords(statement: BoardStatement, words: readonly string[]): boolean {
	if (words.length === 0) return false;
	const haystack = foldText(`${statement.title}\n${statement.text}`);
	return words.every((w) => haystack.includes(w));
}

/** The ids of the statements that contain all the words; null when there is nothing to search for. */
export function matchingIds(
	statements: Iterable<BoardStatement>,
	words: readonly string[]
): Set<number> | null {
	if (words.length === 0) return null;
	return new Set([...statements].filter((s) => matchesWords(s, words)).map((s) => s.id));
}
