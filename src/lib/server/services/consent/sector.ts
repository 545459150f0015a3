/** What a sector page shows of consent: the steps that moved its statements, and the themes it may flag. */
import type { Db } from '../../db/connection';
import * as repo from '../../db/consent';
import { listStatements } from '../../db/statements';
import { listMembers, listThemes } from '../../db/themes';
import type { Actor } from '$lib/domain/types';
import { ANSWERABLE_STEPS } from '$lib/domain/consent';
import { requireRole } from '../access';
import { changesOf, detailOf, nameCache, sectorOfActor, statementLabel } from './common';

// A rapporteur reads the steps of this session, not the whole event's past.
const STEPS_SHOWN = 50;
// how far back to look for those: steps that moved other sectors' statements are skipped
const STEPS_SCANNED = 500;

/**
 * The latest curation steps that moved this sector's statements (newest first): what the step did,
 * who did it and when, which of the sector's statements went from which themes to which, and the
 * sector's answer with how a facilitator settled it. Rapporteurs read their own sector, facilitators any.
 */
export function stepsForSector(db: Db, actor: Actor | null, sectorId?: number) {
	const a = requireRole(actor, 'rapporteur', 'facilitator');
	const sector = sectorOfActor(a, sectorId);
	const own = new Map(
		listStatements(db, a.eventId, { sectorId: sector, status: 'active' }).map((s) => [s.id, s])
	);
	const answers = new Map(
		repo
			.listConsents(db, a.eventId)
			.filter((c) => c.sectorId === sector && c.changeId !== null)
			.map((c) => [c.changeId!, c])
	);
	const nameOf = nameCache(db);
	const out = [];
	for (const c of repo.listAnswerableSteps(db, a.eventId, ANSWERABLE_STEPS, STEPS_SCANNED)) {
		const statements = changesOf(c)
			.filter((x) => own.has(x.statementId))
			.map((x) => ({ ...x, label: statementLabel(own.get(x.statementId)) }));
		if (statements.length === 0) continue;
		const answer = answers.get(c.id);
		out.push({
			changeId: c.id,
			at: c.at,
			action: c.action,
			detail: detailOf(c),
			who: nameOf(c.actorId),
			statements,
			answer: answer
				? {
						id: answer.id,
						verdict: answer.verdict,
						reason: answer.reason,
						resolution: answer.resolution,
						resolvedBy: nameOf(answer.resolvedBy)
					}
				: null
		});
		if (out.length === STEPS_SHOWN) break;
	}
	return out;
}

/** The live themes holding this sector's statements, each with them and the sector's flags on it. */
export function flaggableThemes(db: Db, actor: Actor | null, sectorId?: number) {
	const a = requireRole(actor, 'rapporteur', 'facilitator');
	const sector = sectorOfActor(a, sectorId);
	const own = new Map(
		listStatements(db, a.eventId, { sectorId: sector, status: 'active' }).map((s) => [s.id, s])
	);
	const members = listMembers(db, a.eventId).filter((m) => own.has(m.statementId));
	const flags = repo
		.listConsents(db, a.eventId)
		.filter((c) => c.sectorId === sector && c.verdict === 'misrepresents');
	return listThemes(db, a.eventId)
		.filter((t) => t.status !== 'discarded')
		.map((t) => ({
			id: t.id,
			label: t.label,
			statements: members
				.filter((m) => m.themeId === t.id)
				.map((m) => ({ id: m.statementId, label: statementLabel(own.get(m.statementId)) })),
			flags: flags
				.filter((f) => f.themeId === t.id)
				.map((f) => ({
					id: f.id,
					statement: statementLabel(own.get(f.statementId!)),
					reason: f.reason,
					resolution: f.resolution
				}))
		}))
		.filter((t) => t.statements.length > 0);
}

/** What a sector page shows of consent: the steps to answer, the themes to flag, and whether this person may answer. */
export function consentOf(db: Db, actor: Actor | null, sectorId: number) {
	const a = requireRole(actor, 'rapporteur', 'facilitator');
	return {
		steps: stepsForSector(db, a, sectorId),
		themes: flaggableThemes(db, a, sectorId),
		canAnswer: a.role === 'rapporteur' && a.sectorId === sectorId
	};
}
