/**
 * How a theme reads on a phone's ballot: a title people understand and one line about it. The
 * engine names a theme by a key point in one member's words ("Big tech buys up its rivals");
 * proposals made before it did are named by key phrases ("big tech · market dominance"), which the
 * ballot turns into a title here. A facilitator may give a theme a title and a description. Pure: the service brings the theme and its representative statement.
 */

/** What the ballot needs of a theme. */
export interface ThemeWords {
	id: number;
	label: string;
	description: string;
	keyPhrases: readonly string[];
}

/** What the ballot needs of the theme's most central statement, as its rapporteur wrote it. */
export interface StatementWords {
	title: string;
	text: string;
}

/** A theme as the ballot shows it. */
export interface BallotTheme {
	id: number;
	/** the facilitator's title; else the representative statement's title; else the key phrases */
	title: string;
	/** the engine's key phrases, beside a title that is not the facilitator's (the projector shows them) */
	keyPhrases: string[];
	/** the description, or the representative statement's text; empty when there is neither */
	summary: string;
	/** whether `summary` is a statement quoted from the theme rather than a description */
	summaryIsStatement: boolean;
	/** the languages the title and the summary are written in, when known */
	titleLang?: string | null;
	summaryLang?: string | null;
}

/** The engine's label of a theme is its key phrases joined by " · " (all, or the first three). */
export function isEngineLabel(label: string, keyPhrases: readonly string[]): boolean {
	const l = label.trim();
	if (l === '') return true;
	return (
		keyPhrases.length > 0 &&
		(l === keyPhrases.join(' · ') || l === keyPhrases.slice(0, 3).join(' · '))
	);
}

/** Key phrases as a title: "Big tech, market dominance". */
const phrasesAsTitle = (phrases: readonly string[]) => {
	const s = phrases.join(', ');
	return s.charAt(0).toUpperCase() + s.slice(1);
};

/** The theme as the ballot shows it, from its words and its representative statement (if any). */
export function ballotTheme(theme: ThemeWords, representative: StatementWords | null): BallotTheme {
	const human = !isEngineLabel(theme.label, theme.keyPhrases);
	const repTitle = representative?.title.trim() ?? '';
	const repText = representative?.text.trim() ?? '';
	const description = theme.description.trim();
	let title = theme.label.trim();
	let keyPhrases: string[] = [];
	if (!human && repTitle) {
		title = repTitle;
		keyPhrases = [...theme.keyPhrases];
	} else if (!human && theme.keyPhrases.length) title = phrasesAsTitle(theme.keyPhrases);
	else if (!human) title ||= repText;
	// a statement that gave its words to the title is not repeated below it
	const summary = description || (repText !== title ? repText : '');
	return {
		id: theme.id,
		title,
		keyPhrases,
		summary,
		summaryIsStatement: !description && !!summary
	};
}
