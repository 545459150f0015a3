/**
 * The one home of the rules every piece of user text follows: how it is normalised, which
 * characters it may hold, and its length. Plain functions without a library, so the browser can
 * run them as they are; `text-schema.ts` wraps them into the zod schemas the services validate
 * forms with. Forms, services and the event file all use these, so what one accepts the others
 * accept too.
 */

// C0 controls but tab and line feed (CR included: text is normalised first), DEL, C1 controls
// and the noncharacters U+FFFE/U+FFFF: invisible, and they break exports (XML, CSV, JSON) or a
// screen reader.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
// Half of a surrogate pair without its other half is no character, and no UTF-8 can carry it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every line ending (CRLF, a lone CR) as a line feed. */
export function unifyLineEndings(value: string): string {
	return value.replace(/\r\n?/g, '\n');
}

/** Line endings unified and Unicode composed, so equal-looking texts compare equal. */
export function normaliseText(value: string): string {
	return unifyLineEndings(value).normalize('NFC').trim();
}

/** True when a block of text holds a control character other than tab and line feed. */
export function hasBlockControl(value: string): boolean {
	return INVISIBLE.test(value) || LONE_SURROGATE.test(value);
}

/** True when a one-line text holds a control character, a tab or a line break. */
export function hasLineControl(value: string): boolean {
	return /[\t\n]/.test(value) || hasBlockControl(value);
}

// What text a document may carry whatever it was stored with: tab and line breaks stay, the rest
// of what the rules refuse goes (XML 1.0 forbids the C0 controls, U+FFFE/U+FFFF and lone
// surrogates outright; DEL and the C1 controls are invisible and Word stumbles on them).
const UNCARRIED = new RegExp(
	`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]|${LONE_SURROGATE.source}`,
	'g'
);

/**
 * The text with every character an export cannot carry taken out (a lone surrogate becomes U+FFFD,
 * the replacement character, so that a broken character still shows where it was). Text saved
 * through the rules is returned as it is; older or imported rows never break a document.
 */
export function carriedText(value: string): string {
	return value.replace(UNCARRIED, (c) =>
		c.length === 1 && c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : ''
	);
}

/** A value with `carriedText` applied to every string in it (arrays and plain objects walked). */
export function carriedDeep<T>(value: T): T {
	if (typeof value === 'string') return carriedText(value) as T;
	if (Array.isArray(value)) return value.map(carriedDeep) as T;
	if (
		value !== null &&
		typeof value === 'object' &&
		Object.getPrototypeOf(value) === Object.prototype
	)
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, carriedDeep(v)])) as T;
	return value;
}

/** Error codes of the text rules, which the interface turns into words. */
export type TextError = 'required' | 'control_chars' | 'too_long' | 'too_short';

export interface TextRule {
	/** at most this many characters (after normalising) */
	max: number;
	/** at least this many; 1 means required */
	min?: number;
	/** one line (a name, a title, a label) or a block of text over several lines */
	kind: 'line' | 'block';
}

/** The first rule a normalised text breaks, or null when it keeps them all. */
export function textError(value: string, rule: TextRule): TextError | null {
	if (rule.kind === 'line' ? hasLineControl(value) : hasBlockControl(value)) return 'control_chars';
	const min = rule.min ?? 0;
	if (min > 0 && value.length === 0) return 'required';
	if (value.length < min) return 'too_short';
	if (value.length > rule.max) return 'too_long';
	return null;
}

/** Codes to report instead of the generic ones, per field (for example `title_too_long`). */
export type TextCodes = Partial<Record<TextError, string>>;

/** Field name → error code, the first problem of each field. */
export type FieldErrors = Record<string, string>;
