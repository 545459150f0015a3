/** A rapporteur answers: agree with or object to a step, or flag a theme that misrepresents a statement. */
import type { Db } from '../../db/connection';
import * as repo from '../../db/consent';
import { listStatements, findStatement } from '../../db/statements';
import { findTheme, listThemeMembers } from '../../db/themes';
import type { Actor } from '$lib/domain/types';
import { isAnswerable } from '$lib/domain/consent';
import type { StepVerdict } from '$lib/domain/consent-rules';
import { flagInput, stepAnswerInput } from '$lib/domain/consent-schema';
import { check } from '$lib/domain/text-schema';
import { requireRole } from '../access';
import { ensure, Refusal } from '../errors';
import { now } from '../clock';
import { publish } from '../../live';
import { changesOf, log, sectorOfActor } from './common';

/**
 * A rapporteur agrees with a step that moved their sector's statements, or objects to it with a
 * reason (the form's `verdict` and `reason`). Until a facilitator settles it, the sector may change
 * its answer; a step that moved none of its statements is not theirs to answer.
 */
export function respond(
	db: Db,
	actor: Actor | null,
	changeId: number,
	raw: { verdict?: unknown; reason?: unknown }
): { id: number; verdict: StepVerdict } {
	const a = requireRole(actor, 'rapporteur');
	const sector = sectorOfActor(a);
	const input = check(stepAnswerInput, raw);
	if (!input.ok) throw new Refusal('invalid', input.errors);
	const { verdict, reason } = input.value;
	const id = db.transaction(() => {
		const step = repo.findStep(db, a.eventId, changeId);
		ensure(step && isAnswerable(step.action), 'not_found');
		const own = new Set(
			listStatements(db, a.eventId, { sectorId: sector, status: 'active' }).map((s) => s.id)
		);
		ensure(
			changesOf(step).some((x) => own.has(x.statementId)),
			'other_sector'
		);
		const found = repo.findAnswer(db, changeId, sector);
		ensure(!found?.resolution, 'conflict');
		if (found?.verdict === verdict && found.reason === reason) return found.id;
		const t = now();
		const id = found
			? (repo.updateAnswer(db, found.id, { participantId: a.participantId, verdict, reason }, t),
				found.id)
			: repo.createConsent(
					db,
					{
						eventId: a.eventId,
						sectorId: sector,
						participantId: a.participantId,
						changeId,
						themeId: null,
						statementId: null,
						verdict,
						reason
					},
					t
				);
		log(
			db,
			a,
			`consent.${verdict}`,
			id,
			found ? { verdict: found.verdict, reason: found.reason } : null,
			{ changeId, sectorId: sector, verdict, reason }
		);
		return id;
	})();
	publish(a.eventId, 'themes');
	return { id, verdict };
}

/**
 * A rapporteur flags that a live theme misrepresents one of their sector's statements in it (the
 * form's `statementId` and `reason`). Flagging the same statement again while unsettled rewrites the reason.
 */
export function flag(
	db: Db,
	actor: Actor | null,
	themeId: number,
	raw: { statementId?: unknown; reason?: unknown }
): number {
	const a = requireRole(actor, 'rapporteur');
	const sector = sectorOfActor(a);
	const input = check(flagInput, raw);
	if (!input.ok) throw new Refusal('invalid', input.errors);
	const { statementId, reason } = input.value;
	const id = db.transaction(() => {
		const theme = findTheme(db, a.eventId, themeId);
		ensure(theme && theme.status !== 'discarded', 'not_found');
		const statement = findStatement(db, a.eventId, statementId);
		ensure(statement && !statement.withdrawnAt, 'invalid', { statementId: 'not_in_theme' });
		ensure(statement.sectorId === sector, 'other_sector');
		ensure(
			listThemeMembers(db, themeId).some((m) => m.statementId === statementId),
			'invalid',
			{ statementId: 'not_in_theme' }
		);
		const found = repo.findOpenFlag(db, sector, themeId, statementId);
		const t = now();
		const id = found
			? (repo.updateAnswer(
					db,
					found.id,
					{ participantId: a.participantId, verdict: 'misrepresents', reason },
					t
				),
				found.id)
			: repo.createConsent(
					db,
					{
						eventId: a.eventId,
						sectorId: sector,
						participantId: a.participantId,
						changeId: null,
						themeId,
						statementId,
						verdict: 'misrepresents',
						reason
					},
					t
				);
		log(db, a, 'consent.flag', id, found ? { reason: found.reason } : null, {
			themeId,
			themeLabel: theme.label,
			statementId,
			sectorId: sector,
			reason
		});
		return id;
	})();
	publish(a.eventId, 'themes');
	return id;
}
