import { describe, expect, it } from 'vitest';
import { parseLibreLanguages, parseModes, plan, route } from './route';

// what `apertium -l` prints with apertium-eng-spa, apertium-es-pt and apertium-fr-es installed
const LISTING = `  eco-es-fr
  eco-fr-es
  eng-spa
  es-fr
  es-pt
  es-pt_BR
  fr-es
  pt-es
  spa-eng
  spa-eng_US
`;

describe('machine translation routes', () => {
	const modes = parseModes(LISTING);

	it('reads the plain modes with two-letter languages, leaving variants out', () => {
		expect(modes.map((m) => `${m.from}>${m.to}`)).toEqual([
			'en>es',
			'es>fr',
			'es>pt',
			'fr>es',
			'pt>es',
			'es>en'
		]);
	});

	it('goes direct where it can, and through Spanish for Portuguese and French to English', () => {
		expect(route(modes, 'es', 'en')).toEqual(['spa-eng']);
		expect(route(modes, 'pt', 'en')).toEqual(['pt-es', 'spa-eng']);
		expect(route(modes, 'fr', 'en')).toEqual(['fr-es', 'spa-eng']);
		expect(route(modes, 'en', 'pt')).toEqual(['eng-spa', 'es-pt']);
		expect(route(modes, 'en', 'en')).toEqual([]);
	});

	it('has no route for a language no mode knows', () => {
		expect(route(modes, 'th', 'en')).toBeNull();
		expect(route(modes, 'en', 'th')).toBeNull();
		expect(route([], 'es', 'en')).toBeNull();
	});
});

describe('choosing the engine for a pair', () => {
	const modes = parseModes(LISTING);
	const libre = parseLibreLanguages([
		{ code: 'en', name: 'English', targets: ['es', 'th'] },
		{ code: 'es', name: 'Spanish', targets: ['en'] },
		{ code: 'th', name: 'Thai', targets: ['en'] }
	]);

	it('prefers Apertium wherever its modes reach, pivot included', () => {
		expect(plan(modes, libre, 'es', 'en')).toEqual({ engine: 'apertium', modes: ['spa-eng'] });
		expect(plan(modes, libre, 'pt', 'en')).toEqual({
			engine: 'apertium',
			modes: ['pt-es', 'spa-eng']
		});
	});

	it('asks LibreTranslate for a pair Apertium lacks, when the server lists it', () => {
		expect(plan(modes, libre, 'th', 'en')).toEqual({ engine: 'libretranslate' });
		expect(plan(modes, libre, 'en', 'th')).toEqual({ engine: 'libretranslate' });
		// listed languages, but not this pair; or no server configured
		expect(plan(modes, libre, 'th', 'es')).toBeNull();
		expect(plan(modes, null, 'th', 'en')).toBeNull();
	});

	it('reads an older server without targets as reaching every language it lists', () => {
		const old = parseLibreLanguages([
			{ code: 'EN', name: 'English' },
			{ code: 'th', name: 'Thai' }
		]);
		expect([...old.get('en')!]).toEqual(['th']);
		expect([...old.get('th')!]).toEqual(['en']);
		expect(() => parseLibreLanguages({ error: 'x' })).toThrow(/list of languages/);
		expect(() => parseLibreLanguages([{ name: 'English' }])).toThrow(/without a code/);
	});
});
