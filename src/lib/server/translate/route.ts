/**
 * Which machine translation takes a text from one language to another: Apertium's modes, a direct
 * one or two through a pivot (Apertium has Portuguese and French to Spanish, and Spanish to
 * English), else a self-hosted LibreTranslate server that lists the pair. Pure: the modes come
 * from `apertium -l`, the server's pairs from its `GET /languages`.
 */
import { toISO2 } from 'tinyld';

/** A mode's language as a two-letter code ("spa" → "es"); two-letter ones stay. */
const twoLetter = (code: string) => (code.length === 2 ? code : toISO2(code) || code);

/** A mode as `apertium -l` lists it ("spa-eng", "es-pt"), from and to as two-letter codes. */
export interface Mode {
	name: string;
	from: string;
	to: string;
}

/**
 * The plain modes of a listing: one per line; variants ("es-pt_BR") and special modes
 * ("eco-es-fr", "-chunker") left out.
 */
export function parseModes(listing: string): Mode[] {
	const out: Mode[] = [];
	for (const raw of listing.split('\n')) {
		const name = raw.trim();
		const m = /^([a-z]{2,3})-([a-z]{2,3})$/.exec(name);
		if (!m) continue;
		const [from, to] = [twoLetter(m[1]), twoLetter(m[2])];
		if (from.length === 2 && to.length === 2 && from !== to) out.push({ name, from, to });
	}
	return out;
}

/** The modes to run one after the other from `from` to `to` (at most two), or null when none. */
export function route(modes: readonly Mode[], from: string, to: string): string[] | null {
	if (from === to) return [];
	const direct = modes.find((m) => m.from === from && m.to === to);
	if (direct) return [direct.name];
	for (const first of modes.filter((m) => m.from === from)) {
		const second = modes.find((m) => m.from === first.to && m.to === to);
		if (second) return [first.name, second.name];
	}
	return null;
}

/** The pairs a LibreTranslate server offers: each source language with the targets it reaches. */
export type LanguagePairs = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The pairs of a LibreTranslate server's `GET /languages` answer (`[{ code, name, targets }]`);
 * a server too old to list `targets` reaches every language it lists. Throws on another shape.
 */
export function parseLibreLanguages(body: unknown): LanguagePairs {
	if (!Array.isArray(body)) throw new TypeError('expected a list of languages');
	const languages = body.map((l) => {
		const code = (l as { code?: unknown })?.code;
		if (typeof code !== 'string' || !code) throw new TypeError('a language without a code');
		const targets = (l as { targets?: unknown }).targets;
		return {
			code: code.toLowerCase(),
			targets: Array.isArray(targets)
				? targets.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase())
				: null
		};
	});
	const all = languages.map((l) => l.code);
	return new Map(
		languages.map((l) => [l.code, new Set((l.targets ?? all).filter((t) => t !== l.code))])
	);
}

/** How a text goes from one language to another: Apertium's modes in turn, or a LibreTranslate server. */
export type Plan = { engine: 'apertium'; modes: string[] } | { engine: 'libretranslate' };

/**
 * The engine for a pair: Apertium when its modes reach it (directly or through a pivot), since it
 * runs on this machine; otherwise the LibreTranslate server when one is configured and lists the
 * pair (`libre` null: none configured); otherwise null.
 */
export function plan(
	modes: readonly Mode[],
	libre: LanguagePairs | null,
	from: string,
	to: string
): Plan | null {
	const steps = route(modes, from, to);
	if (steps) return { engine: 'apertium', modes: steps };
	if (libre?.get(from)?.has(to)) return { engine: 'libretranslate' };
	return null;
}
