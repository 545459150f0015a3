/**
 * The event's own text in every event language: the event's name and description, sector names,
 * theme titles, section titles, pointer titles and texts, action plans. Each piece has its
 * original (written in the working language) and, per language, a translation that names the
 * original it was made from: a translation whose original has since changed is out of date and is
 * not shown, so a frozen version of the manifesto shows the translations of its own words. Pure.
 */
import type { ManifestoInput } from './manifesto';

export const CONTENT_KINDS = ['event', 'sector', 'theme', 'section', 'pointer', 'action'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];
export const CONTENT_FIELDS = ['name', 'description', 'label', 'title', 'body'] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

/** Which fields of which kind are translated (an action's plan is its description). */
export const FIELDS_OF: Record<ContentKind, readonly ContentField[]> = {
	event: ['name', 'description'],
	sector: ['name'],
	theme: ['label', 'description'],
	section: ['title'],
	pointer: ['title', 'body'],
	action: ['description']
};

/** One piece of the event's text, as it stands. */
export interface ContentItem {
	kind: ContentKind;
	refId: number;
	field: ContentField;
	text: string;
}

/** A translation of one piece into one language. */
export interface ContentTranslation {
	kind: ContentKind;
	refId: number;
	field: ContentField;
	lang: string;
	/** the original this translates */
	source: string;
	text: string;
	origin: 'person' | 'machine';
}

/** A piece's address: `pointer:12:body`. */
export const contentKey = (kind: ContentKind, refId: number, field: ContentField) =>
	`${kind}:${refId}:${field}`;

export const isContentKind = (v: unknown): v is ContentKind =>
	(CONTENT_KINDS as readonly unknown[]).includes(v);
export const isContentField = (kind: ContentKind, v: unknown): v is ContentField =>
	(FIELDS_OF[kind] as readonly unknown[]).includes(v);

/**
 * Every piece of the event's text a reader of the manifesto and the papers meets, in reading order
 * (empty ones left out: nothing to translate). The event's id is 0: there is one per input.
 */
export function contentItems(input: ManifestoInput): ContentItem[] {
	const out: ContentItem[] = [];
	const add = (kind: ContentKind, refId: number, field: ContentField, text: string) => {
		if (text.trim()) out.push({ kind, refId, field, text });
	};
	add('event', 0, 'name', input.event.name);
	add('event', 0, 'description', input.event.description);
	for (const s of input.sectors) add('sector', s.id, 'name', s.name);
	for (const s of [...input.sections].sort((a, b) => a.position - b.position || a.id - b.id))
		add('section', s.id, 'title', s.title);
	const actions = [...input.actions].sort((a, b) => a.position - b.position || a.id - b.id);
	for (const p of [...input.pointers].sort((a, b) => a.position - b.position || a.id - b.id)) {
		add('pointer', p.id, 'title', p.title);
		add('pointer', p.id, 'body', p.body);
		for (const a of actions.filter((x) => x.pointerId === p.id))
			add('action', a.id, 'description', a.description);
	}
	// the themes readers meet: those behind a pointer, and those holding statements (the papers)
	for (const t of input.themes) if (t.memberIds.length) add('theme', t.id, 'label', t.label);
	return out;
}

/** The translations that still fit their original, by the piece's key. */
export function currentTranslations(
	items: readonly ContentItem[],
	translations: readonly ContentTranslation[],
	lang: string
): Map<string, ContentTranslation> {
	const originals = new Map(items.map((i) => [contentKey(i.kind, i.refId, i.field), i.text]));
	const out = new Map<string, ContentTranslation>();
	for (const t of translations) {
		const key = contentKey(t.kind, t.refId, t.field);
		if (t.lang === lang && t.text.trim() && originals.get(key) === t.source) out.set(key, t);
	}
	return out;
}

/** A statement's language and its rendering for a reader in another language, for the footnotes. */
export interface StatementVoice {
	lang: string | null;
	rendering: { lang: string; title: string; text: string } | null;
}

/** The input in language `lang`, and the pieces still in the original (shown in its language). */
export interface Localised {
	input: ManifestoInput;
	/** the language the document is read in */
	lang: string;
	/** the language the originals are written in */
	original: string;
	/** keys of the pieces shown in the original, for lack of a current translation */
	untranslated: string[];
	/** how many of the pieces shown are machine drafts no person has checked */
	machine: number;
}

/**
 * The manifesto input read in `lang`: every piece with a current translation replaced by it; the
 * rest as written (listed in `untranslated`). Statements keep their words, and gain their language
 * and, for a reader in another language, their rendering (`voices`).
 */
