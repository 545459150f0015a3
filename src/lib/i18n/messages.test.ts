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

describe('every language', () => {
	type Message =
		string | [{ declarations: string[]; selectors: string[]; match: Record<string, string> }];
	// the message files as written, read by the bundler (no file system in a pure module)
	const files = import.meta.glob<Record<string, Message>>('../../../messages/*.json', {
		eager: true,
		import: 'default'
	});
	const read = (locale: string) => files[`../../../messages/${locale}.json`];
	const english = read('en');
	/** The inputs a message takes: its {placeholders}, or the inputs a plural message declares. */
	const inputsOf = (v: Message) =>
		typeof v === 'string'
			? [...new Set([...v.matchAll(/\{(\w+)\}/g)].map((x) => x[1]))].sort()
			: v[0].declarations
					.filter((d) => d.startsWith('input '))
					.map((d) => d.slice(6))
					.sort();

	it.each(locales.filter((l) => l !== 'en'))(
		'%s has every message of English, written for it, with the same inputs',
		(locale) => {
			const other = read(locale);
			expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
			const wrong = Object.keys(english).filter(
				(k) => k !== '$schema' && inputsOf(english[k]).join() !== inputsOf(other[k]).join()
			);
			expect(wrong).toEqual([]);
			// a plural message offers a form for every count (the catch-all) in each language
			const noCatchAll = Object.entries(other).filter(
				([, v]) =>
					Array.isArray(v) &&
					v[0].selectors.length > 0 &&
					!Object.keys(v[0].match).some((key) =>
						key.split(',').every((p) => p.trim().endsWith('=*'))
					)
			);
			expect(noCatchAll.map(([k]) => k)).toEqual([]);
		}
	);

	it.each(locales)(
		'%s prints every count it chooses a plural by in the reader’s style',
		(locale) => {
			const raw = Object.entries(read(locale)).filter(([, v]) => {
				if (!Array.isArray(v)) return false;
				const counted = v[0].declarations
					.map((d) => /^local \w+ = (\w+): plural/.exec(d)?.[1])
					.filter((x): x is string => !!x);
				const formatted = new Set(
					v[0].declarations.map((d) => /^local (\w+) = \w+: number/.exec(d)?.[1]).filter(Boolean)
				);
				return counted.some(
					(c) =>
						!formatted.has(`${c}Text`) ||
						Object.values(v[0].match).some((p) => p.includes(`{${c}}`))
				);
			});
			expect(raw.map(([k]) => k)).toEqual([]);
		}
	);
});
