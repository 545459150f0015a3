/**
 * An interpreter's list: every live statement written in a language other than the event's working
 * language, grouped by what its rendering needs — none yet, a machine draft to check, or done by a
 * person. Facilitators see it too.
 */
import type { Db } from '../db/connection';
import { listStatements } from '../db/statements';
import { getEvent, listSectors } from '../db/events';
import type { Actor } from '$lib/domain/types';
import { requireRole } from './access';
import { workingRenderings, type Rendering } from './renderings';

export interface QueueItem {
	id: number;
	title: string;
	text: string;
	lang: string;
	sector: { name: string; colour: string };
	rendering: Pick<Rendering, 'title' | 'text' | 'origin' | 'updatedAt'> | null;
}

export interface TranslationQueue {
	/** the working language (null: the event has none yet, so nothing is rendered) */
	working: string | null;
	missing: QueueItem[];
	machine: QueueItem[];
	person: QueueItem[];
}

/** The statements that need or have a rendering in the working language, newest first in each group. */
export function translationQueue(db: Db, actor: Actor | null): TranslationQueue {
	const a = requireRole(actor, 'translator', 'facilitator');
	const working = getEvent(db, a.eventId).workingLanguage;
	const queue: TranslationQueue = { working, missing: [], machine: [], person: [] };
	if (!working) return queue;
	const sectors = new Map(listSectors(db, a.eventId).map((s) => [s.id, s]));
	const renderings = workingRenderings(db, a.eventId);
	for (const s of listStatements(db, a.eventId)) {
		if (s.lang === null || s.lang === working) continue;
		const r = renderings.get(s.id);
		const sector = sectors.get(s.sectorId);
		const item: QueueItem = {
			id: s.id,
			title: s.title,
			text: s.text,
			lang: s.lang,
			sector: { name: sector?.name ?? '', colour: sector?.colour ?? '' },
			rendering: r
				? { title: r.title, text: r.text, origin: r.origin, updatedAt: r.updatedAt }
				: null
		};
		queue[r ? r.origin : 'missing'].push(item);
	}
	return queue;
}
