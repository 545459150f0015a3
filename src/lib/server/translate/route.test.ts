import { describe, expect, it } from 'vitest';
import { parseModes, route } from './route';

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
