/**
 * What one curation step did, read from the snapshots the change log keeps of the themes it
 * touched (before and after): which themes by name, and the before and after of what changed.
 */

/** The part of a logged theme snapshot this module reads. */
export interface LoggedTheme {
	theme: { label: string; description: string; status: string };
	members: { statementId: number }[];
}
/** Theme id → its state before or after the step (null: it did not exist). */
export type LoggedSnapshot = Record<string, LoggedTheme | null>;

export type StepDetail =
	| { kind: 'propose'; created: number; replaced: number }
	| { kind: 'rename'; from: string; to: string; described: boolean }
	| { kind: 'describe'; theme: string }
	| { kind: 'status'; theme: string; from: string; to: string }
	| { kind: 'create'; theme: string; statements: number }
	| { kind: 'merge'; from: string; into: string; statements: number }
	| { kind: 'split'; from: string; into: string; statements: number }
	| { kind: 'move'; from: string; into: string; statements: number }
	| { kind: 'link'; theme: string; statements: number }
	| { kind: 'unlink'; theme: string; statements: number }
	| { kind: 'other' };

const entries = (s: LoggedSnapshot | null | undefined) =>
	Object.entries(s && typeof s === 'object' ? s : {}).filter(
		(e): e is [string, LoggedTheme | null] => e[1] === null || typeof e[1] === 'object'
	);

const members = (t: LoggedTheme | null | undefined) =>
	new Set((t?.members ?? []).map((m) => m.statementId));

/** How many of `b`'s members were not in `a`. */
const gained = (a: LoggedTheme | null | undefined, b: LoggedTheme | null | undefined) => {
	const before = members(a);
	return [...members(b)].filter((id) => !before.has(id)).length;
};

/** The step in terms a person reads: which themes, and what they were and became. */
export function stepDetail(
	action: string,
	before: LoggedSnapshot | null | undefined,
	after: LoggedSnapshot | null | undefined
): StepDetail {
	const was = new Map(entries(before));
	const now = new Map(entries(after));
	const ids = [...new Set([...was.keys(), ...now.keys()])];
	const created = ids.filter((id) => !was.get(id) && now.get(id));
	const removed = ids.filter((id) => was.get(id) && !now.get(id));
	const kept = ids.filter((id) => was.get(id) && now.get(id));
	const label = (id: string | undefined) =>
		(id && (now.get(id)?.theme.label ?? was.get(id)?.theme.label)) || '';
	switch (action) {
		case 'themes.propose':
			return { kind: 'propose', created: created.length, replaced: removed.length };
		case 'themes.describe': {
			const id = kept[0];
			const [a, b] = [was.get(id)?.theme, now.get(id)?.theme];
			if (!a || !b) return { kind: 'other' };
			if (a.label !== b.label)
				return {
					kind: 'rename',
					from: a.label,
					to: b.label,
					described: a.description !== b.description
				};
			return { kind: 'describe', theme: b.label };
		}
		case 'themes.accepted':
		case 'themes.locked':
		case 'themes.discarded':
		case 'themes.proposed': {
			const id = kept[0];
			const [a, b] = [was.get(id)?.theme, now.get(id)?.theme];
			if (!a || !b) return { kind: 'other' };
			return { kind: 'status', theme: b.label, from: a.status, to: b.status };
		}
		case 'themes.create':
			return {
				kind: 'create',
				theme: label(created[0]),
				statements: members(now.get(created[0])).size
			};
		case 'themes.merge': {
			const source = removed[0];
			const target = kept[0];
			if (!source || !target) return { kind: 'other' };
			return {
				kind: 'merge',
				from: label(source),
				into: label(target),
				statements: gained(was.get(target), now.get(target))
			};
		}
		case 'themes.split': {
			const from = kept[0];
			const into = created[0];
			if (!from || !into) return { kind: 'other' };
			return {
				kind: 'split',
				from: label(from),
				into: label(into),
				statements: members(now.get(into)).size
			};
		}
		case 'themes.move': {
			// the theme that gained is where the statement went; the other (if any) where it came from
			const into = kept.find((id) => gained(was.get(id), now.get(id)) > 0) ?? kept[0];
			const from = kept.find((id) => id !== into);
			return {
				kind: 'move',
				from: label(from),
				into: label(into),
				statements: gained(was.get(into), now.get(into))
			};
		}
		case 'themes.link':
		case 'themes.unlink': {
			const id = kept[0];
			const [a, b] = [was.get(id), now.get(id)];
			if (!a || !b) return { kind: 'other' };
			const n = action === 'themes.link' ? gained(a, b) : gained(b, a);
			return {
				kind: action === 'themes.link' ? 'link' : 'unlink',
				theme: label(id),
				statements: n
			};
		}
		default:
			return { kind: 'other' };
	}
}