export function localise(
	input: ManifestoInput,
	translations: readonly ContentTranslation[],
	lang: string,
	original: string,
	voices: ReadonlyMap<number, StatementVoice> = new Map()
): Localised {
	const items = contentItems(input);
	const current = lang === original ? new Map() : currentTranslations(items, translations, lang);
	const untranslated =
		lang === original
			? []
			: items.map((i) => contentKey(i.kind, i.refId, i.field)).filter((k) => !current.has(k));
	const tr = (kind: ContentKind, refId: number, field: ContentField, text: string) =>
		current.get(contentKey(kind, refId, field))?.text ?? text;
	return {
		lang,
		original,
		untranslated,
		machine: [...current.values()].filter((t) => t.origin === 'machine').length,
		input: {
			...input,
			event: {
				...input.event,
				name: tr('event', 0, 'name', input.event.name),
				description: tr('event', 0, 'description', input.event.description)
			},
			sectors: input.sectors.map((s) => ({ ...s, name: tr('sector', s.id, 'name', s.name) })),
			statements: input.statements.map((s) => {
				const voice = voices.get(s.id);
				return voice ? { ...s, lang: voice.lang, rendering: voice.rendering } : s;
			}),
			themes: input.themes.map((t) => ({ ...t, label: tr('theme', t.id, 'label', t.label) })),
			sections: input.sections.map((s) => ({ ...s, title: tr('section', s.id, 'title', s.title) })),
			pointers: input.pointers.map((p) => ({
				...p,
				title: tr('pointer', p.id, 'title', p.title),
				body: tr('pointer', p.id, 'body', p.body)
			})),
			actions: input.actions.map((a) => ({
				...a,
				description: tr('action', a.id, 'description', a.description)
			}))
		}
	};
}

/** How far one language has come, per kind of piece. */
export interface KindStatus {
	kind: ContentKind;
	/** pieces of this kind */
	total: number;
	/** with a current translation (a person's or a machine draft) */
	translated: number;
	/** of those, machine drafts no person has checked */
	machine: number;
	/** translated once, but the original has changed since */
	outdated: number;
}

/** A language's translation status: per kind, and in all. */
export function translationStatus(
	items: readonly ContentItem[],
	translations: readonly ContentTranslation[],
	lang: string
): { lang: string; kinds: KindStatus[]; total: number; translated: number; machine: number } {
	const current = currentTranslations(items, translations, lang);
	const any = new Set(
		translations
			.filter((t) => t.lang === lang && t.text.trim())
			.map((t) => contentKey(t.kind, t.refId, t.field))
	);
	const kinds = CONTENT_KINDS.map((kind) => {
		const mine = items.filter((i) => i.kind === kind);
		const keys = mine.map((i) => contentKey(i.kind, i.refId, i.field));
		const done = keys.filter((k) => current.has(k));
		return {
			kind,
			total: mine.length,
			translated: done.length,
			machine: done.filter((k) => current.get(k)!.origin === 'machine').length,
			outdated: keys.filter((k) => !current.has(k) && any.has(k)).length
		};
	}).filter((k) => k.total > 0);
	return {
		lang,
		kinds,
		total: items.length,
		translated: kinds.reduce((n, k) => n + k.translated, 0),
		machine: kinds.reduce((n, k) => n + k.machine, 0)
	};
}

/**
 * The language a reader gets: the one asked for when the event has it, else the reader's interface
 * language when the event has it, else the working language.
 */
export function readingLanguage(
	asked: string | null | undefined,
	interfaceLocale: string,
	languages: readonly string[],
	working: string
): string {
	if (asked && (asked === working || languages.includes(asked))) return asked;
	if (interfaceLocale === working || languages.includes(interfaceLocale)) return interfaceLocale;
	return working;
}

/** The language a document is read in, beside its original and the event's other languages. */
export interface Reading {
	lang: string;
	/** the working language, in which the originals are written */
	original: string;
	/** keys of the pieces shown in the original, for lack of a current translation */
	untranslated: string[];
	/** every language the document can be read in, the working one first */
	languages: string[];
	/** how many of the pieces shown are machine drafts no person has checked */
	machine?: number;
}

/** The `lang` of one piece of a document: its reading language, or the original's when untranslated. */
export function pieceLang(
	reading: Reading | null | undefined,
	kind: ContentKind,
	refId: number,
	field: ContentField
): string | undefined {
	if (!reading) return undefined;
	return reading.untranslated.includes(contentKey(kind, refId, field))
		? reading.original
		: reading.lang;
}
