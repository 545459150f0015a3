/**
 * What changed since a session was closed: the change log after the close, read as plain facts
 * (statements added, edited or withdrawn; themes created, merged, split or renamed; votes held;
 * pointers changed), and what the board highlights as new. Pure: the service reads the rows.
 */
import { stepDetail, type LoggedSnapshot, type StepDetail } from './theme-steps';

/** The longest name of a session ("Day 1", "Tuesday morning"). */
export const SESSION_NAME_MAX = 80;

/** What stood at a session's close (kept as JSON with the session). */
export interface SessionSnapshot {
	statements: { id: number; sectorId: number; title: string; withdrawn: boolean }[];
	themes: { id: number; label: string; status: string; statementIds: number[] }[];
	rounds: { id: number; title: string; status: string; ballots: number }[];
	pointers: { id: number; title: string }[];
	/** the latest published version of the manifesto, if any */
	version: number | null;
}

/** The part of a change-log row this module reads. */
export interface Change {
	id: number;
	at: string;
	actorId: number | null;
	actorRole: string;
	action: string;
	entityId: number | null;
	before: unknown;
	after: unknown;
}

export type SinceFact =
	| { kind: 'statement_added'; title: string; sectorId: number | null }
	| { kind: 'statement_edited'; from: string; to: string }
	| { kind: 'statement_withdrawn'; title: string }
	| { kind: 'statement_restored'; title: string }
	| { kind: 'theme_step'; action: string; detail: StepDetail }
	| { kind: 'theme_undo'; action: string; redo: boolean }
	| { kind: 'round_created'; title: string }
	| { kind: 'round_opened'; title: string }
	| { kind: 'round_closed'; title: string }
	| { kind: 'ballots'; title: string; count: number }
	| { kind: 'pointer_promoted'; title: string }
	| { kind: 'pointer_added'; title: string }
	| { kind: 'pointer_removed'; title: string }
	| { kind: 'pointer_reworded'; from: string; to: string }
	| { kind: 'manifesto_edited' }
	| { kind: 'manifesto_published'; version: number | null }
	| { kind: 'manifesto_unpublished' }
	| { kind: 'phase'; from: string; to: string }
	| { kind: 'session_closed'; name: string };

export type SinceGroup = 'statements' | 'themes' | 'votes' | 'manifesto' | 'event';

export interface SinceItem {
	/** the change-log row (the first one, for facts that gather several) */
	id: number;
	at: string;
	actorId: number | null;
	actorRole: string;
	group: SinceGroup;
	fact: SinceFact;
}

const obj = (v: unknown): Record<string, unknown> =>
	v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
