/**
 * Reading the manifesto and the sector papers. Both are built by pure functions from one
 * `ManifestoInput`, read here in one transaction; facilitators read them at any time, everyone
 * else once the manifesto is published.
 */
import type { Db } from '../db/connection';
import * as repo from '../db/manifesto';
import { getEvent, listSectors } from '../db/events';
import { listStatements } from '../db/statements';
import { listMembers, listThemes } from '../db/themes';
import { listBallots, listRounds } from '../db/rounds';
import { roundSettings, tally } from '$lib/domain/tally';
import {
	buildManifesto,
	buildSectorPaper,
	coverageOf,
	outcomesOf,
	type ManifestoInput,
	type VoteLine
} from '$lib/domain/manifesto';
import type { Actor, EventInfo } from '$lib/domain/types';
import type { Topic } from '$lib/live-topics';
import { requireRole } from './access';
import { ensure } from './errors';
import { undoState } from './manifesto-history';
import { findVersion, listVersions, type VersionRow } from '../db/manifesto-versions';
import { listTranslations } from '../db/content-translations';
import { listRenderings } from '../db/renderings';
import {
	localise,
	readingLanguage,
	type Reading,
	type StatementVoice
} from '$lib/domain/content-translation';
import { getLocale } from '$lib/paraglide/runtime';

/**
 * The live topics the manifesto, the papers and the coverage check are built from: a page that
 * shows them reloads when any of these changes. Ballots are left out: they count only once their
 * round closes, and closing it is a `rounds` change.
 */
export const MANIFESTO_TOPICS: readonly Topic[] = [
	'manifesto',
	'event',
	'statements',
	'themes',
	'rounds'
];

/** Every closed round's result as one line per theme. */
function voteLines(db: Db, eventId: number): VoteLine[] {
	const sectorIds = listSectors(db, eventId).map((s) => s.id);
	return listRounds(db, eventId)
		.filter((r) => r.status === 'closed')
		.flatMap((round) => {
			const t = tally(
				roundSettings(round.method, round.settings),
				round.themeIds,
				listBallots(db, round.id),
				sectorIds
			);
			return t.themes.map((line) => ({
				roundId: round.id,
				roundTitle: round.title,
				method: round.method,
				themeId: line.themeId,
				rank: line.rank,
				of: t.themes.length,
				tied: line.tied,
				ballots: t.ballots,
				marks: line.marks,
				score: line.score,
				blocks: line.consent?.blocks ?? 0,
				marksBySector: Object.fromEntries(
					line.bySector
						.filter((s) => s.sectorId !== null && s.marks > 0)
						.map((s) => [s.sectorId, s.marks])
				)
			}));
		});
}

/** What the manifesto and the papers are built from, read in one transaction. */
export function manifestoInput(db: Db, eventId: number): ManifestoInput {
	return db.transaction(() => {
		const event = getEvent(db, eventId);
		const pointers = repo.listPointerRows(db, eventId);
		const behind = new Set(pointers.flatMap((p) => p.themes.map((t) => t.themeId)));
		const members = listMembers(db, eventId);
		return {
			event: {
				name: event.name,
				slug: event.slug,
				description: event.description,
				place: event.place,
				startsOn: event.startsOn,
				endsOn: event.endsOn
			},
			sectors: listSectors(db, eventId).map((s) => ({ id: s.id, name: s.name, colour: s.colour })),
			statements: listStatements(db, eventId, { status: 'active' })
				.sort((a, b) => a.id - b.id)
				.map((s) => ({
					id: s.id,
					sectorId: s.sectorId,
					title: s.title,
					text: s.text,
					actorType: s.actorType
				})),
			themes: listThemes(db, eventId)
				.filter((t) => t.status !== 'discarded' || behind.has(t.id))
				.map((t) => ({
					id: t.id,
					label: t.label,
					memberIds: members.filter((m) => m.themeId === t.id).map((m) => m.statementId)
				})),
			sections: repo
				.listSections(db, eventId)
				.map(({ id, title, position }) => ({ id, title, position })),
			pointers: pointers.map((p) => ({
				id: p.id,
				sectionId: p.sectionId,
				title: p.title,
				body: p.body,
				position: p.position,
				themeIds: p.themes.map((t) => t.themeId),
				roundIds: [
					...new Set(p.themes.map((t) => t.roundId).filter((r): r is number => r !== null))
				]
			})),
			actions: repo
				.listActions(db, eventId)
				.map(({ id, pointerId, description, organisation, timeline, status, position }) => ({
					id,
					pointerId,
					description,
					organisation,
					timeline,
					status,
					position
				})),
			outcomes: repo
				.listOutcomes(db, eventId)
				.map(({ statementId, outcome, reason }) => ({ statementId, outcome, reason })),
			votes: voteLines(db, eventId)
		};
	})();
}

