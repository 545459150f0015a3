/**
 * Proposing themes with the engine: what proposing again would change, applying it, and where a
 * statement written since fits best. Themes a facilitator made their own are never replaced.
 */
import { engineText, workingRenderings } from '../renderings';
import type { Db } from '../../db/connection';
import * as repo from '../../db/themes';
import { listStatements } from '../../db/statements';
import { listSectors } from '../../db/events';
import type { Actor, Statement } from '$lib/domain/types';
import { proposeOffThread } from '../../engine-worker';
import { placeStatements, type ThemeProposal } from '$lib/clustering';
import { requireRole } from '../access';
import { Refusal } from '../errors';
import { parseThemesWanted } from '$lib/domain/theme-rules';
import { curate, PROPOSE } from './step';
import { removeThemes, themesInUse } from './holds';
import { boardOf } from './board';
import { keepMeaning, planMeaning, type MeaningUse } from '../meaning';

// The same statements and seed give the same proposal; a fixed seed keeps re-runs stable.
const PROPOSAL_SEED = 1;

// Below this the engine's best theme is more guess than suggestion.
const SUGGESTION_MIN_SCORE = 0.15;

/**
 * A theme a person has made their own: touched by any curation step (renamed, described, moved
 * into or out of, merged, split, linked, created), accepted, locked, or holding a manual placement.
 */
function isFixed(t: repo.ThemeRow, members: repo.Member[]): boolean {
	return (
		t.edited ||
		t.status === 'accepted' ||
		t.status === 'locked' ||
		t.origin === 'manual' ||
		members.some((m) => m.themeId === t.id && m.origin === 'manual')
	);
}

interface Computed {
	proposal: ThemeProposal;
	replaced: repo.ThemeRow[];
	members: repo.Member[];
	meaning: MeaningReport;
}

/** Whether the themes were found by the statements' meaning as well as their words, and if not why. */
export interface MeaningReport {
	use: MeaningUse;
	/** Statements not in English, when that kept the meaning out. */
	notEnglish: number;
}

/** The facilitator's "themes wanted" as typed: empty lets the engine decide; anything else is refused. */
function themesWanted(raw: string | undefined): number | 'auto' {
	const k = parseThemesWanted(raw);
	if (k === null) throw new Refusal('invalid', { k: 'themes_wanted' });
	return k;
}

/** Runs the engine over every active statement that no fixed theme holds, for k themes (or 'auto'). */
async function computeProposal(
	db: Db,
	a: Actor,
	k: number | 'auto',
	signal?: AbortSignal
): Promise<Computed> {
	const themes = repo.listThemes(db, a.eventId);
	const members = repo.listMembers(db, a.eventId);
	// a theme a vote round, a ballot or a pointer names is kept as it is, like one a person fixed
	const inUse = themesInUse(db, a.eventId);
	const kept = (t: repo.ThemeRow) => isFixed(t, members) || inUse.has(t.id);
	const fixed = themes.filter((t) => t.status !== 'discarded' && kept(t));
	const replaced = themes.filter((t) => t.status === 'proposed' && !kept(t));
	const held = new Set(
		members.filter((m) => fixed.some((t) => t.id === m.themeId)).map((m) => m.statementId)
	);
	const statements = listStatements(db, a.eventId, { status: 'active' }).filter(
		(s) => !held.has(s.id)
	);
	const sectorName = new Map(listSectors(db, a.eventId).map((s) => [s.id, s.name]));
	// statements in another language are grouped by their rendering in the working language
	const renderings = workingRenderings(db, a.eventId);
	// beside their words, the statements' meaning when they are all in English (services/meaning.ts)
	const plan = planMeaning(
		db,
		a.eventId,
		statements.map((s: Statement) => ({
			id: String(s.id),
			...engineText(s, renderings),
			sector: sectorName.get(s.sectorId) ?? null
		}))
	);
	const { proposal, embedded } = await proposeOffThread(
		plan.statements,
		{ seed: PROPOSAL_SEED, k },
		signal,
		plan.embed
	);
	keepMeaning(db, plan, embedded);
	const meaning: MeaningReport = {
		use: proposal.diagnostics.meaning ? 'used' : plan.use === 'used' ? 'off' : plan.use,
		notEnglish: plan.notEnglish
	};
	return { proposal, replaced, members, meaning };
}

/** A proposed theme is named by its key point in a member's words; its key phrases stay beside it. */
const labelOf = (theme: ThemeProposal['themes'][number]) =>
	theme.title || theme.keyPhrases.slice(0, 3).join(' · ') || theme.label;

export interface ProposalPreview {
	/** themes the proposal would add */
	appear: { label: string; size: number; sectors: number }[];
	/** untouched proposals it would replace */
	disappear: { id: number; label: string }[];
	/** statements that would end up with other companions than now */
	moves: { statementId: number; from: string | null; to: string | null }[];
	/** themes a facilitator fixed, which stay as they are */
	kept: number;
	/** when a number of themes was asked for and fewer could be formed */
	shortfall: Shortfall | null;
	meaning: MeaningReport;
}

/** What proposing did: themes created, why the engine chose its number, and any shortfall. */
export interface ProposalResult {
	created: number;
	kReason: string;
	shortfall: Shortfall | null;
	meaning: MeaningReport;
}

/** Fewer themes than asked for: how many were asked, how many formed, and the smallest theme size. */
export interface Shortfall {
	asked: number;
	formed: number;
	min: number;
}

function shortfallOf(proposal: ThemeProposal): Shortfall | null {
	const { kRequested, kChosen, minThemeSize } = proposal.diagnostics;
	return typeof kRequested === 'number' && kChosen < kRequested
		? { asked: kRequested, formed: kChosen, min: minThemeSize }
		: null;
}

