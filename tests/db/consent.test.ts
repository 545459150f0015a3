import { describe, expect, it } from 'vitest';
import * as consent from '$lib/server/services/consent';
import * as themes from '$lib/server/services/themes';
import { submitStatement, withdrawStatement } from '$lib/server/services/statements';
import { updateProfile } from '$lib/server/services/access';
import { changePhase } from '$lib/server/services/events';
import { listChanges } from '$lib/server/db/change-log';
import { refusal, seededEvent } from './helpers';

/** An event in convergence with three themes made by hand, and a Labour statement in two of them. */
function withThemes() {
	const s = seededEvent();
	changePhase(s.db, s.facilitator, 'breakouts');
	const statement = (sector: string, text: string, title = '') =>
		submitStatement(s.db, s.facilitator, s.sectorId(sector), { text, title }).id;
	const gigA = statement(
		'Labour',
		'Gig platform workers are deactivated by algorithms',
		'Deactivation'
	);
	const gigB = statement('Gender', 'Women gig workers face algorithmic pay cuts');
	const apps = statement('Labour', 'Delivery apps set pay without any transparency');
	const farm = statement('Farming', 'Agritech firms extract farm data from farmers');
	changePhase(s.db, s.facilitator, 'convergence');
	const theme = (label: string, ids: number[]) =>
		themes.createManualTheme(s.db, s.facilitator, label, ids);
	const gig = theme('Gig work', [gigA]);
	const platform = theme('Platform pay', [apps, gigB]);
	const data = theme('Farm data', [farm]);
	updateProfile(s.db, s.facilitator, { displayName: 'Ana' });
	const labour = s.rapporteur('Labour');
	updateProfile(s.db, labour, { displayName: 'Lu' });
	return { ...s, gig, platform, data, statements: { gigA, gigB, apps, farm }, labour };
}

/** Merges "Gig work" (Labour's deactivation statement) into "Platform pay"; the id of the logged step. */
function merged(s: ReturnType<typeof withThemes>) {
	themes.mergeThemes(s.db, s.facilitator, s.gig, s.platform);
	return listChanges(s.db, s.event.id).find((c) => c.action === 'themes.merge')!.id;
}

