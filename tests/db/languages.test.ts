import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { changePhase, setEventLanguages } from '$lib/server/services/events';
import { editStatement, submitStatement } from '$lib/server/services/statements';
import { eventFileJson, exportEvent, importEvent } from '$lib/server/services/transfer';
import { getEvent } from '$lib/server/db/events';
import { freshDb, refusal, seededEvent } from './helpers';

const THAI = 'ไรเดอร์ส่งอาหารถูกแอปตัดค่าจ้างโดยไม่มีคำอธิบายและไม่มีสิทธิ์อุทธรณ์';
const SPANISH =
	'Los trabajadores de plataformas son despedidos por algoritmos sin derecho a apelar';
const PORTUGUESE =
	'Os dados das sementes das comunidades são patenteados por empresas estrangeiras';

describe('the languages of an event', () => {
	it('are set by a facilitator: known codes, once each, the working language among them', () => {
		const s = seededEvent();
		for (const who of [s.rapporteur('Labour'), s.participant])
			expect(refusal(() => setEventLanguages(s.db, who, { languages: ['en'] }))?.code).toBe(
				'wrong_role'
			);
		expect(
			refusal(() => setEventLanguages(s.db, s.facilitator, { languages: ['en', 'xx'] }))?.fields
		).toEqual({ languages: 'bad_language' });
		expect(
			refusal(() =>
				setEventLanguages(s.db, s.facilitator, { languages: ['en', 'es'], workingLanguage: 'th' })
			)?.fields
		).toEqual({ workingLanguage: 'working_not_listed' });
		const many = ['en', 'es', 'fr', 'pt', 'th', 'ar', 'hi', 'id', 'sw', 'vi', 'km', 'my', 'zh'];
		expect(
			refusal(() => setEventLanguages(s.db, s.facilitator, { languages: many }))?.fields
		).toEqual({ languages: 'too_many_languages' });
		const event = setEventLanguages(s.db, s.facilitator, {
			languages: ['en', 'es', 'th', 'es'],
			workingLanguage: 'en'
		});
		expect(event).toMatchObject({ languages: ['en', 'es', 'th'], workingLanguage: 'en' });
		expect(getEvent(s.db, s.event.id).languages).toEqual(['en', 'es', 'th']);
		// none at all is allowed: the event then names no languages
		expect(setEventLanguages(s.db, s.facilitator, { languages: [] })).toMatchObject({
			languages: [],
			workingLanguage: null
		});
	});

	it('give each statement its language: the writer’s choice, else detected among them, else none', () => {
		const s = seededEvent();
		changePhase(s.db, s.facilitator, 'breakouts');
		const rap = s.rapporteur('Labour');
		const labour = s.sectorId('Labour');
		// no languages set: detected among every language the detector knows
		expect(submitStatement(s.db, rap, labour, { text: THAI }).lang).toBe('th');
		expect(submitStatement(s.db, rap, labour, { text: SPANISH }).lang).toBe('es');
		expect(submitStatement(s.db, rap, labour, { text: PORTUGUESE }).lang).toBe('pt');
		// the writer's choice wins; a code the platform cannot name is refused
		expect(submitStatement(s.db, rap, labour, { text: SPANISH, lang: 'pt' }).lang).toBe('pt');
		expect(
			refusal(() => submitStatement(s.db, rap, labour, { text: SPANISH, lang: 'xx' }))
		).toEqual({ code: 'invalid', fields: { lang: 'bad_language' } });
		// an event in one language: every statement is in it
		setEventLanguages(s.db, s.facilitator, { languages: ['es'], workingLanguage: 'es' });
		expect(
			submitStatement(s.db, rap, labour, {
				text: 'Seed data is taken from farmers by agritech apps'
			}).lang
		).toBe('es');
		// among the event's languages
		setEventLanguages(s.db, s.facilitator, { languages: ['es', 'th'] });
		const edited = submitStatement(s.db, rap, labour, { text: SPANISH });
		expect(edited.lang).toBe('es');
		expect(editStatement(s.db, rap, edited.id, { text: THAI }).lang).toBe('th');
	});

	it('travel in the event file', () => {
		const s = seededEvent();
		setEventLanguages(s.db, s.facilitator, { languages: ['th', 'en'], workingLanguage: 'th' });
		const text = eventFileJson(exportEvent(s.db, s.event.id));
		const copy = importEvent(freshDb(), randomBytes(32), JSON.parse(text));
		expect(copy.event).toMatchObject({ languages: ['th', 'en'], workingLanguage: 'th' });
		const wrong = JSON.parse(text);
		wrong.event.workingLanguage = 'es';
		expect(refusal(() => importEvent(freshDb(), randomBytes(32), wrong))?.fields).toMatchObject({
			at: 'event.workingLanguage'
		});
		const older = JSON.parse(text);
		delete older.event.languages;
		delete older.event.workingLanguage;
		expect(importEvent(freshDb(), randomBytes(32), older).event).toMatchObject({
			languages: [],
			workingLanguage: null
		});
	});
});
