/**
 * What changed between two versions of a manifesto (or a version and the draft): pointers added,
 * removed and reworded, and statements that moved from one pointer to another. Read from the two
 * inputs the documents are built from, so it says exactly what a reader of each would see.
 */
import { pointersOfStatements, type ManifestoInput } from './manifesto';

export interface ManifestoDiff {
	added: { id: number; title: string }[];
	removed: { id: number; title: string }[];
	/** same pointer, other words: the title (from → to) and whether the body changed */
	reworded: { id: number; from: string; to: string; bodyChanged: boolean }[];
	/** statements behind other pointers than before (none: the statement is behind no pointer) */
	moved: {
		statementId: number;
		text: string;
		sector: string;
		from: string[];
		to: string[];
	}[];
}

const titles = (input: ManifestoInput, ids: readonly number[]) =>
	ids.map((id) => input.pointers.find((p) => p.id === id)?.title ?? '').filter(Boolean);

/** The changes from `before` to `after`; an empty diff when a reader would see no difference. */
export function diffManifesto(before: ManifestoInput, after: ManifestoInput): ManifestoDiff {
	const was = new Map(before.pointers.map((p) => [p.id, p]));
	const now = new Map(after.pointers.map((p) => [p.id, p]));
	const added = after.pointers
		.filter((p) => !was.has(p.id))
		.map((p) => ({ id: p.id, title: p.title }));
	const removed = before.pointers
		.filter((p) => !now.has(p.id))
		.map((p) => ({ id: p.id, title: p.title }));
	const reworded = after.pointers
		.filter((p) => {
			const old = was.get(p.id);
			return old && (old.title !== p.title || old.body !== p.body);
		})
		.map((p) => ({
			id: p.id,
			from: was.get(p.id)!.title,
			to: p.title,
			bodyChanged: was.get(p.id)!.body !== p.body
		}));
	const behindBefore = pointersOfStatements(before);
	const behindAfter = pointersOfStatements(after);
	const sectorName = new Map(
		[...before.sectors, ...after.sectors].map((s) => [s.id, s.name] as const)
	);
	const statements = new Map(
		[...before.statements, ...after.statements].map((s) => [s.id, s] as const)
	);
	const moved: ManifestoDiff['moved'] = [];
	for (const [id, s] of [...statements].sort((a, b) => a[0] - b[0])) {
		const from = [...(behindBefore.get(id) ?? [])].sort((a, b) => a - b);
		const to = [...(behindAfter.get(id) ?? [])].sort((a, b) => a - b);
		// a statement of a pointer added or removed whole is told by that pointer, not one by one
		const fromKept = from.filter((p) => now.has(p));
		const toKept = to.filter((p) => was.has(p));
		if (fromKept.join() === toKept.join()) continue;
		moved.push({
			statementId: id,
			text: s.title || s.text,
			sector: sectorName.get(s.sectorId) ?? '',
			from: titles(before, from),
			to: titles(after, to)
		});
	}
	return { added, removed, reworded, moved };
}

/** True when the diff holds no change. */
export function isEmptyDiff(d: ManifestoDiff): boolean {
	return !d.added.length && !d.removed.length && !d.reworded.length && !d.moved.length;
}
