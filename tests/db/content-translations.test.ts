import { describe, expect, it } from 'vitest';
import { changePhase, setEventLanguages } from '$lib/server/services/events';
import { submitStatement } from '$lib/server/services/statements';
import { writeRendering } from '$lib/server/services/renderings';
import { createManualTheme } from '$lib/server/services/themes';
import * as voting from '$lib/server/services/voting';
import { joinWithCode } from '$lib/server/services/access';
import { editPointer } from '$lib/server/services/manifesto-edit';
import { addAction, addSection } from '$lib/server/services/manifesto-sections';
import { setPublished } from '$lib/server/services/manifesto-versions';
import { manifestoFor, manifestoPage, paperFor } from '$lib/server/services/manifesto-read';
import {
	draftTranslations,
	eventNameIn,
	translationSheet,
	translationStatuses,
	writeTranslation
} from '$lib/server/services/content-translations';
import { getEvent } from '$lib/server/db/events';
import { listChanges } from '$lib/server/db/change-log';
import { apertiumModes } from '$lib/server/translate/apertium';
import { manifestoMarkdown, paperMarkdown } from '$lib/outputs/markdown';
import { manifestoDocx } from '$lib/server/outputs/docx';
import { strFromU8, unzipSync } from 'fflate';
import { eventFileJson, exportEvent, importEvent } from '$lib/server/services/transfer';
import { randomBytes } from 'node:crypto';
import { freshDb, refusal, seededEvent } from './helpers';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { issueTranslatorLink } from '$lib/server/services/translator-links';
import { openLink } from '$lib/server/services/access';
import { ballotThemes } from '$lib/server/services/voting';
import { describeTheme } from '$lib/server/services/themes';

/**
 * An event in English, Spanish, French and Thai (English the working language) after its vote:
 * a Thai statement with an English rendering, a Spanish one without, two promoted pointers (one in
 * a section, with an action).
 */
function multilingualManifesto() {
	const s = seededEvent();
	setEventLanguages(s.db, s.facilitator, {
		languages: ['en', 'es', 'fr', 'th'],
		workingLanguage: 'en'
	});
	changePhase(s.db, s.facilitator, 'breakouts');
	const say = (sector: string, text: string, lang: string) =>
		submitStatement(s.db, s.rapporteur(sector), s.sectorId(sector), { text, lang }).id;
	const st = {
		thai: say('Labour', 'ไรเดอร์ส่งอาหารถูกแอปไล่ออกโดยไม่มีคำอธิบาย', 'th'),
		spanish: say('Gender', 'Las repartidoras sufren recortes de pago por el algoritmo', 'es'),
		english: say('Farming', 'Agritech firms extract farm data and sell it back', 'en')
	};
	writeRendering(s.db, s.rapporteur('Labour'), st.thai, {
		text: 'Food delivery riders are fired by the app without explanation'
	});
	const work = createManualTheme(s.db, s.facilitator, 'Algorithmic control of work', [
		st.thai,
		st.spanish
	]);
	const data = createManualTheme(s.db, s.facilitator, 'Data taken from farmers', [st.english]);
	changePhase(s.db, s.facilitator, 'voting');
	const round = voting.createRound(s.db, s.facilitator, {
		title: 'Which themes matter most?',
		method: 'dot',
		dotsPerPerson: '3',
		maxDotsPerTheme: '3'
	});
	voting.setRoundStatus(s.db, s.facilitator, round, 'open', 'keep');
	voting.castBallot(s.db, joinWithCode(s.db, s.links.join!.code!).actor, round, [
		{ themeId: work, value: 2 },
		{ themeId: data, value: 1 }
	]);
	voting.setRoundStatus(s.db, s.facilitator, round, 'closed');
	const [pWork, pData] = voting.promoteThemes(s.db, s.facilitator, round, { top: 2 });
	const section = addSection(s.db, s.facilitator, { title: 'Work and data' });
	editPointer(s.db, s.facilitator, pWork, {
		title: 'Workers decide how algorithms manage them',
		body: 'No one is fired by an app.\n\nEvery decision can be appealed to a person.',
		sectionId: section
	});
	const action = addAction(s.db, s.facilitator, pWork, {
		description: 'Draft a model clause for collective agreements',
		organisation: 'Unions',
		timeline: '2027',
		status: 'planned'
	});
	changePhase(s.db, s.facilitator, 'manifesto');
	return {
		...s,
		st,
		themes: { work, data },
		pointers: { work: pWork, data: pData },
		section,
		action
	};
}

