/**
 * The manifesto and the sector issue papers as documents, built from what the room did: every
 * pointer traced to its themes, statements, sectors and votes; every statement accounted for
 * (behind a pointer, in its sector's paper only, parked with a reason, or not yet decided);
 * the equity of voices behind the manifesto. Pure and deterministic: renderers (Markdown, HTML,
 * DOCX) only lay out what this returns.
 */
import type { Reading } from './content-translation';
import type { ActorType } from './types';
import type { VoteMethod } from './ballot-rules';

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type Outcome = 'pointer' | 'paper' | 'parked' | 'undecided';

export interface ManifestoInput {
	event: {
		name: string;
		slug: string;
		description: string;
		place: string;
		startsOn: string | null;
		endsOn: string | null;
	};
	sectors: { id: number; name: string; colour: string }[];
	/** active statements only (withdrawn ones are out of the outputs) */
	statements: {
		id: number;
		sectorId: number;
		title: string;
		text: string;
		actorType: ActorType | null;
		/** the language it is written in, and its rendering for the reader (added when read in a language) */
		lang?: string | null;
		rendering?: StatementRendering | null;
	}[];
	/** every non-discarded theme, and any theme behind a pointer */
	themes: { id: number; label: string; memberIds: number[] }[];
	sections: { id: number; title: string; position: number }[];
	pointers: {
		id: number;
		sectionId: number | null;
		title: string;
		body: string;
		position: number;
		themeIds: number[];
		roundIds: number[];
	}[];
	actions: {
		id: number;
		pointerId: number;
		description: string;
		organisation: string;
		timeline: string;
		status: ActionStatus;
		position: number;
	}[];
	/** decisions for statements behind no pointer */
	outcomes: { statementId: number; outcome: 'paper' | 'parked'; reason: string }[];
	/** closed rounds' results, one line per theme and round */
	votes: VoteLine[];
}

/** How one theme fared in one closed round. */
export interface VoteLine {
	roundId: number;
	roundTitle: string;
	method: VoteMethod;
	themeId: number;
	rank: number;
	/** themes in the round */
	of: number;
	tied: boolean;
	/** ballots counted in the round */
	ballots: number;
	/** ballots that marked this theme */
	marks: number;
	/** dot: dots; approval: share approving; consent: share of ratings 1–2 */
	score: number;
	/** consent only */
	blocks: number;
	/** marks per declared sector (sector id → marks) */
	marksBySector: Record<number, number>;
}

/** A statement's words in the reader's language, beside the original. */
export interface StatementRendering {
	lang: string;
	title: string;
	text: string;
}

export interface StatementRef {
	id: number;
	sectorId: number;
	sectorName: string;
	title: string;
	text: string;
	/** the language it is written in (known when read in a language) */
	lang?: string | null;
	/** its rendering in the reader's language, when written in another */
	rendering?: StatementRendering | null;
}

/** Everything a footnote says about where a pointer came from. */
export interface Provenance {
	themes: { id: number; label: string }[];
	statements: StatementRef[];
	/** sectors whose statements are behind the pointer, most statements first */
	sectors: { id: number; name: string; statements: number }[];
	votes: VoteLine[];
}

export interface ManifestoPointer {
	id: number;
	/** 1-based, across the whole manifesto in reading order */
	number: number;
	title: string;
	body: string;
	provenance: Provenance;
	actions: ManifestoInput['actions'];
}

export interface ManifestoSection {
	/** null: the pointers not yet placed in a section */
	id: number | null;
	title: string | null;
	pointers: ManifestoPointer[];
}

export interface SectorCoverage {
	sectorId: number;
	name: string;
	colour: string;
	statements: number;
	pointer: number;
	paper: number;
	parked: number;
	undecided: number;
	/** the sector has statements, yet none reached a pointer */
	unheard: boolean;
}

export interface Share {
	/** statements behind the manifesto */
	manifesto: number;
	all: number;
	/** shares in [0, 1]; null when the denominator is zero */
	manifestoShare: number | null;
	allShare: number | null;
}

export interface Equity {
	/** statements behind at least one pointer, and all active statements */
	behind: number;
	total: number;
	sectors: (Share & { sectorId: number; name: string; colour: string })[];
	actors: Record<ActorType | 'unstated', Share>;
}

export interface ManifestoDoc {
	event: ManifestoInput['event'];
	/** the language it is read in (set when the event has a working language) */
	reading?: Reading | null;
	sections: ManifestoSection[];
	pointerCount: number;
	coverage: SectorCoverage[];
	equity: Equity;
}

export interface SectorPaper {
	event: ManifestoInput['event'];
	/** the language it is read in (set when the event has a working language) */
	reading?: Reading | null;
	sector: { id: number; name: string; colour: string };
	coverage: SectorCoverage;
	/** the sector's statements, each with where it went */
	statements: (StatementRef & {
		outcome: Outcome;
		reason: string;
		themeIds: number[];
		pointerIds: number[];
	})[];
	/** themes holding at least one of the sector's statements, most of them first */
	themes: { id: number; label: string; statements: number; pointerIds: number[] }[];
	/** pointers the sector's statements fed, in manifesto order */
	pointers: { id: number; number: number; title: string; statements: number }[];
	/** the sector's marks on the themes its statements fed, per closed round */
	support: (VoteLine & { label: string; sectorMarks: number })[];
	parked: (StatementRef & { reason: string })[];
}

