/** What the consent use cases share: names of statements and people, the step's reading, the log. */
import type { Db } from '../../db/connection';
import type { LoggedChange } from '../../db/change-log';
import { appendChange } from '../../db/change-log';
import { findParticipant } from '../../db/access';
import type { Actor, Sector, Statement } from '$lib/domain/types';
import { changedStatements } from '$lib/domain/consent';
import { stepDetail, type LoggedSnapshot } from '$lib/domain/theme-steps';
import { ensure } from '../errors';
import { now } from '../clock';

/** A statement as an answer names it: its title, or the start of its text. */
export function statementLabel(s: Statement | null | undefined): string {
	if (!s) return '';
	if (s.title) return s.title;
	return s.text.length > 90 ? `${s.text.slice(0, 89).trimEnd()}…` : s.text;
}

/** Participant id → display name, each looked up once. */
export function nameCache(db: Db) {
	const names = new Map<number, string>();
	return (id: number | null) => {
		if (id === null) return '';
		if (!names.has(id)) names.set(id, findParticipant(db, id)?.displayName ?? '');
		return names.get(id)!;
	};
}

/** What a step did, in the terms the history uses. */
export const detailOf = (c: LoggedChange) =>
	stepDetail(c.action, c.before as LoggedSnapshot, c.after as LoggedSnapshot);
/** Which statements a step moved between themes. */
export const changesOf = (c: LoggedChange) =>
	changedStatements(c.action, c.before as LoggedSnapshot, c.after as LoggedSnapshot);

/** The sector a rapporteur answers for, or the sector a facilitator reads. */
export function sectorOfActor(a: Actor, sectorId?: number): number {
	if (a.role === 'rapporteur') {
		ensure(a.sectorId !== null, 'wrong_role');
		ensure(sectorId === undefined || sectorId === a.sectorId, 'other_sector');
		return a.sectorId;
	}
	ensure(sectorId !== undefined, 'not_found');
	return sectorId;
}

/** The sector of an answer as the board shows it: its name and colour (the colour never alone). */
export const sectorChip = (sectors: Map<number, Sector>, id: number) => {
	const s = sectors.get(id);
	return { id, name: s?.name ?? '', colour: s?.colour ?? '#888888' };
};

/** Logs an answer, a flag or a settlement in the change log (inside the caller's transaction). */
export function log(db: Db, a: Actor, action: string, id: number, before: unknown, after: unknown) {
	appendChange(
		db,
		{
			eventId: a.eventId,
			actorId: a.participantId,
			actorRole: a.role,
			action,
			entity: 'consent',
			entityId: id,
			before,
			after
		},
		now()
	);
}
