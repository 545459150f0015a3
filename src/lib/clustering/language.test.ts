import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
	it.each([
		['The city should invest more in public transport for the workers', 'en'],
		['Los trabajadores de la plataforma no tienen protección social', 'es'],
		['Les agriculteurs doivent avoir accès aux données de leurs terres', 'fr'],
		['Os trabalhadores não têm acesso à proteção social e à informação', 'pt'],
		['La educación pública necesita más inversión en las escuelas rurales', 'es'],
		['', null],
		['🙂🙂🙂', null],
		['bank transactions software', null]
	])('%s -> %s', (text, lang) => {
		expect(detectLanguage(text)).toBe(lang);
	});
});