function byId<T extends { id: number }>(items: T[]): Map<number, T> {
	return new Map(items.map((x) => [x.id, x]));
}

/** The pointers in reading order: by section order (unsectioned last), then by their own position. */
function orderedPointers(
	input: ManifestoInput
): { section: ManifestoInput['sections'][number] | null; pointers: ManifestoInput['pointers'] }[] {
	const sections = [...input.sections].sort((a, b) => a.position - b.position || a.id - b.id);
	const known = new Set(sections.map((s) => s.id));
	const sorted = [...input.pointers].sort((a, b) => a.position - b.position || a.id - b.id);
	const groups = sections.map((section) => ({
		section,
		pointers: sorted.filter((p) => p.sectionId === section.id)
	}));
	const loose = sorted.filter((p) => p.sectionId === null || !known.has(p.sectionId));
	if (loose.length) groups.push({ section: null as never, pointers: loose });
	return groups;
}

/** Statement id → ids of the pointers it is behind (through their themes). */
export function pointersOfStatements(input: ManifestoInput): Map<number, number[]> {
	const themes = byId(input.themes);
	const active = new Set(input.statements.map((s) => s.id));
	const out = new Map<number, number[]>();
	for (const p of [...input.pointers].sort((a, b) => a.id - b.id)) {
		const seen = new Set<number>();
		for (const themeId of p.themeIds)
			for (const sid of themes.get(themeId)?.memberIds ?? []) {
				if (!active.has(sid) || seen.has(sid)) continue;
				seen.add(sid);
				out.set(sid, [...(out.get(sid) ?? []), p.id]);
			}
	}
	return out;
}

/** Where each active statement ended up; a pointer wins over an earlier decision. */
export function outcomesOf(
	input: ManifestoInput
): Map<number, { outcome: Outcome; reason: string }> {
	const reached = pointersOfStatements(input);
	const decided = new Map(input.outcomes.map((o) => [o.statementId, o]));
	return new Map(
		input.statements.map((s): [number, { outcome: Outcome; reason: string }] => {
			if (reached.has(s.id)) return [s.id, { outcome: 'pointer' as const, reason: '' }];
			const d = decided.get(s.id);
			return [
				s.id,
				d ? { outcome: d.outcome, reason: d.reason } : { outcome: 'undecided' as const, reason: '' }
			];
		})
	);
}

