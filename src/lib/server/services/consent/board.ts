/** The facilitators' side: open objections beside the board, settling them, and the answers in the history. */
import type { Db } from '../../db/connection';
import * as repo from '../../db/consent';
import { listSectors } from '../../db/events';
import { findStatement } from '../../db/statements';
import { findTheme } from '../../db/themes';
import type { Actor } from '$lib/domain/types';
import type { Resolution, StepVerdict } from '$lib/domain/consent-rules';
import { requireRole } from '../access';
import { ensure, Refusal } from '../errors';
import { now } from '../clock';
import { publish } from '../../live';
import { detailOf, log, nameCache, sectorChip, statementLabel } from './common';

/**
 * The objections and flags no facilitator has settled yet, oldest first: the sector, its
 * rapporteur's name, the reason, and the step objected to (or the theme and statement flagged).
 */
export function openObjections(db: Db, actor: Actor | null) {
	const a = requireRole(actor, 'facilitator');
	const sectors = new Map(listSectors(db, a.eventId).map((s) => [s.id, s]));
	const nameOf = nameCache(db);
	return repo.listOpenObjections(db, a.eventId).map((c) => {
		const step = c.changeId === null ? null : repo.findStep(db, a.eventId, c.changeId);
		return {
			id: c.id,
			verdict: c.verdict,
			reason: c.reason,
			at: c.updatedAt,
			sector: sectorChip(sectors, c.sectorId),
			rapporteur: nameOf(c.participantId),
			step: step ? { action: step.action, detail: detailOf(step), at: step.at } : null,
			theme: c.themeId === null ? null : (findTheme(db, a.eventId, c.themeId)?.label ?? ''),
			statement:
				c.statementId === null ? null : statementLabel(findStatement(db, a.eventId, c.statementId))
		};
	});
}

/** An objection or a flag as the board lists it. */
export type OpenObjection = ReturnType<typeof openObjections>[number];

/**
 * A facilitator settles an objection or a flag: `kept` (the decision stands, and the record says it
 * overrode the objection) or `revisited` (they will take the step up again). Settled once.
 */
export function resolve(
	db: Db,
	actor: Actor | null,
	consentId: number,
	resolution: unknown
): Resolution {
	const a = requireRole(actor, 'facilitator');
	if (resolution !== 'kept' && resolution !== 'revisited')
		throw new Refusal('invalid', { resolution: 'invalid' });
	db.transaction(() => {
		const c = repo.findConsent(db, a.eventId, consentId);
		ensure(c && c.verdict !== 'agree', 'not_found');
		ensure(repo.updateResolution(db, c.id, resolution, a.participantId, now()), 'conflict');
		log(
			db,
			a,
			resolution === 'kept' ? 'consent.keep' : 'consent.revisit',
			c.id,
			{ verdict: c.verdict, reason: c.reason },
			{
				changeId: c.changeId,
				themeId: c.themeId,
				statementId: c.statementId,
				sectorId: c.sectorId,
				resolution,
				overrode: resolution === 'kept' ? c.verdict : null
			}
		);
	})();
	publish(a.eventId, 'themes');
	return resolution;
}

/**
 * The sectors' answers to each of these steps, for the history beside each step: who agreed or
 * objected, why, and how a facilitator settled it (and whether it was `viewerId`). The caller has
 * checked the facilitator's role.
 */
export function answersByStep(
	db: Db,
	eventId: number,
	changeIds: readonly number[],
	viewerId: number | null = null
) {
	const wanted = new Set(changeIds);
	const sectors = new Map(listSectors(db, eventId).map((s) => [s.id, s]));
	const nameOf = nameCache(db);
	const out = new Map<
		number,
		{
			sector: { id: number; name: string; colour: string };
			verdict: StepVerdict;
			reason: string;
			resolution: Resolution | null;
			resolvedBy: string;
			/** settled by the person reading the history */
			resolvedByMe: boolean;
		}[]
	>();
	for (const c of repo.listConsents(db, eventId)) {
		if (c.changeId === null || !wanted.has(c.changeId) || c.verdict === 'misrepresents') continue;
		if (!out.has(c.changeId)) out.set(c.changeId, []);
		out.get(c.changeId)!.push({
			sector: sectorChip(sectors, c.sectorId),
			verdict: c.verdict,
			reason: c.reason,
			resolution: c.resolution,
			resolvedBy: nameOf(c.resolvedBy),
			resolvedByMe: c.resolvedBy !== null && c.resolvedBy === viewerId
		});
	}
	return out;
}
