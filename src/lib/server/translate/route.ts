/**
 * Which machine translation modes take a text from one language to another: a direct mode, or two
 * through a pivot (Apertium has Portuguese and French to Spanish, and Spanish to English). Pure:
 * the modes come from `apertium -l`.
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