const str = (v: unknown) => (typeof v === 'string' ? v : '');
/** A statement as a change names it: its title, else the start of its text. */
const named = (v: unknown) => {
	const s = obj(v);
	const title = str(s.title).trim();
	if (title) return title;
	const text = str(s.text).trim();
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

const GROUP: Record<SinceFact['kind'], SinceGroup> = {
	statement_added: 'statements',
	statement_edited: 'statements',
	statement_withdrawn: 'statements',
	statement_restored: 'statements',
	theme_step: 'themes',
	theme_undo: 'themes',
	round_created: 'votes',
	round_opened: 'votes',
	round_closed: 'votes',
	ballots: 'votes',
	pointer_promoted: 'manifesto',
	pointer_added: 'manifesto',
	pointer_removed: 'manifesto',
	pointer_reworded: 'manifesto',
	manifesto_edited: 'manifesto',
	manifesto_published: 'manifesto',
	manifesto_unpublished: 'manifesto',
	phase: 'event',
	session_closed: 'event'
};

/** The pointers a manifesto edit added, removed or reworded (its snapshots are keyed "pointer:id"). */
function pointerFacts(before: unknown, after: unknown): SinceFact[] {
	const was = obj(before);
	const now = obj(after);
	const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((k) =>
		k.startsWith('pointer:')
	);
	const out: SinceFact[] = [];
	for (const k of keys) {
		const [a, b] = [was[k], now[k]];
		if (!a && b) out.push({ kind: 'pointer_added', title: str(obj(b).title) });
		else if (a && !b) out.push({ kind: 'pointer_removed', title: str(obj(a).title) });
		else if (a && b) {
			const [x, y] = [obj(a), obj(b)];
			if (x.title !== y.title || x.body !== y.body)
				out.push({ kind: 'pointer_reworded', from: str(x.title), to: str(y.title) });
		}
	}
	return out.length ? out : [{ kind: 'manifesto_edited' }];
}

/** The facts of one change (none for changes a "since" view leaves out, such as link issues). */
function factsOf(c: Change, roundTitle: (id: number) => string): SinceFact[] {
	const [before, after] = [obj(c.before), obj(c.after)];
	switch (c.action) {
		case 'statement.create':
			return [
				{
					kind: 'statement_added',
					title: named(after),
					sectorId: typeof after.sectorId === 'number' ? after.sectorId : null
				}
			];
		case 'statement.edit':
			return [{ kind: 'statement_edited', from: named(before), to: named(after) }];
		case 'statement.withdraw':
			return [{ kind: 'statement_withdrawn', title: named(before) }];
		case 'statement.restore':
			return [{ kind: 'statement_restored', title: named(after) }];
		case 'themes.undo':
		case 'themes.redo':
			return [{ kind: 'theme_undo', action: str(after.action), redo: c.action === 'themes.redo' }];
		// an undo that could not apply changed nothing
		case 'themes.skip':
		case 'manifesto.skip':
			return [];
		case 'round.create':
			return [{ kind: 'round_created', title: str(after.title) }];
		case 'round.open':
			return [{ kind: 'round_opened', title: roundTitle(c.entityId ?? 0) }];
		case 'round.closed':
			return [{ kind: 'round_closed', title: roundTitle(c.entityId ?? 0) }];
		case 'pointer.promote':
			return [{ kind: 'pointer_promoted', title: str(after.title) }];
		case 'manifesto.publish':
			return [
				{
					kind: 'manifesto_published',
					version: typeof after.version === 'number' ? after.version : null
				}
			];
		case 'manifesto.unpublish':
			return [{ kind: 'manifesto_unpublished' }];
		case 'event.phase':
			return [{ kind: 'phase', from: str(before.phase), to: str(after.phase) }];
		case 'session.close':
			return [{ kind: 'session_closed', name: str(after.name) }];
	}
	if (c.action.startsWith('themes.'))
		return [
			{
				kind: 'theme_step',
				action: c.action,
				detail: stepDetail(c.action, c.before as LoggedSnapshot, c.after as LoggedSnapshot)
			}
		];
	if (c.action.startsWith('manifesto.') && c.action !== 'manifesto.change_note')
		return pointerFacts(c.before, c.after);
	return [];
}

/**
 * The changes after a close as facts, oldest first. Ballots are gathered per round (how many were
 * cast, never by whom: a ballot is secret), at the place of the first one.
 */
export function sinceItems(changes: Change[], roundTitle: (id: number) => string): SinceItem[] {
	const items: SinceItem[] = [];
	const ballots = new Map<number, SinceItem & { fact: { kind: 'ballots' } }>();
	const voters = new Map<number, Set<number>>();
	for (const c of [...changes].sort((a, b) => a.id - b.id)) {
		if (c.action === 'ballot.cast' || c.action === 'ballot.proxy') {
			const round = c.entityId ?? 0;
			const voter = obj(c.after).participantId;
			const seen = voters.get(round) ?? new Set<number>();
			voters.set(round, seen);
			// a voter who changes their ballot is counted once
			if (typeof voter === 'number') seen.add(voter);
			let item = ballots.get(round);
			if (!item) {
				item = {
					id: c.id,
					at: c.at,
					actorId: null,
					actorRole: 'participant',
					group: 'votes',
					fact: { kind: 'ballots', title: roundTitle(round), count: 0 }
				};
				ballots.set(round, item);
				items.push(item);
			}
			item.fact.count = Math.max(seen.size, 1);
			continue;
		}
		for (const fact of factsOf(c, roundTitle))
			items.push({
				id: c.id,
				at: c.at,
				actorId: c.actorId,
				actorRole: c.actorRole,
				group: GROUP[fact.kind],
				fact
			});
	}
	return items;
}

/** How many items of each group, for the summary line. */
export function countByGroup(items: SinceItem[]): Record<SinceGroup, number> {
	const out: Record<SinceGroup, number> = {
		statements: 0,
		themes: 0,
		votes: 0,
		manifesto: 0,
		event: 0
	};
	for (const i of items) out[i.group]++;
	return out;
}

/**
 * What the board highlights as new since the close: statements added (or restored) after it, and
 * themes created or changed by a step after it. Themes are taken from the steps' "after" snapshots
 * (those that still exist are the caller's to keep).
 */
export function newSince(changes: Change[]): { statements: number[]; themes: number[] } {
	const statements = new Set<number>();
	const themes = new Set<number>();
	for (const c of changes) {
		if ((c.action === 'statement.create' || c.action === 'statement.restore') && c.entityId)
			statements.add(c.entityId);
		if (
			c.action.startsWith('themes.') &&
			c.action !== 'themes.propose' &&
			c.action !== 'themes.skip'
		) {
			for (const [id, state] of Object.entries(obj(c.after))) if (state) themes.add(Number(id));
		}
		if (c.action === 'themes.propose')
			// a proposal's new themes are new; the ones it replaced are gone
			for (const [id, state] of Object.entries(obj(c.after)))
				if (state && !obj(c.before)[id]) themes.add(Number(id));
	}
	return { statements: [...statements], themes: [...themes] };
}

/** The number of the next session to close (the default name "Day N" is built from it). */
export function nextSessionNumber(closed: { number: number }[]): number {
	return closed.reduce((n, s) => Math.max(n, s.number), 0) + 1;
}