/** Per sector: how many statements reached a pointer, went to the paper only, were parked, await a decision. */
export function coverageOf(input: ManifestoInput): SectorCoverage[] {
	const outcomes = outcomesOf(input);
	return input.sectors.map((sector) => {
		const mine = input.statements.filter((s) => s.sectorId === sector.id);
		const count = (o: Outcome) => mine.filter((s) => outcomes.get(s.id)!.outcome === o).length;
		const pointer = count('pointer');
		return {
			sectorId: sector.id,
			name: sector.name,
			colour: sector.colour,
			statements: mine.length,
			pointer,
			paper: count('paper'),
			parked: count('parked'),
			undecided: count('undecided'),
			unheard: mine.length > 0 && pointer === 0
		};
	});
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function shareOf(manifesto: number, all: number, behind: number, total: number): Share {
	return { manifesto, all, manifestoShare: share(manifesto, behind), allShare: share(all, total) };
}

/** Each sector's and each actor type's share of the statements behind the manifesto, against its share of all statements. */
export function equityOf(input: ManifestoInput): Equity {
	const reached = pointersOfStatements(input);
	const behind = input.statements.filter((s) => reached.has(s.id));
	const total = input.statements.length;
	const count = (list: typeof behind, f: (s: (typeof behind)[number]) => boolean) =>
		list.filter(f).length;
	const actor = (t: ActorType | null) =>
		shareOf(
			count(behind, (s) => s.actorType === t),
			count(input.statements, (s) => s.actorType === t),
			behind.length,
			total
		);
	return {
		behind: behind.length,
		total,
		sectors: input.sectors.map((sec) => ({
			sectorId: sec.id,
			name: sec.name,
			colour: sec.colour,
			...shareOf(
				count(behind, (s) => s.sectorId === sec.id),
				count(input.statements, (s) => s.sectorId === sec.id),
				behind.length,
				total
			)
		})),
		actors: { sectoral: actor('sectoral'), digital: actor('digital'), unstated: actor(null) }
	};
}

function provenanceOf(
	input: ManifestoInput,
	pointer: ManifestoInput['pointers'][number]
): Provenance {
	const themes = byId(input.themes);
	const sectors = byId(input.sectors);
	const statements = byId(input.statements);
	const ids = new Set<number>();
	for (const t of pointer.themeIds)
		for (const sid of themes.get(t)?.memberIds ?? []) if (statements.has(sid)) ids.add(sid);
	const refs = [...ids].map((id) => toRef(statements.get(id)!, sectors));
	const sectorOrder = new Map(input.sectors.map((s, i) => [s.id, i]));
	refs.sort((a, b) => sectorOrder.get(a.sectorId)! - sectorOrder.get(b.sectorId)! || a.id - b.id);
	const perSector = new Map<number, number>();
	for (const r of refs) perSector.set(r.sectorId, (perSector.get(r.sectorId) ?? 0) + 1);
	return {
		themes: pointer.themeIds
			.filter((t) => themes.has(t))
			.map((t) => ({ id: t, label: themes.get(t)!.label })),
		statements: refs,
		sectors: [...perSector]
			.map(([id, n]) => ({ id, name: sectors.get(id)?.name ?? '', statements: n }))
			.sort(
				(a, b) => b.statements - a.statements || sectorOrder.get(a.id)! - sectorOrder.get(b.id)!
			),
		votes: input.votes
			.filter((v) => pointer.themeIds.includes(v.themeId))
			.sort((a, b) => a.roundId - b.roundId || a.themeId - b.themeId)
	};
}

function toRef(
	s: ManifestoInput['statements'][number],
	sectors: Map<number, { name: string }>
): StatementRef {
	return {
		id: s.id,
		sectorId: s.sectorId,
		sectorName: sectors.get(s.sectorId)?.name ?? '',
		title: s.title,
		text: s.text,
		...(s.lang !== undefined && { lang: s.lang }),
		...(s.rendering && { rendering: s.rendering })
	};
}

/** The manifesto: sections in order, numbered pointers with provenance and actions, coverage and equity. */
export function buildManifesto(input: ManifestoInput): ManifestoDoc {
	let number = 0;
	const actions = [...input.actions].sort((a, b) => a.position - b.position || a.id - b.id);
	const sections = orderedPointers(input).map(({ section, pointers }) => ({
		id: section?.id ?? null,
		title: section?.title ?? null,
		pointers: pointers.map((p) => ({
			id: p.id,
			number: ++number,
			title: p.title,
			body: p.body,
			provenance: provenanceOf(input, p),
			actions: actions.filter((a) => a.pointerId === p.id)
		}))
	}));
	return {
		event: input.event,
		sections,
		pointerCount: number,
		coverage: coverageOf(input),
		equity: equityOf(input)
	};
}

/** One sector's issue paper: its statements and where each went, the themes and pointers they fed, its support in the votes. */
export function buildSectorPaper(input: ManifestoInput, sectorId: number): SectorPaper | null {
	const sector = input.sectors.find((s) => s.id === sectorId);
	if (!sector) return null;
	const sectors = byId(input.sectors);
	const outcomes = outcomesOf(input);
	const reached = pointersOfStatements(input);
	const numbers = new Map(
		buildManifesto(input).sections.flatMap((s) => s.pointers.map((p) => [p.id, p] as const))
	);
	const mine = input.statements.filter((s) => s.sectorId === sectorId).sort((a, b) => a.id - b.id);
	const mineIds = new Set(mine.map((s) => s.id));
	const themesOf = (sid: number) =>
		input.themes.filter((t) => t.memberIds.includes(sid)).map((t) => t.id);
	const pointersOfTheme = (tid: number) =>
		input.pointers.filter((p) => p.themeIds.includes(tid)).map((p) => p.id);
	const statements = mine.map((s) => ({
		...toRef(s, sectors),
		...outcomes.get(s.id)!,
		themeIds: themesOf(s.id),
		pointerIds: reached.get(s.id) ?? []
	}));
	const themes = input.themes
		.map((t) => ({
			id: t.id,
			label: t.label,
			statements: t.memberIds.filter((m) => mineIds.has(m)).length,
			pointerIds: pointersOfTheme(t.id)
		}))
		.filter((t) => t.statements > 0)
		.sort((a, b) => b.statements - a.statements || a.id - b.id);
	const fed = new Set(themes.map((t) => t.id));
	const pointers = [...numbers.values()]
		.filter((p) => statements.some((s) => s.pointerIds.includes(p.id)))
		.map((p) => ({
			id: p.id,
			number: p.number,
			title: p.title,
			statements: statements.filter((s) => s.pointerIds.includes(p.id)).length
		}));
	const labels = new Map(input.themes.map((t) => [t.id, t.label]));
	const support = input.votes
		.filter((v) => fed.has(v.themeId))
		.map((v) => ({
			...v,
			label: labels.get(v.themeId) ?? '',
			sectorMarks: v.marksBySector[sectorId] ?? 0
		}))
		.sort((a, b) => a.roundId - b.roundId || a.rank - b.rank || a.themeId - b.themeId);
	return {
		event: input.event,
		sector: { id: sector.id, name: sector.name, colour: sector.colour },
		coverage: coverageOf(input).find((c) => c.sectorId === sectorId)!,
		statements,
		themes,
		pointers,
		support,
		parked: statements
			.filter((s) => s.outcome === 'parked')
			.map(({ id, sectorId: sec, sectorName, title, text, lang, rendering, reason }) => ({
				id,
				sectorId: sec,
				sectorName,
				title,
				text,
				...(lang !== undefined && { lang }),
				...(rendering && { rendering }),
				reason
			}))
	};
}
