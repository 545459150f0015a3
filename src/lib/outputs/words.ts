/**
 * The words the exports print (manifesto and sector papers, in Markdown and DOCX), in the reader's
 * language: headings, column names, action statuses, vote lines, where a statement went. The
 * renderers only lay these strings out, so both formats say exactly the same thing.
 */
import { m } from '$lib/paraglide/messages';
import type { ActionStatus, Outcome, StatementRef, VoteLine } from '$lib/domain/manifesto';
import type { ActorType } from '$lib/domain/types';
import type { VoteMethod } from '$lib/domain/ballot-rules';
import { methodName } from '$lib/i18n/voting';
import { getLocale } from '$lib/paraglide/runtime';
import { formatDateRange, formatDay } from '$lib/i18n/dates';
import { decimal, percent } from '$lib/i18n/numbers';
import { languageName } from '$lib/domain/languages';

/** Headings and column names, looked up when called so they follow the reader's language. */
export const label = {
	manifesto: () => m.out_manifesto(),
	sources: () => m.out_sources(),
	themes: () => m.out_themes(),
	statements: () => m.out_statements(),
	sectors: () => m.out_sectors(),
	votes: () => m.out_votes(),
	actions: () => m.out_actions(),
	action: () => m.out_action(),
	organisation: () => m.out_organisation(),
	timeline: () => m.out_timeline(),
	status: () => m.out_status(),
	unsorted: () => m.out_unsorted(),
	noSources: () => m.out_no_sources(),
	equity: () => m.out_equity(),
	sector: () => m.out_sector(),
	behind: () => m.out_behind(),
	shareManifesto: () => m.out_share_manifesto(),
	shareAll: () => m.out_share_all(),
	actor: () => m.out_actor(),
	coverage: () => m.out_coverage(),
	coveragePointer: () => m.out_coverage_pointer(),
	coveragePaper: () => m.out_coverage_paper(),
	coverageParked: () => m.out_coverage_parked(),
	coverageUndecided: () => m.out_coverage_undecided(),
	paperUnheard: () => m.out_paper_unheard(),
	paperPointers: () => m.out_paper_pointers(),
	paperThemes: () => m.out_paper_themes(),
	paperSupport: () => m.out_paper_support(),
	paperStatements: () => m.out_paper_statements(),
	paperParked: () => m.out_paper_parked(),
	none: () => m.out_paper_none()
};

const STATUSES: Record<ActionStatus, () => string> = {
	planned: () => m.out_status_planned(),
	in_progress: () => m.out_status_in_progress(),
	done: () => m.out_status_done(),
	dropped: () => m.out_status_dropped()
};

/** An action's status in words ("in progress"). */
export const statusName = (status: ActionStatus): string => (STATUSES[status] ?? (() => status))();

const ACTORS: Record<ActorType | 'unstated', () => string> = {
	sectoral: () => m.out_actor_sectoral(),
	digital: () => m.out_actor_digital(),
	unstated: () => m.out_actor_unstated()
};

/** Who raised statements, as a row name of the equity summary. */
export const actorName = (actor: ActorType | 'unstated'): string => ACTORS[actor]();

// the numbers' home is the i18n module, which pages import without these words
export { decimal, percent };

/** A vote's score as the room reads it: dots counted, approval and consent as a percent. */
export function voteScore(method: VoteMethod, value: number | null, digits = 0): string {
	if (value === null) return '–';
	return method === 'dot' ? decimal(value, digits) : percent(value);
}

/** Where and when the event took place ("Bangkok, 5–7 November 2019"); empty when neither is known. */
export function eventWhen(event: {
	place: string;
	startsOn: string | null;
	endsOn: string | null;
}): string {
	return [event.place.trim(), formatDateRange(event.startsOn, event.endsOn)]
		.filter(Boolean)
		.join(', ');
}

/** Statements in a list have a title or, failing that, their first words. */
const START_MAX = 90;

/** A statement's title, or the start of its text cut at a word. */
export function statementStart(s: { title: string; text: string }): string {
	const title = s.title.trim();
	if (title) return title;
	const text = s.text.replace(/\s+/g, ' ').trim();
	if (text.length <= START_MAX) return text;
	const cut = text.slice(0, START_MAX);
	const space = cut.lastIndexOf(' ');
	return `${(space > START_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * A statement's rendering in the reader's language, after its language's name ("English: …"):
 * its title or first words (`whole`: all of it); empty when it has none.
 */
export function renderingText(s: Pick<StatementRef, 'rendering'>, whole = false): string {
	const r = s.rendering;
	if (!r) return '';
	const text = whole
		? `${r.title.trim() ? `${r.title.trim()}: ` : ''}${r.text.replace(/\s+/g, ' ').trim()}`
		: `“${statementStart(r)}”`;
	return m.out_rendering({ language: languageName(r.lang, getLocale()), text });
}

/** A statement in a footnote: its sector, number and title or first words, and its rendering. */
export const statementRef = (s: StatementRef): string => {
	const ref = m.out_statement_ref({ sector: s.sectorName, id: s.id, text: statementStart(s) });
	return s.rendering ? `${ref} — ${renderingText(s)}` : ref;
};

/** One theme's result in one round, in words: "“Round” (dot voting): rank 1 of 3, 48 dots from 21 of 30 ballots". */
export function voteLineText(v: VoteLine): string {
	const rank = v.tied
		? m.out_vote_rank_tied({ rank: v.rank, of: v.of })
		: m.out_vote_rank({ rank: v.rank, of: v.of });
	const detail =
		v.method === 'dot'
			? m.out_vote_dot({ dots: v.score, marks: v.marks, ballots: v.ballots })
			: v.method === 'approval'
				? m.out_vote_approval({ percent: percent(v.score), ballots: v.ballots })
				: m.out_vote_consent({ percent: percent(v.score), blocks: v.blocks });
	return m.out_vote_line({
		round: v.roundTitle,
		method: methodName(v.method).toLowerCase(),
		rank,
		detail
	});
}

/** A sector's own marks on a theme, for its paper. */
export const sectorMarksText = (count: number): string => m.out_sector_marks({ count });

/** "3 statements from this sector". */
export const fromSector = (count: number): string => m.out_from_sector({ count });

/** Where a statement went: "in pointer 3", "in this paper only", "parked: reason", "not yet decided". */
export function outcomeText(outcome: Outcome, reason: string, pointerNumbers: number[]): string {
	if (outcome === 'pointer')
		return m.out_where_pointer({
			count: pointerNumbers.length,
			numbers: pointerNumbers.join(', ')
		});
	if (outcome === 'paper') return m.out_where_paper();
	if (outcome === 'parked')
		return reason.trim()
			? m.out_where_parked({ reason: reason.trim() })
			: m.out_where_parked_bare();
	return m.out_where_undecided();
}

/** "Equity summary" lead: how many statements are behind the manifesto. */
export const equityLead = (behind: number, total: number): string =>
	m.out_equity_lead({ behind, total });

/** The sectors none of whose statements reached a pointer. */
export const unheardText = (sectors: string[]): string =>
	m.out_unheard({ sectors: sectors.join(', ') });

/** "Issue paper: Labour". */
export const paperTitle = (sector: string): string => m.out_paper_title({ sector });

/** The closing line; dated when the caller says when, as the day it is in the event's zone. */
export function generatedLine(generatedAt?: string, timeZone?: string): string {
	if (!generatedAt) return m.out_generated();
	return m.out_generated_on({ date: formatDay(generatedAt, timeZone) });
}