/** The statements whose companions change: those not in the old theme most of their new theme comes from. */
function movesOf(
	proposal: ThemeProposal,
	replaced: repo.ThemeRow[],
	members: repo.Member[]
): ProposalPreview['moves'] {
	const oldTheme = new Map<number, repo.ThemeRow>();
	for (const m of members) {
		const t = replaced.find((x) => x.id === m.themeId);
		if (t) oldTheme.set(m.statementId, t);
	}
	const moves: ProposalPreview['moves'] = [];
	const placed = new Map<number, string>();
	for (const theme of proposal.themes) {
		// the old theme most of the new theme's members come from: those who came from elsewhere move
		const tally = new Map<number | null, number>();
		for (const mem of theme.members) {
			const from = oldTheme.get(Number(mem.id))?.id ?? null;
			tally.set(from, (tally.get(from) ?? 0) + 1);
		}
		const main = [...tally.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
		for (const mem of theme.members) {
			const id = Number(mem.id);
			placed.set(id, labelOf(theme));
			const from = oldTheme.get(id) ?? null;
			if ((from?.id ?? null) !== main || (from === null && replaced.length > 0))
				moves.push({ statementId: id, from: from?.label ?? null, to: labelOf(theme) });
		}
	}
	for (const [id, t] of oldTheme)
		if (!placed.has(id)) moves.push({ statementId: id, from: t.label, to: null });
	return moves;
}

/**
 * What proposing again would change, without changing anything. The engine is deterministic, so
 * applying right after gives exactly this. Aborting the signal stops the engine.
 */
export async function previewProposal(
	db: Db,
	actor: Actor | null,
	rawK?: string,
	signal?: AbortSignal
): Promise<ProposalPreview> {
	const a = requireRole(actor, 'facilitator');
	const { proposal, replaced, members, meaning } = await computeProposal(
		db,
		a,
		themesWanted(rawK),
		signal
	);
	const all = repo.listThemes(db, a.eventId);
	return {
		appear: proposal.themes.map((t) => ({
			label: labelOf(t),
			size: t.members.length,
			sectors: Object.keys(t.sectors).length
		})),
		disappear: replaced.map((t) => ({ id: t.id, label: t.label })),
		moves: movesOf(proposal, replaced, members),
		kept: all.filter((t) => t.status !== 'discarded' && !replaced.some((r) => r.id === t.id))
			.length,
		shortfall: shortfallOf(proposal),
		meaning
	};
}

/**
 * Proposes themes over every active statement that no fixed theme holds, replacing the earlier
 * untouched proposals; fixed and discarded themes stay as they are. Aborting the signal stops the
 * engine before anything is changed.
 */
export async function proposeEventThemes(
	db: Db,
	actor: Actor | null,
	rawK?: string,
	signal?: AbortSignal
): Promise<ProposalResult> {
	const a = requireRole(actor, 'facilitator');
	const { proposal, replaced, meaning } = await computeProposal(db, a, themesWanted(rawK), signal);
	// the engine ran off the request thread: refuse to replace themes someone changed meanwhile
	const seen = Object.fromEntries(replaced.map((t) => [t.id, t.version]));
	let created = 0;
	const active = new Set(listStatements(db, a.eventId, { status: 'active' }).map((s) => s.id));
	curate(
		db,
		a,
		PROPOSE,
		replaced.map((t) => t.id),
		seen,
		(t) => {
			// refused if a round or pointer took one of them while the engine ran
			removeThemes(
				db,
				a.eventId,
				replaced.map((old) => old.id),
				'propose'
			);
			return proposal.themes.map((theme) => {
				const id = repo.createTheme(
					db,
					a.eventId,
					{
						label: labelOf(theme),
						description: '',
						status: 'proposed',
						origin: 'engine',
						keyPhrases: theme.keyPhrases,
						representativeId: Number(theme.representativeId),
						crossSector: theme.crossSector,
						cohesion: theme.cohesion,
						edited: false
					},
					t
				);
				// a statement withdrawn while the engine ran stays out
				for (const m of theme.members)
					if (active.has(Number(m.id)))
						repo.upsertMember(
							db,
							{
								themeId: id,
								statementId: Number(m.id),
								similarity: m.similarity,
								sharedTerms: m.sharedTerms,
								origin: 'engine'
							},
							t
						);
				created++;
				return id;
			});
		}
	);
	return {
		created,
		kReason: proposal.diagnostics.kReason,
		shortfall: shortfallOf(proposal),
		meaning
	};
}

/**
 * For each statement in no theme (written after the proposal, say), the theme it fits best, as a
 * suggestion the facilitator accepts or not: nothing is placed silently.
 */
export function suggestPlacements(
	db: Db,
	actor: Actor | null
): Map<number, { themeId: number; score: number; sharedTerms: string[] }> {
	const a = requireRole(actor, 'facilitator');
	const board = boardOf(db, a);
	const live = board.themes.filter((t) => t.status !== 'discarded' && t.members.length > 0);
	if (board.unassigned.length === 0 || live.length === 0) return new Map();
	const renderings = workingRenderings(db, a.eventId);
	const input = (s: Statement) => ({ id: String(s.id), ...engineText(s, renderings) });
	const placements = placeStatements(
		board.unassigned.map(input),
		live.map((t) => ({ id: String(t.id), statements: t.members.map((m) => input(m.statement)) })),
		{ minScore: SUGGESTION_MIN_SCORE }
	);
	return new Map(
		placements
			.filter((p) => p.themeId !== null)
			.map((p) => [
				Number(p.id),
				{ themeId: Number(p.themeId), score: p.score, sharedTerms: p.sharedTerms }
			])
	);
}
