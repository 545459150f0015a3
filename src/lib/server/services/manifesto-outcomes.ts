/**
 * Closing the manifesto: deciding where each statement behind no pointer goes (its sector's issue
 * paper only, or parked with a reason). Publishing is in `manifesto-versions.ts`.
 */
import type { Db } from '../db/connection';
import * as repo from '../db/manifesto';
import { findStatement } from '../db/statements';
import { outcomesOf } from '$lib/domain/manifesto';
import { outcomeInput } from '$lib/domain/manifesto-schema';
import { check } from '$lib/domain/text-schema';
import type { Actor } from '$lib/domain/types';
import { requireRole } from './access';
import { ensure, Refusal } from './errors';
import { edit, key, valid } from './manifesto-history';
import { manifestoInput } from './manifesto-read';

/**
 * Decides where statements behind no pointer go: their sector's paper only, parked with a reason,
 * or back to undecided. A statement already behind a pointer is refused: it is in the manifesto.
 */
export function decideOutcome(
	db: Db,
	actor: Actor | null,
	statementIds: number[],
	raw: { outcome?: unknown; reason?: unknown }
): void {
	const a = requireRole(actor, 'facilitator');
	const input = valid(check(outcomeInput, raw));
	ensure(statementIds.length > 0, 'invalid', { statementId: 'required' });
	edit(
		db,
		a,
		`manifesto.outcome.${input.outcome}`,
		() => statementIds.map((id) => key('outcome', id)),
		(t) => {
			const reached = outcomesOf(manifestoInput(db, a.eventId));
			for (const id of statementIds) {
				const s = findStatement(db, a.eventId, id);
				ensure(s && s.withdrawnAt === null, 'not_found');
				if (reached.get(id)?.outcome === 'pointer')
					throw new Refusal('invalid', { statementId: 'in_pointer' });
				if (input.outcome === 'undecided') repo.deleteOutcome(db, id);
				else
					repo.putOutcome(db, {
						statementId: id,
						eventId: a.eventId,
						outcome: input.outcome,
						reason: input.reason,
						decidedBy: a.participantId,
						decidedAt: t
					});
			}
		}
	);
}

/** Sends every undecided statement of a sector to its issue paper; returns how many went. */
export function sendRestToPaper(db: Db, actor: Actor | null, sectorId: number): number {
	const a = requireRole(actor, 'facilitator');
	const input = manifestoInput(db, a.eventId);
	const outcomes = outcomesOf(input);
	const ids = input.statements
		.filter((s) => s.sectorId === sectorId && outcomes.get(s.id)!.outcome === 'undecided')
		.map((s) => s.id);
	if (ids.length) decideOutcome(db, a, ids, { outcome: 'paper' });
	return ids.length;
}
