/**
 * The event's own text in its other languages: what there is to translate (the pieces a reader of
 * the manifesto and the papers meets), each language's status, a translation written by a person
 * or drafted by machine translation. Facilitators translate; so do translators.
 */
import type { Db } from '../db/connection';
import * as repo from '../db/content-translations';
import { getEvent } from '../db/events';
import { findVersion } from '../db/manifesto-versions';
import { listThemes } from '../db/themes';
import { appendChange } from '../db/change-log';
import {
	contentItems,
	contentKey,
	currentTranslations,
	isContentField,
	translationStatus,
	type ContentItem
} from '$lib/domain/content-translation';
import { ruleOf, translationTarget } from '$lib/domain/content-translation-schema';
import { check } from '$lib/domain/text-schema';
import type { Actor, Role } from '$lib/domain/types';
import { requireRole } from './access';
import { ensure, Refusal } from './errors';
import { now } from './clock';
import { publish } from '../live';
import { manifestoInput } from './manifesto-read';
import { translateAll } from '../translate/apertium';

/** Who translates the event's text. */
export const TRANSLATING: readonly Role[] = ['facilitator', 'translator'];

/** The languages the event's text is translated into: its languages but the working one. */
function targetsOf(db: Db, eventId: number) {
	const event = getEvent(db, eventId);
	const working = event.workingLanguage;
	return {
		event,
		working,
		targets: working ? event.languages.filter((l) => l !== working) : []
	};
}

/**
 * The pieces to translate: the draft's, and those of the latest published version the draft no
 * longer holds (its readers meet them still). A piece the draft rewords is offered as reworded.
 */
export function translatableItems(db: Db, eventId: number): ContentItem[] {
	const input = manifestoInput(db, eventId);
	// a theme's description is read on the ballot, beside its title
	const described = new Set(input.themes.filter((t) => t.memberIds.length).map((t) => t.id));
	const draft = [
		...contentItems(input),
		...listThemes(db, eventId)
			.filter((t) => described.has(t.id) && t.description.trim())
			.map((t) => ({
				kind: 'theme' as const,
				refId: t.id,
				field: 'description' as const,
				text: t.description
			}))
	];
	const latest = findVersion(db, eventId);
	if (!latest) return draft;
	const have = new Set(draft.map((i) => contentKey(i.kind, i.refId, i.field)));
	return [
		...draft,
		...contentItems(latest.input).filter((i) => !have.has(contentKey(i.kind, i.refId, i.field)))
	];
}

/**
 * The event's name as a reader of `locale` reads it: translated when the event has that language
 * and a translation of its current name; else as written, in the working language.
 */
export function eventNameIn(
	db: Db,
	event: { id: number; name: string; languages: string[]; workingLanguage: string | null },
	locale: string
): { text: string; lang: string | null } {
	const asWritten = { text: event.name, lang: event.workingLanguage };
	if (!event.workingLanguage || locale === event.workingLanguage) return asWritten;
	if (!event.languages.includes(locale)) return asWritten;
	const t = repo
		.listTranslations(db, event.id, locale)
		.find((x) => x.kind === 'event' && x.field === 'name' && x.source === event.name);
	return t ? { text: t.text, lang: locale } : asWritten;
}

/** Each language's status ("French: 14 of 16 pointers translated, 2 machine drafts unchecked"). */
export function translationStatuses(db: Db, actor: Actor | null) {
	const a = requireRole(actor, ...TRANSLATING);
	const { working, targets } = targetsOf(db, a.eventId);
	const items = translatableItems(db, a.eventId);
	const all = repo.listTranslations(db, a.eventId);
	return { working, statuses: targets.map((lang) => translationStatus(items, all, lang)) };
}

/** The translator's view of one language: every piece with its original and where it stands. */
export function translationSheet(db: Db, actor: Actor | null, asked: string | null) {
	const a = requireRole(actor, ...TRANSLATING);
	const { working, targets } = targetsOf(db, a.eventId);
	const lang = asked && targets.includes(asked) ? asked : (targets[0] ?? null);
	if (!working || !lang)
		return { working, targets, lang: null, status: null, statuses: [], pieces: [] };
	const items = translatableItems(db, a.eventId);
	const all = repo.listTranslations(db, a.eventId);
	const mine = all.filter((t) => t.lang === lang);
	const current = currentTranslations(items, mine, lang);
	const stored = new Map(mine.map((t) => [contentKey(t.kind, t.refId, t.field), t]));
	return {
		working,
		targets,
		lang,
		status: translationStatus(items, mine, lang),
		/** every language's status, from the same reading */
		statuses: targets.map((l) => translationStatus(items, all, l)),
		pieces: items.map((i) => {
			const key = contentKey(i.kind, i.refId, i.field);
			const t = current.get(key) ?? null;
			const old = stored.get(key);
			return {
				...i,
				key,
				translation: t?.text ?? '',
				state: t ? t.origin : old ? ('outdated' as const) : ('missing' as const),
				/** what the last translation said, when its original has changed since */
				previous: !t && old ? old.text : null
			};
		})
	};
}

