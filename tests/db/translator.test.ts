import { describe, expect, it } from 'vitest';
import {
	findActor,
	openLink,
	peekLink,
	updateProfile,
	peopleByRole
} from '$lib/server/services/access';
import {
	currentLinks,
	listEventLinks,
	operatorLinks,
	revokeLink
} from '$lib/server/services/links';
import {
	issueTranslatorLink,
	regenerateTranslatorLink,
	relabelTranslatorLink
} from '$lib/server/services/translator-links';
import { changePhase, setEventLanguages } from '$lib/server/services/events';
import {
	editStatement,
	statementForEdit,
	submitStatement,
	withdrawStatement
} from '$lib/server/services/statements';
import {
	draftRenderings,
	renderingStatus,
	workingRenderings,
	writeRendering
} from '$lib/server/services/renderings';
import { translationQueue } from '$lib/server/services/translation-queue';
import * as themes from '$lib/server/services/themes';
import { castBallot } from '$lib/server/services/voting/ballots';
import { createRound, listRounds } from '$lib/server/services/voting/rounds';
import { suggestMerge } from '$lib/server/services/suggestions';
import { setThemeStatus, createManualTheme } from '$lib/server/services/themes/curate';
import {
	eventFileJson,
	exportEvent,
	exportEventFor,
	importEvent
} from '$lib/server/services/transfer';
import { listLinks } from '$lib/server/db/access';
import { randomBytes } from 'node:crypto';
import { statementsCsv } from '$lib/server/services/csv-exports';
import { homeOf } from '$lib/server/home';
import { linkLines } from '$lib/server/startup';
import { hashSecret } from '$lib/server/security';
import { findParticipantBySession } from '$lib/server/db/access';
import { apertiumModes } from '$lib/server/translate/apertium';
import type { Actor } from '$lib/domain/types';
import { freshDb, refusal, seededEvent } from './helpers';

/** An event in breakouts, working in English, with a Thai, a Spanish and an English statement. */
function withTranslator() {
	const s = seededEvent();
	changePhase(s.db, s.facilitator, 'breakouts');
	setEventLanguages(s.db, s.facilitator, {
		languages: ['en', 'es', 'th'],
		workingLanguage: 'en'
	});
	const link = issueTranslatorLink(s.db, s.key, s.facilitator, 'Thai interpreter');
	const opened = openLink(s.db, link.path!.slice(3));
	const translator = opened.actor;
	const thai = submitStatement(s.db, s.rapporteur('Labour'), s.sectorId('Labour'), {
		text: 'ไรเดอร์ส่งอาหารถูกแอปไล่ออกโดยไม่มีคำอธิบาย',
		lang: 'th'
	});
	const spanish = submitStatement(s.db, s.rapporteur('Gender'), s.sectorId('Gender'), {
		text: 'Los repartidores son despedidos por la aplicación sin ninguna explicación',
		lang: 'es'
	});
	const english = submitStatement(s.db, s.rapporteur('Farming'), s.sectorId('Farming'), {
		text: 'Farmers lose control of the seed data collected by companies',
		lang: 'en'
	});
	return { ...s, link, translator, session: opened.sessionToken, thai, spanish, english };
}

