import { describe, expect, it } from 'vitest';
import {
	contentItems,
	localise,
	pieceLang,
	readingLanguage,
	translationStatus,
	type ContentTranslation
} from './content-translation';
import type { ManifestoInput } from './manifesto';

const input: ManifestoInput = {
	event: {
		name: 'Digital justice',
		slug: 'dj',
		description: '',
		place: 'Bangkok',
		startsOn: null,
		endsOn: null
	},
	sectors: [{ id: 1, name: 'Labour', colour: '#000' }],
	statements: [
		{ id: 5, sectorId: 1, title: '', text: 'Riders are fired by apps', actorType: null }
	],
	themes: [
		{ id: 7, label: 'Algorithmic control', memberIds: [5] },
		{ id: 8, label: 'Empty theme', memberIds: [] }
	],
	sections: [{ id: 3, title: 'Work', position: 1 }],
	pointers: [
		{
			id: 9,
			sectionId: 3,
			title: 'Workers decide',
			body: 'No one is fired by an app.',
			position: 1,
			themeIds: [7],
			roundIds: []
		}
	],
	actions: [
		{
			id: 11,
			pointerId: 9,
			description: 'Model clause',
			organisation: '',
			timeline: '',
			status: 'planned',
			position: 1
		}
	],
	outcomes: [],
	votes: []
};

const tr = (
	key: [ContentTranslation['kind'], number, ContentTranslation['field']],
	lang: string,
	source: string,
	text: string,
	origin: 'person' | 'machine' = 'person'
): ContentTranslation => ({
	kind: key[0],
	refId: key[1],
	field: key[2],
	lang,
	source,
	text,
	origin
});

describe('the event’s text in another language', () => {
	it('lists the pieces a reader meets, leaving out empty ones and themes holding nothing', () => {
		expect(contentItems(input).map((i) => `${i.kind}:${i.refId}:${i.field}`)).toEqual([
			'event:0:name',
			'sector:1:name',
			'section:3:title',
			'pointer:9:title',
			'pointer:9:body',
			'action:11:description',
			'theme:7:label'
		]);
	});

	it('replaces a piece whose translation fits its original, and keeps the rest as written', () => {
		const l = localise(
			input,
			[
				tr(['pointer', 9, 'title'], 'fr', 'Workers decide', 'Les travailleurs décident'),
				// made from an older original: out of date, not shown
				tr(['section', 3, 'title'], 'fr', 'Labour', 'Travail'),
				// another language
				tr(['sector', 1, 'name'], 'es', 'Labour', 'Trabajo')
			],
			'fr',
			'en',
			new Map([[5, { lang: 'th', rendering: { lang: 'en', title: '', text: 'Riders are fired' } }]])
		);
		expect(l.input.pointers[0].title).toBe('Les travailleurs décident');
		expect(l.input.sections[0].title).toBe('Work');
		expect(l.input.sectors[0].name).toBe('Labour');
		expect(l.untranslated).toContain('section:3:title');
		expect(l.untranslated).not.toContain('pointer:9:title');
		expect(l.input.statements[0]).toMatchObject({
			text: 'Riders are fired by apps',
			lang: 'th',
			rendering: { text: 'Riders are fired' }
		});
		const reading = { lang: 'fr', original: 'en', untranslated: l.untranslated, languages: [] };
		expect(pieceLang(reading, 'pointer', 9, 'title')).toBe('fr');
		expect(pieceLang(reading, 'section', 3, 'title')).toBe('en');
		expect(pieceLang(null, 'section', 3, 'title')).toBeUndefined();
		// read in the working language: nothing replaced, nothing untranslated
		expect(localise(input, [], 'en', 'en').untranslated).toEqual([]);
	});

	it('counts per kind what is translated, what a machine drafted, what is out of date', () => {
		const items = contentItems(input);
		const status = translationStatus(
			items,
			[
				tr(['pointer', 9, 'title'], 'fr', 'Workers decide', 'Les travailleurs décident'),
				tr(['pointer', 9, 'body'], 'fr', 'No one is fired by an app.', 'Personne…', 'machine'),
				tr(['section', 3, 'title'], 'fr', 'Labour', 'Travail')
			],
			'fr'
		);
		expect(status.total).toBe(items.length);
		expect(status.translated).toBe(2);
		expect(status.machine).toBe(1);
		expect(status.kinds.find((k) => k.kind === 'pointer')).toEqual({
			kind: 'pointer',
			total: 2,
			translated: 2,
			machine: 1,
			outdated: 0
		});
		expect(status.kinds.find((k) => k.kind === 'section')).toMatchObject({ outdated: 1 });
	});

	it('reads in the language asked for, else the interface’s, else the working one', () => {
		const langs = ['en', 'fr', 'th'];
		expect(readingLanguage('th', 'fr', langs, 'en')).toBe('th');
		expect(readingLanguage('de', 'fr', langs, 'en')).toBe('fr');
		expect(readingLanguage(null, 'es', langs, 'en')).toBe('en');
	});
});