type Fixture = ReturnType<typeof multilingualManifesto>;
const piece = (s: Fixture, lang: string, key: string) =>
	translationSheet(s.db, s.facilitator, lang).pieces.find((p) => p.key === key)!;
const translate = (s: Fixture, lang: string, key: string, text: string) => {
	const p = piece(s, lang, key);
	writeTranslation(s.db, s.facilitator, {
		kind: p.kind,
		refId: String(p.refId),
		field: p.field,
		lang,
		source: p.text,
		text
	});
};

describe('the event’s text in its other languages', () => {
	it('lists every piece a reader meets, for each language but the working one', () => {
		const s = multilingualManifesto();
		const sheet = translationSheet(s.db, s.facilitator, 'fr');
		expect(sheet.targets).toEqual(['es', 'fr', 'th']);
		expect(sheet.lang).toBe('fr');
		const keys = sheet.pieces.map((p) => p.key);
		for (const key of [
			'event:0:name',
			`sector:${s.sectorId('Labour')}:name`,
			`section:${s.section}:title`,
			`pointer:${s.pointers.work}:title`,
			`pointer:${s.pointers.work}:body`,
			`action:${s.action}:description`,
			`theme:${s.themes.work}:label`
		])
			expect(keys).toContain(key);
		expect(sheet.pieces.every((p) => p.state === 'missing')).toBe(true);
		// the working language is not a target: asking for it shows the first target
		expect(translationSheet(s.db, s.facilitator, 'en').lang).toBe('es');
	});

	it('shows the manifesto and the papers in the language asked for, the rest as written', () => {
		const s = multilingualManifesto();
		translate(s, 'fr', `pointer:${s.pointers.work}:title`, 'Les travailleurs décident');
		translate(s, 'fr', `section:${s.section}:title`, 'Travail et données');
		translate(s, 'fr', `sector:${s.sectorId('Labour')}:name`, 'Travail');
		setPublished(s.db, s.facilitator, true);
		const event = getEvent(s.db, s.event.id);
		const fr = manifestoFor(s.db, null, event, undefined, 'fr');
		expect(fr.reading).toMatchObject({ lang: 'fr', original: 'en' });
		expect(fr.sections[0].title).toBe('Travail et données');
		const work = fr.sections[0].pointers[0];
		expect(work.title).toBe('Les travailleurs décident');
		// not translated: shown as written, and marked as in the original's language
		expect(work.body).toContain('No one is fired by an app.');
		expect(fr.reading!.untranslated).toContain(`pointer:${s.pointers.work}:body`);
		expect(fr.reading!.untranslated).not.toContain(`pointer:${s.pointers.work}:title`);
		// the footnotes quote the Thai statement as written, with its English rendering
		const thai = work.provenance.statements.find((x) => x.id === s.st.thai)!;
		expect(thai.text).toBe('ไรเดอร์ส่งอาหารถูกแอปไล่ออกโดยไม่มีคำอธิบาย');
		expect(thai.lang).toBe('th');
		expect(thai.rendering).toMatchObject({
			lang: 'en',
			text: 'Food delivery riders are fired by the app without explanation'
		});
		// the Spanish one has no rendering: it stands as written
		const spanish = work.provenance.statements.find((x) => x.id === s.st.spanish)!;
		expect(spanish).toMatchObject({ lang: 'es' });
		expect(spanish.rendering).toBeUndefined();
		// a paper in French names its sector in French
		const paper = paperFor(s.db, null, event, s.sectorId('Labour'), undefined, 'fr');
		expect(paper.sector.name).toBe('Travail');
		// read in English, or in a language the event does not have: as written
		const en = manifestoFor(s.db, null, event, undefined, 'en');
		expect(en.sections[0].pointers[0].title).toBe('Workers decide how algorithms manage them');
		expect(en.reading!.untranslated).toEqual([]);
		expect(manifestoFor(s.db, null, event, undefined, 'de').reading!.lang).toBe('en');
		expect(manifestoPage(s.db, null, event, undefined, 'fr').doc.reading!.languages).toEqual([
			'en',
			'es',
			'fr',
			'th'
		]);
	});

	it('keeps a published version’s translation, and drops one whose original has changed', () => {
		const s = multilingualManifesto();
		const key = `pointer:${s.pointers.work}:title`;
		translate(s, 'es', key, 'Las trabajadoras deciden');
		setPublished(s.db, s.facilitator, true);
		editPointer(s.db, s.facilitator, s.pointers.work, {
			title: 'Workers and their unions decide how algorithms manage them',
			body: 'No one is fired by an app.',
			sectionId: s.section
		});
		const event = getEvent(s.db, s.event.id);
		// version 1 still reads in Spanish
		expect(manifestoFor(s.db, null, event, 1, 'es').sections[0].pointers[0].title).toBe(
			'Las trabajadoras deciden'
		);
		// the draft's new wording has no current translation: shown as written, counted outdated
		expect(
			manifestoFor(s.db, s.facilitator, event, 'draft', 'es').sections[0].pointers[0].title
		).toBe('Workers and their unions decide how algorithms manage them');
		const p = piece(s, 'es', key);
		expect(p.state).toBe('outdated');
		expect(p.previous).toBe('Las trabajadoras deciden');
		const status = translationStatuses(s.db, s.facilitator).statuses.find((x) => x.lang === 'es')!;
		expect(status.kinds.find((k) => k.kind === 'pointer')).toMatchObject({ outdated: 1 });
	});

	it('refuses a stale form, a language the event lacks, a text over its limit, and other roles', () => {
		const s = multilingualManifesto();
		const key = `pointer:${s.pointers.work}:title`;
		const p = piece(s, 'fr', key);
		const form = {
			kind: p.kind,
			refId: String(p.refId),
			field: p.field,
			lang: 'fr',
			source: p.text,
			text: 'Les travailleurs décident'
		};
		expect(
			refusal(() => writeTranslation(s.db, s.facilitator, { ...form, source: 'an older title' }))
		).toMatchObject({ code: 'conflict', fields: { text: 'original_changed' } });
		expect(
			refusal(() => writeTranslation(s.db, s.facilitator, { ...form, lang: 'de' }))
		).toMatchObject({
			code: 'invalid',
			fields: { lang: 'invalid' }
		});
		expect(
			refusal(() => writeTranslation(s.db, s.facilitator, { ...form, lang: 'en' }))?.code
		).toBe('invalid');
		expect(
			refusal(() => writeTranslation(s.db, s.facilitator, { ...form, text: 'x'.repeat(201) }))
		).toMatchObject({ code: 'invalid', fields: { text: 'too_long' } });
		expect(
			refusal(() =>
				writeTranslation(s.db, s.facilitator, { ...form, field: 'body', kind: 'sector' })
			)?.code
		).toBe('invalid');
		expect(
			refusal(() => writeTranslation(s.db, s.facilitator, { ...form, refId: '999999' }))?.code
		).toBe('not_found');
		expect(refusal(() => writeTranslation(s.db, s.rapporteur('Labour'), form))?.code).toBe(
			'wrong_role'
		);
		expect(refusal(() => writeTranslation(s.db, s.participant, form))?.code).toBe('wrong_role');
		expect(refusal(() => translationSheet(s.db, s.participant, 'fr'))?.code).toBe('wrong_role');
		// nothing was written by any of those
		expect(piece(s, 'fr', key).state).toBe('missing');
		writeTranslation(s.db, s.facilitator, form);
		expect(piece(s, 'fr', key)).toMatchObject({
			state: 'person',
			translation: 'Les travailleurs décident'
		});
		expect(listChanges(s.db, s.event.id)[0]).toMatchObject({ action: 'content.translate' });
		// an empty text takes the translation back
		writeTranslation(s.db, s.facilitator, { ...form, text: '  ' });
		expect(piece(s, 'fr', key).state).toBe('missing');
	});

	it('counts each language’s pieces translated and machine drafts unchecked', async () => {
		const s = multilingualManifesto();
		translate(s, 'es', `pointer:${s.pointers.work}:title`, 'Las trabajadoras deciden');
		const before = translationStatuses(s.db, s.facilitator).statuses;
		const es = before.find((x) => x.lang === 'es')!;
		expect(es.kinds.find((k) => k.kind === 'pointer')).toMatchObject({
			total: 3,
			translated: 1,
			machine: 0
		});
		expect(es.translated).toBe(1);
		expect(before.find((x) => x.lang === 'th')!.translated).toBe(0);
		// CI installs Apertium (apertium-eng-spa): the drafts below need it
		expect((await apertiumModes()).length).toBeGreaterThan(0);
		const drafted = await draftTranslations(s.db, s.facilitator, 'es');
		const after = translationStatuses(s.db, s.facilitator).statuses.find((x) => x.lang === 'es')!;
		// every piece translated; the person's one kept, the rest machine drafts
		expect(after.translated).toBe(after.total);
		expect(drafted).toBe(after.total - 1);
		expect(after.machine).toBe(after.total - 1);
		expect(piece(s, 'es', `pointer:${s.pointers.work}:title`)).toMatchObject({
			state: 'person',
			translation: 'Las trabajadoras deciden'
		});
		// a body of two paragraphs is drafted in two paragraphs
		const body = piece(s, 'es', `pointer:${s.pointers.work}:body`);
		expect(body.state).toBe('machine');
		expect(body.translation.split('\n\n')).toHaveLength(2);
		expect(body.translation).not.toContain('fired');
		// a reader is told that machine drafts no person checked are part of what they read
		const event = getEvent(s.db, s.event.id);
		const inSpanish = manifestoFor(s.db, s.facilitator, event, 'draft', 'es').reading!;
		expect(inSpanish.machine).toBeGreaterThan(0);
		expect(inSpanish.machine).toBeLessThanOrEqual(after.machine);
		expect(manifestoFor(s.db, s.facilitator, event, 'draft', 'fr').reading!.machine).toBe(0);
		// no installed engine reaches Thai: nothing drafted, and it says so
		expect(await draftTranslations(s.db, s.facilitator, 'th')).toBeNull();
		await expect(draftTranslations(s.db, s.participant, 'es')).rejects.toMatchObject({
			code: 'wrong_role'
		});
	});

	it('exports the manifesto and the papers in each language, quoting statements with their rendering', async () => {
		const s = multilingualManifesto();
		const body = piece(s, 'fr', `pointer:${s.pointers.work}:body`);
		// a browser sends the original's line breaks as CR LF
		writeTranslation(s.db, s.facilitator, {
			kind: 'pointer',
			refId: String(s.pointers.work),
			field: 'body',
			lang: 'fr',
			source: body.text.replace(/\n/g, '\r\n'),
			text: 'Personne n’est licencié par une application.\n\nToute décision peut faire l’objet d’un recours.'
		});
		translate(s, 'fr', `pointer:${s.pointers.work}:title`, 'Les travailleurs décident');
		setPublished(s.db, s.facilitator, true);
		const event = getEvent(s.db, s.event.id);
		const fr = manifestoMarkdown(manifestoFor(s.db, null, event, undefined, 'fr'));
		expect(fr).toContain('Les travailleurs décident');
		expect(fr).toContain('Personne n’est licencié par une application.');
		expect(fr).not.toContain('No one is fired by an app.');
		// the footnote quotes the Thai statement as written, then its English rendering
		expect(fr).toMatch(/ไรเดอร์ส่งอาหาร.* — English: “Food delivery riders are fired/);
		const en = manifestoMarkdown(manifestoFor(s.db, null, event, undefined, 'en'));
		expect(en).toContain('Workers decide how algorithms manage them');
		expect(en).not.toContain('Les travailleurs décident');
		const paper = paperMarkdown(paperFor(s.db, null, event, s.sectorId('Labour'), undefined, 'fr'));
		expect(paper).toContain('ไรเดอร์ส่งอาหารถูกแอปไล่ออกโดยไม่มีคำอธิบาย');
		expect(paper).toContain(
			'English: Food delivery riders are fired by the app without explanation'
		);
		const docx = await manifestoDocx(manifestoFor(s.db, null, event, undefined, 'fr'));
		const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']);
		expect(xml).toContain('Les travailleurs décident');
		expect(xml).not.toContain('Workers decide how algorithms manage them');
	});

	it('travels in the event file, and a file whose translation names no row is refused', () => {
		const s = multilingualManifesto();
		translate(s, 'fr', `pointer:${s.pointers.work}:title`, 'Les travailleurs décident');
		translate(s, 'fr', 'event:0:name', 'Atelier de test');
		translate(s, 'th', `sector:${s.sectorId('Labour')}:name`, 'แรงงาน');
		setPublished(s.db, s.facilitator, true);
		const file = exportEvent(s.db, s.event.id);
		expect(file.contentTranslations).toHaveLength(3);
		const target = freshDb();
		const copy = importEvent(target, randomBytes(32), JSON.parse(eventFileJson(file)));
		const fr = manifestoFor(target, null, copy.event, undefined, 'fr');
		expect(fr.event.name).toBe('Atelier de test');
		// the header of every page names the event in the reader's language where translated
		expect(eventNameIn(target, copy.event, 'fr')).toEqual({ text: 'Atelier de test', lang: 'fr' });
		expect(eventNameIn(target, copy.event, 'es')).toEqual({ text: copy.event.name, lang: 'en' });
		expect(eventNameIn(target, copy.event, 'de')).toEqual({ text: copy.event.name, lang: 'en' });
		expect(fr.sections[0].pointers[0].title).toBe('Les travailleurs décident');
		const th = manifestoFor(target, null, copy.event, undefined, 'th');
		expect(th.coverage.map((c) => c.name)).toContain('แรงงาน');
		// the copy exports the same translations again
		expect(exportEvent(target, copy.event.id).contentTranslations).toEqual(
			file.contentTranslations
		);
		const broken = JSON.parse(eventFileJson(file));
		broken.contentTranslations[0].refId = 999;
		expect(refusal(() => importEvent(freshDb(), randomBytes(32), broken))).toMatchObject({
			code: 'event_file_invalid'
		});
		const older = JSON.parse(eventFileJson(file));
		delete older.contentTranslations;
		expect(importEvent(freshDb(), randomBytes(32), older).event.name).toBe(copy.event.name);
	});

	it('shows a voter whose phone speaks Thai the themes’ Thai titles and descriptions', () => {
		const s = multilingualManifesto();
		describeTheme(s.db, s.facilitator, s.themes.work, {
			label: 'Algorithmic control of work',
			description: 'When an app hires, pays and fires people'
		});
		translate(s, 'th', `theme:${s.themes.work}:label`, 'อัลกอริทึมควบคุมงาน');
		translate(s, 'th', `theme:${s.themes.work}:description`, 'เมื่อแอปจ้าง จ่าย และไล่คนออก');
		const round = { themeIds: [s.themes.work, s.themes.data] };
		const original = getLocale;
		try {
			overwriteGetLocale(() => 'th');
			const [work, data] = ballotThemes(s.db, s.participant, round);
			expect(work).toMatchObject({
				title: 'อัลกอริทึมควบคุมงาน',
				titleLang: 'th',
				summary: 'เมื่อแอปจ้าง จ่าย และไล่คนออก',
				summaryLang: 'th'
			});
			// not translated: as written, in the working language
			expect(data).toMatchObject({ title: 'Data taken from farmers', titleLang: 'en' });
			overwriteGetLocale(() => 'fr');
			expect(ballotThemes(s.db, s.participant, round)[0]).toMatchObject({
				title: 'Algorithmic control of work',
				titleLang: 'en'
			});
		} finally {
			overwriteGetLocale(original);
		}
	});

	it('is written by an interpreter with a translator link as by a facilitator', () => {
		const s = multilingualManifesto();
		const link = issueTranslatorLink(s.db, s.key, s.facilitator, 'French interpreter');
		const translator = openLink(s.db, link.path!.slice(3)).actor;
		const p = piece(s, 'fr', `section:${s.section}:title`);
		expect(translationSheet(s.db, translator, 'fr').pieces.map((x) => x.key)).toContain(p.key);
		writeTranslation(s.db, translator, {
			kind: p.kind,
			refId: String(p.refId),
			field: p.field,
			lang: 'fr',
			source: p.text,
			text: 'Travail et données'
		});
		expect(piece(s, 'fr', p.key)).toMatchObject({
			state: 'person',
			translation: 'Travail et données'
		});
		expect(translationStatuses(s.db, translator).statuses.map((x) => x.lang)).toEqual([
			'es',
			'fr',
			'th'
		]);
	});
});