/** Which text an address asks for: the latest published (omitted), version N, or the facilitators' draft. */
export type Edition = number | 'draft' | undefined;

const rowOf = (v: VersionRow): VersionRow => ({
	number: v.number,
	publishedAt: v.publishedAt,
	publishedBy: v.publishedBy,
	changeNote: v.changeNote
});

/**
 * What the outputs are built from, and the version it is (null: the draft). Once published: the
 * latest published version (or version `edition`), whatever the draft holds since; a database
 * published before versions existed shows its draft. Before that: the draft, to facilitators only
 * (and to `alsoDraft` readers). The draft itself is asked for by facilitators only.
 */
function sourceOf(
	db: Db,
	actor: Actor | null,
	event: EventInfo,
	edition: Edition,
	alsoDraft = false
): { input: ManifestoInput; version: VersionRow | null } {
	const facilitator = actor?.role === 'facilitator';
	const draft = () => ({ input: manifestoInput(db, event.id), version: null });
	if (edition === 'draft') {
		ensure(facilitator, 'not_found');
		return draft();
	}
	if (edition !== undefined) {
		ensure(facilitator || event.manifestoPublishedAt !== null, 'not_found');
		const version = findVersion(db, event.id, edition);
		ensure(version, 'not_found');
		return { input: version.input, version: rowOf(version) };
	}
	if (event.manifestoPublishedAt !== null) {
		const latest = findVersion(db, event.id);
		return latest ? { input: latest.input, version: rowOf(latest) } : draft();
	}
	ensure(facilitator || alsoDraft, 'not_found');
	return draft();
}

/**
 * Each statement's language, and its rendering for a reader of `lang`: in `lang` when someone wrote
 * one, else in the working language (for a statement written in neither).
 */
function voicesOf(
	db: Db,
	eventId: number,
	lang: string,
	working: string
): Map<number, StatementVoice> {
	const inLang = new Map(listRenderings(db, eventId, lang).map((r) => [r.statementId, r]));
	const inWorking =
		lang === working
			? inLang
			: new Map(listRenderings(db, eventId, working).map((r) => [r.statementId, r]));
	const out = new Map<number, StatementVoice>();
	for (const s of listStatements(db, eventId)) {
		const r =
			s.lang === lang
				? undefined
				: (inLang.get(s.id) ?? (s.lang === working ? undefined : inWorking.get(s.id)));
		out.set(s.id, {
			lang: s.lang,
			rendering: r ? { lang: r.lang, title: r.title, text: r.text } : null
		});
	}
	return out;
}

/**
 * What the outputs are built from, read in a language: the one `asked` when the event has it, else
 * the reader's interface language when the event has it, else the working language. An event
 * without a working language reads as written (no `reading`).
 */
