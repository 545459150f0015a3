import { describe, expect, it } from 'vitest';
import * as themes from '$lib/server/services/themes';
import { changePhase, setEventLanguages } from '$lib/server/services/events';
import { submitStatement } from '$lib/server/services/statements';
import {
	draftRenderings,
	machineLanguages,
	renderingStatus,
	workingRenderings,
	writeRendering
} from '$lib/server/services/renderings';
import { apertiumModes } from '$lib/server/translate/apertium';
import { refusal, seededEvent } from './helpers';

// two topics (platform work, farm data), each written in English, Spanish, Portuguese and Thai
const TOPICS: Record<string, [string, string][]> = {
	platform: [
		['en', 'Delivery riders are fired by the app without any explanation or appeal'],
		['en', 'Platform workers have their pay cut by the algorithm without explanation'],
		['es', 'Los repartidores son despedidos por la aplicación sin ninguna explicación'],
		['es', 'Los trabajadores de plataformas sufren recortes de pago por el algoritmo'],
		['pt', 'Os entregadores são demitidos pelo aplicativo sem nenhuma explicação'],
		['pt', 'Os trabalhadores de plataformas têm o pagamento cortado pelo algoritmo'],
		['th', 'ไรเดอร์ส่งอาหารถูกแอปไล่ออกโดยไม่มีคำอธิบาย']
	],
	farming: [
		['en', 'Agritech companies take the soil data of farmers without consent'],
		['en', 'Farmers lose control of the seed data collected by companies'],
		['es', 'Las empresas agrícolas toman los datos del suelo de los campesinos sin consentimiento'],
		['es', 'Los campesinos pierden el control de los datos de semillas de las empresas'],
		['pt', 'As empresas agrícolas tomam os dados do solo dos agricultores sem consentimento'],
		['pt', 'Os agricultores perdem o controle dos dados de sementes das empresas'],
		['th', 'บริษัทเกษตรเก็บข้อมูลดินของเกษตรกรโดยไม่ขออนุญาต']
	]
};

function multilingual() {
	const s = seededEvent();
	changePhase(s.db, s.facilitator, 'breakouts');
	setEventLanguages(s.db, s.facilitator, {
		languages: ['en', 'es', 'pt', 'th'],
		workingLanguage: 'en'
	});
	const topicOf = new Map<number, string>();
	const sectors = ['Labour', 'Gender', 'Farming'];
	let i = 0;
	for (const [topic, items] of Object.entries(TOPICS))
		for (const [lang, text] of items) {
			const sector = sectors[i++ % 3];
			const st = submitStatement(s.db, s.rapporteur(sector), s.sectorId(sector), { text, lang });
			topicOf.set(st.id, topic);
		}
	return { ...s, topicOf };
}

describe('renderings in the working language', () => {
	it('are written by the statement’s rapporteur or a facilitator, and counted where missing', () => {
		const s = multilingual();
		const status = renderingStatus(s.db, s.facilitator);
		expect(status.working).toBe('en');
		expect(Object.fromEntries(status.missing.map((m) => [m.lang, m.count]))).toEqual({
			es: 4,
			pt: 4,
			th: 2
		});
		// the Thai statement of platform work, the 7th written, came from the Labour rapporteur
		const thai = [...s.topicOf.keys()][6];
		expect(
			refusal(() => writeRendering(s.db, s.rapporteur('Gender'), thai, { text: 'x'.repeat(20) }))
				?.code
		).toBe('other_sector');
		expect(refusal(() => writeRendering(s.db, s.participant, thai, { text: 'y' }))?.code).toBe(
			'wrong_role'
		);
		writeRendering(s.db, s.rapporteur('Labour'), thai, {
			text: 'Food delivery riders are fired by the app without explanation'
		});
		expect(workingRenderings(s.db, s.event.id).get(thai)).toMatchObject({
			lang: 'en',
			origin: 'person'
		});
		expect(renderingStatus(s.db, s.facilitator).missing.find((m) => m.lang === 'th')?.count).toBe(
			1
		);
		// an empty text takes it back
		writeRendering(s.db, s.facilitator, thai, { text: '' });
		expect(workingRenderings(s.db, s.event.id).has(thai)).toBe(false);
	});

	it('are drafted by Apertium where it has the languages, never over a person’s, and group statements by topic', async () => {
		const s = multilingual();
		const modes = await apertiumModes();
		// CI installs Apertium (apertium-eng-spa, apertium-es-pt): these tests need it
		expect(modes.length).toBeGreaterThan(0);
		expect((await machineLanguages(s.db, s.facilitator)).sort()).toEqual(['es', 'pt']);
		const ids = [...s.topicOf.keys()];
		const firstThai = ids[6];
		writeRendering(s.db, s.facilitator, firstThai, {
			text: 'Food delivery riders are fired by the app without explanation'
		});
		const spanish = ids[2];
		writeRendering(s.db, s.facilitator, spanish, {
			text: 'Delivery riders are dismissed by the app with no explanation at all'
		});
		const result = await draftRenderings(s.db, s.facilitator);
		// 4 Portuguese and 3 Spanish (one has a person's rendering); Thai has no installed route
		expect(result.drafted).toBe(7);
		expect(result.unbridged).toEqual([{ lang: 'th', count: 1 }]);
		const renderings = workingRenderings(s.db, s.event.id);
		expect(renderings.get(spanish)).toMatchObject({ origin: 'person' });
		expect(renderings.get(ids[4])).toMatchObject({ origin: 'machine', lang: 'en' });
		expect(renderings.get(ids[4])!.text).toMatch(/app|application/i);
		expect(renderingStatus(s.db, s.facilitator).machine).toBe(7);
		expect(renderingStatus(s.db, s.facilitator).missing).toEqual([{ lang: 'th', count: 1 }]);
		expect(refusal(() => renderingStatus(s.db, s.participant))?.code).toBe('wrong_role');
		await expect(draftRenderings(s.db, s.rapporteur('Labour'))).rejects.toMatchObject({
			code: 'wrong_role'
		});

		// the engine groups on the renderings: each theme holds one topic, in several languages
		await themes.proposeEventThemes(s.db, s.facilitator);
		const board = themes.boardOf(s.db, s.facilitator);
		const live = board.themes.filter((t) => t.status !== 'discarded');
		let pure = 0;
		for (const t of live) {
			const topics = new Set(t.members.map((m) => s.topicOf.get(m.statementId)));
			const langs = new Set(t.members.map((m) => m.statement.lang));
			if (topics.size === 1 && langs.size >= 3) pure++;
		}
		expect(pure).toBeGreaterThanOrEqual(2);
	});
});
