/**
 * Curating themes by hand: describe, accept or discard, create, merge and split (moving
 * statements between themes is in `members.ts`). Each is one step (see `step.ts`) that undo can
 * take back.
 */
import type { Db } from '../../db/connection';
import * as repo from '../../db/themes';
import type { Actor } from '$lib/domain/types';
import { normaliseText, textError } from '$lib/domain/text';
import { THEME_DESCRIPTION_MAX, THEME_LABEL_MAX } from '$lib/domain/theme-rules';
import { requireRole } from '../access';
import { ensure, Refusal } from '../errors';
import { activeStatement, curate, staleTheme } from './step';
import { removeThemes } from './holds';

/** A theme's label under the text rules; a control character reads as too long, as it always has. */
function checkedLabel(raw: unknown): string {
	const label = normaliseText(typeof raw === 'string' ? raw : '');
	const problem = textError(label, { kind: 'line', max: THEME_LABEL_MAX, min: 1 });
	if (problem)
		throw new Refusal('invalid', { label: problem === 'required' ? 'required' : 'too_long' });
	return label;
}

function checkedDescription(raw: unknown): string {
	const description = normaliseText(typeof raw === 'string' ? raw : '');
	const problem = textError(description, { kind: 'block', max: THEME_DESCRIPTION_MAX });
	if (problem) throw new Refusal('invalid', { description: problem });
	return description;
}

/** Renames a theme and writes its description. */
export function describeTheme(
	db: Db,
	actor: Actor | null,
	themeId: number,
	raw: { label?: unknown; description?: unknown },
	version?: number
) {
	const a = requireRole(actor, 'facilitator');
	const label = checkedLabel(raw.label);
	const description = checkedDescription(raw.description);
	return curate(db, a, 'themes.describe', [themeId], { [themeId]: version }, (t) => {
		const theme = repo.findTheme(db, a.eventId, themeId)!;
		repo.updateTheme(db, themeId, { label, description, status: theme.status }, t);
	});
}

/** Accepts, locks, discards or reopens (back to proposed) a theme. */
export function setThemeStatus(
	db: Db,
	actor: Actor | null,
	themeId: number,
	status: unknown,
	version?: number
) {
	const a = requireRole(actor, 'facilitator');
	if (
		status !== 'proposed' &&
		status !== 'accepted' &&
		status !== 'locked' &&
		status !== 'discarded'
	)
		throw new Refusal('invalid', { status: 'invalid' });
	return curate(db, a, `themes.${status}`, [themeId], { [themeId]: version }, (t) => {
		const theme = repo.findTheme(db, a.eventId, themeId)!;
		repo.updateTheme(
			db,
			themeId,
			{ label: theme.label, description: theme.description, status },
			t
		);
	});
}

/** Creates a theme by hand, optionally with statements moved into it. */
export function createManualTheme(
	db: Db,
	actor: Actor | null,
	rawLabel: unknown,
	statementIds: number[] = []
) {
	const a = requireRole(actor, 'facilitator');
	const label = checkedLabel(rawLabel);
	for (const id of statementIds) activeStatement(db, a.eventId, id);
	let id = 0;
	curate(db, a, 'themes.create', [], {}, (t) => {
		id = repo.createTheme(
			db,
			a.eventId,
			{
				label,
				description: '',
				status: 'accepted',
				origin: 'manual',
				keyPhrases: [],
				representativeId: statementIds[0] ?? null,
				crossSector: 0,
				cohesion: 0,
				edited: true
			},
			t
		);
		for (const s of statementIds)
			repo.upsertMember(
				db,
				{ themeId: id, statementId: s, similarity: null, sharedTerms: [], origin: 'manual' },
				t
			);
		return [id];
	});
	return id;
}

/**
 * Merges one theme into another: its statements join the target, which may take a new label. The
 * source is deleted, so a source that a vote round, a ballot or a pointer holds is refused (merge
 * the other way, into it, instead).
 */
export function mergeThemes(
	db: Db,
	actor: Actor | null,
	source: number,
	target: number,
	rawLabel?: unknown,
	versions: Record<number, number | undefined> = {}
) {
	const a = requireRole(actor, 'facilitator');
	ensure(source !== target, 'invalid');
	const label = rawLabel === undefined || rawLabel === '' ? null : checkedLabel(rawLabel);
	return curate(db, a, 'themes.merge', [source, target], versions, (t) => {
		const targetTheme = repo.findTheme(db, a.eventId, target)!;
		const members = repo.listThemeMembers(db, source);
		// the source goes: refused, before anything is written, while a round, ballot or pointer holds it
		removeThemes(db, a.eventId, [source], 'merge', target);
		for (const m of members) repo.upsertMember(db, { ...m, themeId: target, origin: 'manual' }, t);
		repo.updateTheme(
			db,
			target,
			{
				label: label ?? targetTheme.label,
				description: targetTheme.description,
				status: targetTheme.status
			},
			t
		);
	});
}

/** Splits the chosen statements out of a theme into a new one. */
export function splitTheme(
	db: Db,
	actor: Actor | null,
	themeId: number,
	statementIds: number[],
	rawLabel: unknown,
	version?: number
) {
	const a = requireRole(actor, 'facilitator');
	const label = checkedLabel(rawLabel);
	if (statementIds.length === 0) throw new Refusal('invalid', { statements: 'required' });
	let id = 0;
	curate(db, a, 'themes.split', [themeId], { [themeId]: version }, (t) => {
		const members = repo.listThemeMembers(db, themeId);
		if (!statementIds.every((s) => members.some((m) => m.statementId === s)))
			throw staleTheme(db, a.eventId, themeId);
		id = repo.createTheme(
			db,
			a.eventId,
			{
				label,
				description: '',
				status: 'accepted',
				origin: 'manual',
				keyPhrases: [],
				representativeId: statementIds[0],
				crossSector: 0,
				cohesion: 0,
				edited: true
			},
			t
		);
		for (const s of statementIds) {
			const m = members.find((x) => x.statementId === s)!;
			repo.deleteMember(db, themeId, s);
			repo.upsertMember(db, { ...m, themeId: id, origin: 'manual' }, t);
		}
		repo.touchTheme(db, themeId, t);
		return [id];
	});
	return id;
}
