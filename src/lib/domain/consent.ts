/**
 * Which statements a curation step took out of a theme or put into another, read from the
 * snapshots the change log keeps (see `theme-steps.ts`): the rapporteurs of their sectors are the
 * ones asked whether they agree.
 */
import type { LoggedSnapshot, LoggedTheme } from './theme-steps';

/**
 * The steps a rapporteur may answer: each can take a statement out of the theme it was in. (Linking
 * only adds a second theme, and a proposal by the engine is answered by curating its themes.)
 */
export const ANSWERABLE_STEPS = [
	'themes.merge',
	'themes.split',
	'themes.move',
	'themes.unlink',
	'themes.discarded'
] as const;

/** Whether a rapporteur may answer a step of this action. */
export function isAnswerable(action: string): boolean {
	return (ANSWERABLE_STEPS as readonly string[]).includes(action);
}

/** One statement whose themes a step changed: the labels of its live themes before and after. */
export interface StatementChange {
	statementId: number;
	from: string[];
	to: string[];
}

const entries = (s: LoggedSnapshot | null | undefined) =>
	Object.entries(s && typeof s === 'object' ? s : {}).filter(
		(e): e is [string, LoggedTheme] => e[1] !== null && typeof e[1] === 'object'
	);

/** Statement id → the live (not discarded) themes of the snapshot holding it, by id. */
function placements(s: LoggedSnapshot | null | undefined): Map<number, Map<string, string>> {
	const out = new Map<number, Map<string, string>>();
	for (const [id, state] of entries(s)) {
		if (state.theme?.status === 'discarded') continue;
		for (const m of state.members ?? []) {
			if (!out.has(m.statementId)) out.set(m.statementId, new Map());
			out.get(m.statementId)!.set(id, state.theme?.label ?? '');
		}
	}
	return out;
}

/**
 * The statements a step of an answerable action moved between the themes it touched: gained or
 * lost by one of them (a discarded theme holds none). Other steps change no statement's theme.
 */
export function changedStatements(
	action: string,
	before: LoggedSnapshot | null | undefined,
	after: LoggedSnapshot | null | undefined
): StatementChange[] {
	if (!isAnswerable(action)) return [];
	const was = placements(before);
	const now = placements(after);
	const ids = [...new Set([...was.keys(), ...now.keys()])].sort((a, b) => a - b);
	const out: StatementChange[] = [];
	for (const id of ids) {
		const a = was.get(id) ?? new Map<string, string>();
		const b = now.get(id) ?? new Map<string, string>();
		const same = a.size === b.size && [...a.keys()].every((k) => b.has(k));
		if (!same) out.push({ statementId: id, from: [...a.values()], to: [...b.values()] });
	}
	return out;
}

/** The sectors whose statements a step moved, in the order of their first statement. */
export function sectorsAffected(
	changes: readonly StatementChange[],
	sectorOf: ReadonlyMap<number, number>
): number[] {
	const out: number[] = [];
	for (const c of changes) {
		const sector = sectorOf.get(c.statementId);
		if (sector !== undefined && !out.includes(sector)) out.push(sector);
	}
	return out;
}
