import { describe, expect, it } from 'vitest';
import * as m from '$lib/paraglide/messages';
import { locales } from '$lib/paraglide/runtime';

/** Any input a message asks for: a number that takes the plural branch, which also reads as text. */
const inputs = new Proxy({}, { get: () => 2 });

describe('every message', () => {
	const entries = Object.entries(m).filter(([, fn]) => typeof fn === 'function') as [
		string,
		(i: unknown, o: { locale: string }) => string
	][];

	it('exists', () => expect(entries.length).toBeGreaterThan(300));

	it.each(locales)('renders in %s instead of falling back to its key', (locale) => {
		const broken = entries.filter(([key, fn]) => {
			const out = fn(inputs, { locale });
			return typeof out !== 'string' || (key.includes('_') && out === key) || out.trim() === '';
		});
		expect(broken.map(([key]) => key)).toEqual([]);
	});
});