describe('translator links', () => {
	it('are issued, renamed, regenerated and revoked by a facilitator only', () => {
		const s = withTranslator();
		expect(s.link).toMatchObject({ role: 'translator', sectorId: null, label: 'Thai interpreter' });
		expect(currentLinks(s.db, s.key, s.facilitator).translators.map((l) => l.id)).toEqual([
			s.link.id
		]);
		expect(peekLink(s.db, s.link.path!.slice(3), 'link')).toMatchObject({
			role: 'translator',
			sectorName: null
		});

		relabelTranslatorLink(s.db, s.facilitator, s.link.id, '  Lek (Thai) ');
		expect(listEventLinks(s.db, s.key, s.facilitator).find((l) => l.id === s.link.id)?.label).toBe(
			'Lek (Thai)'
		);
		expect(
			refusal(() => relabelTranslatorLink(s.db, s.facilitator, s.link.id, 'x'.repeat(61)))
		).toEqual({ code: 'invalid', fields: { label: 'too_long' } });
		// only translator links are renamed here
		const rapporteurLink = s.links.bySector.get(s.sectorId('Labour'))!;
		expect(
			refusal(() => relabelTranslatorLink(s.db, s.facilitator, rapporteurLink.id, 'x'))?.code
		).toBe('not_found');
		for (const who of [s.translator, s.participant, s.rapporteur('Labour')]) {
			expect(refusal(() => issueTranslatorLink(s.db, s.key, who, 'me'))?.code).toBe('wrong_role');
			expect(refusal(() => relabelTranslatorLink(s.db, who, s.link.id, 'me'))?.code).toBe(
				'wrong_role'
			);
			expect(refusal(() => regenerateTranslatorLink(s.db, s.key, who, s.link.id))?.code).toBe(
				'wrong_role'
			);
			expect(refusal(() => revokeLink(s.db, who, s.link.id))?.code).toBe('wrong_role');
		}

		// regenerated: the old link no longer opens the event, the interpreter inside stays in
		const fresh = regenerateTranslatorLink(s.db, s.key, s.facilitator, s.link.id);
		expect(fresh).toMatchObject({ role: 'translator', label: 'Lek (Thai)' });
		expect(refusal(() => openLink(s.db, s.link.path!.slice(3)))?.code).toBe('link_revoked');
		expect(findActor(s.db, s.event, s.session)).toMatchObject({ role: 'translator' });
		expect(operatorLinks(s.db, s.key, s.event.id).translators.map((l) => [l.id, l.label])).toEqual([
			[fresh.id, 'Lek (Thai)']
		]);
		// `npm run links` prints it with the others
		expect(linkLines(s.db, s.key, s.event, 'http://10.0.0.2:3000')).toContain(
			`  Translator Lek (Thai)   http://10.0.0.2:3000${fresh.path}`
		);

		// revoked: whoever opened it loses access at once
		revokeLink(s.db, s.facilitator, fresh.id);
		expect(refusal(() => findActor(s.db, s.event, s.session))?.code).toBe('link_revoked');
		expect(findParticipantBySession(s.db, s.event.id, hashSecret(s.session))?.linkRevoked).toBe(
			true
		);
		expect(currentLinks(s.db, s.key, s.facilitator).translators).toEqual([]);
		expect(
			refusal(() => regenerateTranslatorLink(s.db, s.key, s.facilitator, fresh.id))?.code
		).toBe('conflict');
	});

	it('open a session as a translator, who lands on the translations page', () => {
		const s = withTranslator();
		expect(s.translator).toMatchObject({ role: 'translator', sectorId: null });
		expect(homeOf(s.event, s.translator)).toBe(`/e/${s.event.slug}/translate`);
		expect(peopleByRole(s.db, s.facilitator).translator).toBe(1);
	});
});