/**
 * Writes (or, with an empty text, removes) one translation. `source` is the original the
 * translator saw: when the piece has changed since, the form is stale and refused.
 */
export function writeTranslation(db: Db, actor: Actor | null, raw: Record<string, unknown>): void {
	const a = requireRole(actor, ...TRANSLATING);
	const target = check(translationTarget, raw);
	if (!target.ok) throw new Refusal('invalid', target.errors);
	const { kind, refId, field, lang, source } = target.value;
	ensure(isContentField(kind, field), 'invalid', { field: 'invalid' });
	const { targets } = targetsOf(db, a.eventId);
	ensure(targets.includes(lang), 'invalid', { lang: 'invalid' });
	const rule = ruleOf(kind, field)!;
	const parsed = rule.safeParse(raw.text);
	if (!parsed.success) throw new Refusal('invalid', { text: parsed.error.issues[0].message });
	const text = parsed.data;
	db.transaction(() => {
		const piece = translatableItems(db, a.eventId).find(
			(i) => i.kind === kind && i.refId === refId && i.field === field
		);
		ensure(piece, 'not_found');
		// the original changed while the translator wrote: they must see the new one first
		ensure(piece.text === source, 'conflict', { text: 'original_changed' });
		const t = now();
		if (text)
			repo.putTranslation(
				db,
				a.eventId,
				{ kind, refId, field, lang, source, text, origin: 'person', writtenBy: a.participantId },
				t
			);
		else repo.deleteTranslation(db, a.eventId, { kind, refId, field, lang });
		appendChange(
			db,
			{
				eventId: a.eventId,
				actorId: a.participantId,
				actorRole: a.role,
				action: 'content.translate',
				entity: kind === 'event' ? 'event' : kind,
				entityId: kind === 'event' ? a.eventId : refId,
				before: null,
				after: { field, lang, text }
			},
			t
		);
	})();
	publish(a.eventId, 'manifesto');
}

/**
 * Drafts by machine translation every piece of language `lang` without a current translation (a
 * person's translation is never replaced; an out-of-date one is). Returns how many were drafted;
 * null when no installed engine takes the working language to `lang`.
 */
export async function draftTranslations(
	db: Db,
	actor: Actor | null,
	lang: unknown
): Promise<number | null> {
	const a = requireRole(actor, ...TRANSLATING);
	const { working, targets } = targetsOf(db, a.eventId);
	ensure(typeof lang === 'string' && targets.includes(lang) && working, 'invalid', {
		lang: 'invalid'
	});
	const items = translatableItems(db, a.eventId);
	const current = currentTranslations(items, repo.listTranslations(db, a.eventId, lang), lang);
	const todo = items.filter((i) => !current.has(contentKey(i.kind, i.refId, i.field)));
	if (todo.length === 0) return 0;
	// a text of several paragraphs goes paragraph by paragraph, and comes back in paragraphs
	const paragraphs = todo.map((i) =>
		i.text
			.split(/\n\s*\n/)
			.map((p) => p.trim())
			.filter(Boolean)
	);
	const flat = await translateAll(paragraphs.flat(), working, lang);
	if (!flat) return null;
	let next = 0;
	const out = paragraphs.map((ps) => flat.slice(next, (next += ps.length)).join('\n\n'));
	return db.transaction(() => {
		const t = now();
		// written while the drafts were made: a person's translation stays
		const still = currentTranslations(
			translatableItems(db, a.eventId),
			repo.listTranslations(db, a.eventId, lang),
			lang
		);
		let n = 0;
		todo.forEach((i, at) => {
			const draft = out[at]?.trim();
			if (!draft || still.has(contentKey(i.kind, i.refId, i.field))) return;
			const rule = ruleOf(i.kind, i.field)!.safeParse(draft);
			if (!rule.success || !rule.data) return;
			repo.putTranslation(
				db,
				a.eventId,
				{ ...i, lang, source: i.text, text: rule.data, origin: 'machine', writtenBy: null },
				t
			);
			n++;
		});
		appendChange(
			db,
			{
				eventId: a.eventId,
				actorId: a.participantId,
				actorRole: a.role,
				action: 'content.draft_translations',
				entity: 'event',
				entityId: a.eventId,
				before: null,
				after: { lang, drafted: n }
			},
			t
		);
		publish(a.eventId, 'manifesto');
		return n;
	})();
}