function readIn(
	db: Db,
	event: EventInfo,
	input: ManifestoInput,
	asked: string | null | undefined
): { input: ManifestoInput; reading: Reading | null } {
	const working = event.workingLanguage;
	if (!working) return { input, reading: null };
	const languages = [working, ...event.languages.filter((l) => l !== working)];
	const lang = readingLanguage(asked, getLocale(), languages, working);
	const l = localise(
		input,
		lang === working ? [] : listTranslations(db, event.id, lang),
		lang,
		working,
		voicesOf(db, event.id, lang, working)
	);
	return {
		input: l.input,
		reading: {
			lang,
			original: working,
			untranslated: l.untranslated,
			machine: l.machine,
			languages
		}
	};
}

/** The published version shown at the public address (null before publication, or taken back). */
export function shownVersion(db: Db, event: EventInfo): VersionRow | null {
	if (event.manifestoPublishedAt === null) return null;
	const v = findVersion(db, event.id);
	return v && rowOf(v);
}

/**
 * The manifesto of the event as published (version `edition`, or the latest); refused (as not
 * found) before it is published, except to facilitators, who then see the draft.
 */
export function manifestoFor(
	db: Db,
	actor: Actor | null,
	event: EventInfo,
	edition?: Edition,
	lang?: string | null
) {
	const { input, reading } = readIn(db, event, sourceOf(db, actor, event, edition).input, lang);
	return { ...buildManifesto(input), reading };
}

/**
 * The manifesto page: the document, the version it is (null: the draft), every version a reader
 * may open (newest first), and for facilitators whether the draft differs from the latest version.
 */
export function manifestoPage(
	db: Db,
	actor: Actor | null,
	event: EventInfo,
	edition?: Edition,
	lang?: string | null
) {
	const { input, version } = sourceOf(db, actor, event, edition);
	const facilitator = actor?.role === 'facilitator';
	const versions =
		facilitator || event.manifestoPublishedAt !== null ? listVersions(db, event.id) : [];
	let draftDiffers = false;
	if (facilitator) {
		const latest = findVersion(db, event.id);
		draftDiffers =
			latest === null ||
			JSON.stringify(latest.input) !==
				JSON.stringify(version === null ? input : manifestoInput(db, event.id));
	}
	const read = readIn(db, event, input, lang);
	return {
		doc: { ...buildManifesto(read.input), reading: read.reading },
		version,
		versions,
		draftDiffers
	};
}

/** One sector's issue paper as published (version `edition`, or the latest): to everyone once published; the draft to facilitators and the sector's rapporteur before. */
export function paperFor(
	db: Db,
	actor: Actor | null,
	event: EventInfo,
	sectorId: number,
	edition?: Edition,
	lang?: string | null
) {
	const own = actor?.role === 'rapporteur' && actor.sectorId === sectorId;
	const { input, version } = sourceOf(db, actor, event, edition, own);
	const read = readIn(db, event, input, lang);
	const paper = buildSectorPaper(read.input, sectorId);
	ensure(paper, 'not_found');
	return { ...paper, version, reading: read.reading };
}

/** The coverage check: per sector counts, and every statement behind no pointer with its decision. */
export function coverageFor(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator');
	const input = manifestoInput(db, a.eventId);
	const outcomes = outcomesOf(input);
	return {
		coverage: coverageOf(input),
		pointers: input.pointers.length,
		statements: input.statements
			.filter((s) => outcomes.get(s.id)!.outcome !== 'pointer')
			.map((s) => ({ ...s, ...outcomes.get(s.id)! }))
	};
}

/** The editor's view: the document, the sections its forms list, publication and the undo buttons' state. */
export function editorFor(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator');
	const event = getEvent(db, a.eventId);
	const input = manifestoInput(db, a.eventId);
	const latest = findVersion(db, a.eventId);
	return {
		doc: buildManifesto(input),
		sections: repo.listSections(db, a.eventId),
		publishedAt: event.manifestoPublishedAt,
		/** the version the public reads (null: none published, or taken back) */
		version: event.manifestoPublishedAt !== null && latest ? latest.number : null,
		/** edits since the latest version, not yet published */
		draftDiffers: latest !== null && JSON.stringify(latest.input) !== JSON.stringify(input),
		undo: undoState(db, a)
	};
}