describe('rapporteurs’ consent', () => {
	it('shows a merge to the rapporteur whose statement it moved, and not to others', () => {
		const s = withThemes();
		const step = merged(s);
		const seen = consent.stepsForSector(s.db, s.labour);
		expect(seen).toHaveLength(1);
		expect(seen[0]).toMatchObject({
			changeId: step,
			action: 'themes.merge',
			detail: { kind: 'merge', from: 'Gig work', into: 'Platform pay' },
			who: 'Ana',
			answer: null
		});
		expect(seen[0].statements).toEqual([
			{
				statementId: s.statements.gigA,
				label: 'Deactivation',
				from: ['Gig work'],
				to: ['Platform pay']
			}
		]);
		// Gender's statement was in the target already: its theme did not change; Farming's was not touched
		expect(consent.stepsForSector(s.db, s.rapporteur('Gender'))).toEqual([]);
		expect(consent.stepsForSector(s.db, s.rapporteur('Farming'))).toEqual([]);
		// a facilitator reads any sector's page
		expect(consent.stepsForSector(s.db, s.facilitator, s.sectorId('Labour'))).toHaveLength(1);
	});

	it('lets the rapporteur agree, then object with a reason, and logs each answer', () => {
		const s = withThemes();
		const step = merged(s);
		consent.respond(s.db, s.labour, step, { verdict: 'agree' });
		expect(consent.stepsForSector(s.db, s.labour)[0].answer).toMatchObject({
			verdict: 'agree',
			reason: ''
		});
		const reason = 'Deactivation is about <b>due process</b>, not pay';
		consent.respond(s.db, s.labour, step, { verdict: 'object', reason: `  ${reason} ` });
		const answer = consent.stepsForSector(s.db, s.labour)[0].answer;
		expect(answer).toMatchObject({ verdict: 'object', reason, resolution: null });
		const logged = listChanges(s.db, s.event.id).filter((c) => c.entity === 'consent');
		expect(logged.map((c) => c.action)).toEqual(['consent.object', 'consent.agree']);
		expect(logged[0].after).toMatchObject({ changeId: step, verdict: 'object', reason });
		expect(logged[0].before).toEqual({ verdict: 'agree', reason: '' });
	});

	it('refuses an objection without a reason, a step that moved none of the sector’s statements, and other roles', () => {
		const s = withThemes();
		const step = merged(s);
		expect(
			refusal(() => consent.respond(s.db, s.labour, step, { verdict: 'object', reason: ' ' }))
		).toEqual({
			code: 'invalid',
			fields: { reason: 'consent_reason_required' }
		});
		expect(
			refusal(() =>
				consent.respond(s.db, s.labour, step, { verdict: 'object', reason: 'x'.repeat(501) })
			)?.fields
		).toEqual({ reason: 'consent_reason_too_long' });
		expect(refusal(() => consent.respond(s.db, s.labour, step, { verdict: 'veto' }))?.code).toBe(
			'invalid'
		);
		expect(
			refusal(() => consent.respond(s.db, s.rapporteur('Gender'), step, { verdict: 'agree' }))?.code
		).toBe('other_sector');
		expect(
			refusal(() => consent.respond(s.db, s.participant, step, { verdict: 'agree' }))?.code
		).toBe('wrong_role');
		expect(
			refusal(() => consent.respond(s.db, s.facilitator, step, { verdict: 'agree' }))?.code
		).toBe('wrong_role');
		expect(refusal(() => consent.respond(s.db, null, step, { verdict: 'agree' }))?.code).toBe(
			'not_signed_in'
		);
		// a step that cannot be answered (a theme made by hand) or that does not exist
		const create = listChanges(s.db, s.event.id).find((c) => c.action === 'themes.create')!.id;
		expect(refusal(() => consent.respond(s.db, s.labour, create, { verdict: 'agree' }))?.code).toBe(
			'not_found'
		);
		expect(refusal(() => consent.respond(s.db, s.labour, 99_999, { verdict: 'agree' }))?.code).toBe(
			'not_found'
		);
		expect(refusal(() => consent.stepsForSector(s.db, s.participant))?.code).toBe('wrong_role');
		expect(refusal(() => consent.stepsForSector(s.db, s.labour, s.sectorId('Gender')))?.code).toBe(
			'other_sector'
		);
		expect(refusal(() => consent.openObjections(s.db, s.labour))?.code).toBe('wrong_role');
		expect(listChanges(s.db, s.event.id).some((c) => c.entity === 'consent')).toBe(false);
	});

	it('puts an objection before the facilitator; keeping the decision records that it overrode it', () => {
		const s = withThemes();
		const step = merged(s);
		const reason = 'Our point was due process';
		const { id } = consent.respond(s.db, s.labour, step, { verdict: 'object', reason });
		// agreeing answers are not objections
		const open = consent.openObjections(s.db, s.facilitator);
		expect(open).toEqual([
			expect.objectContaining({
				id,
				verdict: 'object',
				reason,
				rapporteur: 'Lu',
				sector: expect.objectContaining({ id: s.sectorId('Labour'), name: 'Labour' }),
				step: expect.objectContaining({
					action: 'themes.merge',
					detail: expect.objectContaining({ from: 'Gig work', into: 'Platform pay' })
				})
			})
		]);

		expect(consent.resolve(s.db, s.facilitator, id, 'kept')).toBe('kept');
		expect(consent.openObjections(s.db, s.facilitator)).toEqual([]);
		const kept = listChanges(s.db, s.event.id)[0];
		expect(kept).toMatchObject({
			action: 'consent.keep',
			entity: 'consent',
			entityId: id,
			after: { changeId: step, resolution: 'kept', overrode: 'object' }
		});
		// settled once: a second click, and the rapporteur changing their answer, are refused
		expect(refusal(() => consent.resolve(s.db, s.facilitator, id, 'revisited'))?.code).toBe(
			'conflict'
		);
		expect(refusal(() => consent.respond(s.db, s.labour, step, { verdict: 'agree' }))?.code).toBe(
			'conflict'
		);
		expect(refusal(() => consent.resolve(s.db, s.facilitator, id, 'ignored'))?.code).toBe(
			'invalid'
		);
		expect(refusal(() => consent.resolve(s.db, s.labour, id, 'kept'))?.code).toBe('wrong_role');
		expect(consent.stepsForSector(s.db, s.labour)[0].answer).toMatchObject({
			verdict: 'object',
			resolution: 'kept',
			resolvedBy: 'Ana'
		});

		// the history shows the objection beside the step, and that it was kept over it
		const history = themes.themeHistory(s.db, s.facilitator);
		const entry = history.find((h) => h.id === step)!;
		expect(entry.answers).toEqual([
			{
				sector: expect.objectContaining({ name: 'Labour' }),
				verdict: 'object',
				reason,
				resolution: 'kept',
				resolvedBy: 'Ana',
				resolvedByMe: true
			}
		]);
		expect(history.filter((h) => h.id !== step).every((h) => h.answers.length === 0)).toBe(true);

		// a later step that moves Labour's statement again may be objected to afresh
		themes.moveStatement(s.db, s.facilitator, s.statements.gigA, s.platform, s.data);
		const later = consent.stepsForSector(s.db, s.labour)[0];
		expect(later.changeId).not.toBe(step);
		consent.respond(s.db, s.labour, later.changeId, { verdict: 'object', reason: 'Not farm data' });
		expect(consent.openObjections(s.db, s.facilitator).map((o) => o.reason)).toEqual([
			'Not farm data'
		]);
	});

	it('revisits an objection, and an agreement cannot be settled', () => {
		const s = withThemes();
		const step = merged(s);
		const gender = s.rapporteur('Gender');
		themes.setThemeStatus(s.db, s.facilitator, s.platform, 'discarded');
		const discard = consent.stepsForSector(s.db, gender)[0];
		expect(discard).toMatchObject({
			action: 'themes.discarded',
			statements: [{ from: ['Platform pay'], to: [] }]
		});
		const agreed = consent.respond(s.db, gender, discard.changeId, { verdict: 'agree' });
		expect(refusal(() => consent.resolve(s.db, s.facilitator, agreed.id, 'kept'))?.code).toBe(
			'not_found'
		);
		const objected = consent.respond(s.db, s.labour, step, { verdict: 'object', reason: 'No' });
		consent.resolve(s.db, s.facilitator, objected.id, 'revisited');
		expect(listChanges(s.db, s.event.id)[0]).toMatchObject({
			action: 'consent.revisit',
			after: { resolution: 'revisited', overrode: null }
		});
		expect(
			consent.stepsForSector(s.db, s.labour).find((x) => x.changeId === step)?.answer
		).toMatchObject({
			resolution: 'revisited'
		});
	});

	it('lets a rapporteur flag a theme that misrepresents their statement, with checks', () => {
		const s = withThemes();
		const reason = 'Our statement is about transparency, not pay';
		expect(consent.flaggableThemes(s.db, s.labour)).toEqual([
			{
				id: s.gig,
				label: 'Gig work',
				statements: [{ id: s.statements.gigA, label: 'Deactivation' }],
				flags: []
			},
			{
				id: s.platform,
				label: 'Platform pay',
				statements: [{ id: s.statements.apps, label: expect.stringMatching(/^Delivery apps/) }],
				flags: []
			}
		]);
		// the statement must be the sector's own, in that theme, with a reason
		expect(
			refusal(() =>
				consent.flag(s.db, s.labour, s.platform, { statementId: s.statements.apps, reason: '' })
			)
		).toEqual({
			code: 'invalid',
			fields: { reason: 'consent_reason_required' }
		});
		expect(
			refusal(() =>
				consent.flag(s.db, s.labour, s.platform, { statementId: s.statements.gigA, reason })
			)
		).toEqual({
			code: 'invalid',
			fields: { statementId: 'not_in_theme' }
		});
		expect(
			refusal(() =>
				consent.flag(s.db, s.labour, s.platform, { statementId: s.statements.gigB, reason })
			)?.code
		).toBe('other_sector');
		expect(
			refusal(() => consent.flag(s.db, s.labour, s.platform, { statementId: 'x', reason }))?.fields
		).toEqual({
			statementId: 'required'
		});
		expect(
			refusal(() =>
				consent.flag(s.db, s.facilitator, s.platform, { statementId: s.statements.apps, reason })
			)?.code
		).toBe('wrong_role');
		withdrawStatement(s.db, s.facilitator, s.statements.gigA);
		expect(
			refusal(() => consent.flag(s.db, s.labour, s.gig, { statementId: s.statements.gigA, reason }))
				?.fields
		).toEqual({
			statementId: 'not_in_theme'
		});

		const id = consent.flag(s.db, s.labour, s.platform, { statementId: s.statements.apps, reason });
		// flagging again while open rewrites the reason of the same flag
		expect(
			consent.flag(s.db, s.labour, s.platform, {
				statementId: s.statements.apps,
				reason: `${reason}!`
			})
		).toBe(id);
		expect(listChanges(s.db, s.event.id).filter((c) => c.action === 'consent.flag')).toHaveLength(
			2
		);
		const [open] = consent.openObjections(s.db, s.facilitator);
		expect(open).toMatchObject({
			id,
			verdict: 'misrepresents',
			reason: `${reason}!`,
			theme: 'Platform pay',
			step: null
		});
		expect(open.statement).toMatch(/^Delivery apps/);
		consent.resolve(s.db, s.facilitator, id, 'kept');
		expect(consent.flaggableThemes(s.db, s.labour).find((t) => t.id === s.platform)?.flags).toEqual(
			[
				{
					id,
					statement: expect.stringMatching(/^Delivery apps/),
					reason: `${reason}!`,
					resolution: 'kept'
				}
			]
		);
		// once settled, the sector may flag it again as a new flag
		expect(
			consent.flag(s.db, s.labour, s.platform, { statementId: s.statements.apps, reason })
		).not.toBe(id);
	});

	it('keeps one answer per sector and step in the database itself', () => {
		const s = withThemes();
		const step = merged(s);
		consent.respond(s.db, s.labour, step, { verdict: 'agree' });
		expect(() =>
			s.db
				.prepare(
					`INSERT INTO consents (event_id, sector_id, change_id, verdict, created_at, updated_at) VALUES (?, ?, ?, 'object', 'now', 'now')`
				)
				.run(s.event.id, s.sectorId('Labour'), step)
		).toThrow(/UNIQUE/);
	});
});
