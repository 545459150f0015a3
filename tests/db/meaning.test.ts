import { afterEach, describe, expect, it, vi } from 'vitest';
import * as themes from '$lib/server/services/themes';
import { changePhase, setEventLanguages } from '$lib/server/services/events';
import { editStatement, submitStatement } from '$lib/server/services/statements';
import { writeRendering } from '$lib/server/services/renderings';
import { planMeaning, readsAsEnglish } from '$lib/server/services/meaning';
import { listMeaning } from '$lib/server/db/meaning';
import { meaningKey } from '$lib/server/meaning/encoder';
import { listStatements } from '$lib/server/db/statements';
import { MEANING_LIMIT } from '$lib/domain/theme-rules';
import { seededEvent } from './helpers';

// Two points, bullying at school and data taken from people, each made twice in other words; the
// third statement shares its words (schools, children) with the first point and its meaning with
// the second.
const TEXTS: [string, string][] = [
	['Labour', 'Bullying of children in schools goes unpunished'],
	['Gender', 'Pupils are harassed by classmates every day'],
	['Farming', 'Schools sell the data of children to companies'],
	['Labour', 'Agritech companies take crop information from growers']
];

function englishEvent() {
	const s = seededEvent();
	changePhase(s.db, s.facilitator, 'breakouts');
	const ids = TEXTS.map(
		([sector, text]) => submitStatement(s.db, s.facilitator, s.sectorId(sector), { text }).id
	);
	return { ...s, ids };
}

/** What the engine would read now, as the propose service builds it. */
const inputs = (s: ReturnType<typeof englishEvent>) =>
	listStatements(s.db, s.event.id, { status: 'active' }).map((st) => ({
		id: String(st.id),
		text: `${st.title} ${st.text}`.trim(),
		lang: st.lang
	}));

afterEach(() => vi.unstubAllEnvs());

describe('which statements the sentence model reads', () => {
	it('English, or no other language found, in Latin letters', () => {
		expect(readsAsEnglish('Farmers lose their data to agritech firms', 'en')).toBe(true);
		expect(readsAsEnglish('Farmers lose their data to agritech firms', null)).toBe(true);
		expect(readsAsEnglish('Data rights', null)).toBe(true);
		expect(readsAsEnglish('Los campesinos pierden el control de los datos', null)).toBe(false);
		expect(readsAsEnglish('Farmers lose their data', 'es')).toBe(false);
		expect(readsAsEnglish('บริษัทเกษตรเก็บข้อมูลดินของเกษตรกร', null)).toBe(false);
		expect(readsAsEnglish('บริษัทเกษตรเก็บข้อมูลดินของเกษตรกร', 'th')).toBe(false);
	});
});

describe('proposing themes with meaning', () => {
	it('makes each statement’s vector once, keeps it, and makes it again when the text changes', async () => {
		const s = englishEvent();
		expect(planMeaning(s.db, s.event.id, inputs(s)).embed).toHaveLength(4);
		const result = await themes.proposeEventThemes(s.db, s.facilitator, '2');
		expect(result.meaning).toEqual({ use: 'used', notEnglish: 0 });
		const kept = listMeaning(s.db, s.event.id);
		expect([...kept.keys()].sort()).toEqual([...s.ids].sort());
		for (const m of kept.values()) expect(m.vector).toHaveLength(512);
		for (const input of inputs(s))
			expect(kept.get(Number(input.id))!.key).toBe(meaningKey(input.text));

		// nothing to make the second time
		const again = planMeaning(s.db, s.event.id, inputs(s));
		expect(again.embed).toEqual([]);
		expect(again.statements.every((st) => st.meaning instanceof Float32Array)).toBe(true);

		// an edited statement is read anew
		editStatement(s.db, s.facilitator, s.ids[1], { text: 'Pupils are bullied by classmates' });
		const edited = planMeaning(s.db, s.event.id, inputs(s));
		expect(edited.embed.map((i) => Number(edited.statements[i].id))).toEqual([s.ids[1]]);
		const before = kept.get(s.ids[1])!.vector;
		await themes.proposeEventThemes(s.db, s.facilitator, '2');
		const after = listMeaning(s.db, s.event.id).get(s.ids[1])!;
		expect(after.key).toBe(meaningKey('Pupils are bullied by classmates'));
		expect(Array.from(after.vector)).not.toEqual(Array.from(before));
	}, 60_000);

	it('groups a point made in other words by its meaning, not by the words it shares', async () => {
		const s = englishEvent();
		await themes.proposeEventThemes(s.db, s.facilitator, '2');
		const board = themes.boardOf(s.db, s.facilitator);
		const groups = board.themes
			.filter((t) => t.status !== 'discarded')
			.map((t) => t.members.map((m) => m.statementId).sort());
		expect(groups.sort()).toEqual(
			[[s.ids[0], s.ids[1]].sort(), [s.ids[2], s.ids[3]].sort()].sort()
		);
	}, 60_000);

	it('groups by words alone while a statement is in another language, until it has an English rendering', async () => {
		const s = englishEvent();
		setEventLanguages(s.db, s.facilitator, { languages: ['en', 'es'], workingLanguage: 'en' });
		const spanish = submitStatement(s.db, s.facilitator, s.sectorId('Farming'), {
			text: 'Los campesinos pierden el control de los datos de sus tierras',
			lang: 'es'
		}).id;
		const words = await themes.proposeEventThemes(s.db, s.facilitator, '2');
		expect(words.meaning).toEqual({ use: 'languages', notEnglish: 1 });
		expect(listMeaning(s.db, s.event.id).size).toBe(0);

		writeRendering(s.db, s.facilitator, spanish, {
			text: 'Farmers lose control of the data of their land'
		});
		const both = await themes.proposeEventThemes(s.db, s.facilitator, '2');
		expect(both.meaning).toEqual({ use: 'used', notEnglish: 0 });
		expect(listMeaning(s.db, s.event.id).get(spanish)!.key).toBe(
			meaningKey('Farmers lose control of the data of their land')
		);
	}, 60_000);

	it('is left out above the number of statements it can read in time', () => {
		const s = englishEvent();
		const many = (n: number) =>
			Array.from({ length: n }, (_, i) => ({ id: String(i + 1), text: 'Farmers lose their data' }));
		expect(planMeaning(s.db, s.event.id, many(MEANING_LIMIT)).use).toBe('used');
		const over = planMeaning(s.db, s.event.id, many(MEANING_LIMIT + 1));
		expect(over.use).toBe('size');
		expect(over.embed).toEqual([]);
	});

	it('is left out when the server turns it off, and the preview says how it would group', async () => {
		const s = englishEvent();
		vi.stubEnv('CONVERGE_MEANING', 'off');
		const off = await themes.proposeEventThemes(s.db, s.facilitator, '2');
		expect(off.meaning.use).toBe('off');
		expect(listMeaning(s.db, s.event.id).size).toBe(0);
		vi.unstubAllEnvs();
		const preview = await themes.previewProposal(s.db, s.facilitator, '2');
		expect(preview.meaning.use).toBe('used');
	}, 60_000);
});