describe('a translator', () => {
	it('writes and corrects the rendering of any sector’s statement, as a person', () => {
		const s = withTranslator();
		writeRendering(s.db, s.translator, s.thai.id, {
			text: 'Food delivery riders are fired by the app without explanation'
		});
		writeRendering(s.db, s.translator, s.spanish.id, {
			title: 'Dismissals',
			text: 'Delivery riders are dismissed by the app with no explanation'
		});
		const r = workingRenderings(s.db, s.event.id);
		expect(r.get(s.thai.id)).toMatchObject({
			lang: 'en',
			origin: 'person',
			writtenBy: s.translator.participantId
		});
		expect(r.get(s.spanish.id)).toMatchObject({ title: 'Dismissals', origin: 'person' });
		// a text too short is refused, and the rendering stays
		expect(refusal(() => writeRendering(s.db, s.translator, s.thai.id, { text: 'ab' }))?.code).toBe(
			'invalid'
		);
		expect(workingRenderings(s.db, s.event.id).get(s.thai.id)?.text).toMatch(/^Food delivery/);
		// an empty text takes it back
		writeRendering(s.db, s.translator, s.spanish.id, { text: '' });
		expect(workingRenderings(s.db, s.event.id).has(s.spanish.id)).toBe(false);
		// a withdrawn statement is not rendered
		withdrawStatement(s.db, s.facilitator, s.spanish.id);
		expect(
			refusal(() => writeRendering(s.db, s.translator, s.spanish.id, { text: 'x'.repeat(20) }))
				?.code
		).toBe('not_found');
	});

	it('sees the statements in other languages grouped by what their rendering needs', async () => {
		const s = withTranslator();
		const q0 = translationQueue(s.db, s.translator);
		expect(q0.working).toBe('en');
		// the English statement needs none
		expect(q0.missing.map((i) => i.id).sort()).toEqual([s.thai.id, s.spanish.id].sort());
		expect(q0.missing.find((i) => i.id === s.thai.id)).toMatchObject({
			lang: 'th',
			sector: { name: 'Labour' },
			rendering: null
		});
		expect(q0.machine).toEqual([]);
		expect(q0.person).toEqual([]);

		// Apertium drafts the Spanish one (CI installs it); Thai has no installed route
		expect((await apertiumModes()).length).toBeGreaterThan(0);
		const drafted = await draftRenderings(s.db, s.translator);
		expect(drafted).toEqual({ drafted: 1, unbridged: [{ lang: 'th', count: 1 }] });
		writeRendering(s.db, s.translator, s.thai.id, { text: 'Riders are fired by the app' });
		const q1 = translationQueue(s.db, s.translator);
		expect(q1.missing).toEqual([]);
		expect(q1.machine.map((i) => i.id)).toEqual([s.spanish.id]);
		expect(q1.machine[0].rendering?.origin).toBe('machine');
		expect(q1.person.map((i) => i.id)).toEqual([s.thai.id]);
		expect(renderingStatus(s.db, s.translator).machine).toBe(1);

		// correcting the machine draft makes it a person's
		writeRendering(s.db, s.translator, s.spanish.id, {
			text: 'Delivery riders are dismissed by the app with no explanation'
		});
		const q2 = translationQueue(s.db, s.translator);
		expect(q2.machine).toEqual([]);
		expect(q2.person.map((i) => i.id).sort()).toEqual([s.thai.id, s.spanish.id].sort());

		expect(refusal(() => translationQueue(s.db, s.participant))?.code).toBe('wrong_role');
		expect(refusal(() => translationQueue(s.db, s.rapporteur('Labour')))?.code).toBe('wrong_role');
		expect(translationQueue(s.db, s.facilitator).person).toHaveLength(2);
	});

	it('can do nothing else: no statements, votes, curation, suggestions, links or exports', async () => {
		const s = withTranslator();
		const t: Actor = s.translator;
		const attempts: [string, () => unknown][] = [
			[
				'submit a statement',
				() => submitStatement(s.db, t, s.sectorId('Labour'), { text: 'x'.repeat(30) })
			],
			['edit a statement', () => editStatement(s.db, t, s.thai.id, { text: 'x'.repeat(30) })],
			['withdraw a statement', () => withdrawStatement(s.db, t, s.thai.id)],
			['open a statement for editing', () => statementForEdit(s.db, t, s.thai.id)],
			['cast a ballot', () => castBallot(s.db, t, 1, [])],
			['list the rounds', () => listRounds(s.db, t)],
			['create a round', () => createRound(s.db, t, {} as never)],
			['read the board', () => themes.boardOf(s.db, t)],
			['change a theme', () => setThemeStatus(s.db, t, 1, 'accepted')],
			['create a theme', () => createManualTheme(s.db, t, 'A theme')],
			['suggest a merge', () => suggestMerge(s.db, t, { themes: [1, 2] })],
			['change the phase', () => changePhase(s.db, t, 'voting')],
			['list the links', () => listEventLinks(s.db, s.key, t)],
			['export the event', () => exportEventFor(s.db, t)],
			['export statements', () => statementsCsv(s.db, t)],
			['fill in a profile', () => updateProfile(s.db, t, { displayName: 'Lek' })],
			['count people', () => peopleByRole(s.db, t)]
		];
		for (const [what, attempt] of attempts)
			expect({ what, refusal: refusal(attempt)?.code }).toEqual({ what, refusal: 'wrong_role' });
		await expect(themes.proposeEventThemes(s.db, t)).rejects.toMatchObject({ code: 'wrong_role' });
	});

	it('is carried by the event file with the renderings they wrote; links are not, as for rapporteurs', () => {
		const s = withTranslator();
		writeRendering(s.db, s.translator, s.thai.id, { text: 'Riders are fired by the app' });
		const text = eventFileJson(exportEvent(s.db, s.event.id));
		// the file holds no link, token or session of this instance
		expect(text).not.toContain(s.link.path!.slice(3));
		expect(text).not.toMatch(/token|session_hash|nonce/i);
		const target = freshDb();
		const imported = importEvent(target, randomBytes(32), JSON.parse(text), { slug: 'copy' });
		const translators = target
			.prepare("SELECT id FROM participants WHERE event_id = ? AND role = 'translator'")
			.all(imported.event.id) as { id: number }[];
		expect(translators).toHaveLength(1);
		expect([...workingRenderings(target, imported.event.id).values()]).toEqual([
			expect.objectContaining({
				origin: 'person',
				writtenBy: translators[0].id,
				text: 'Riders are fired by the app'
			})
		]);
		// the new instance issues its own facilitator, join and rapporteur links; translators are issued when needed
		expect(
			listLinks(target, imported.event.id)
				.map((l) => l.role)
				.sort()
		).toEqual(['facilitator', 'participant', 'rapporteur', 'rapporteur', 'rapporteur']);
	});
});
