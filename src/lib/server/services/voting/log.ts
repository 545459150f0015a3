/** The change log of voting: every round created, opened, closed or promoted from. */
import type { Db } from '../../db/connection';
import { appendChange } from '../../db/change-log';
import type { Actor } from '$lib/domain/types';
import { now } from '../clock';

/** Appends a voting step to the event's change log. */
export function log(db: Db, a: Actor, action: string, id: number, before: unknown, after: unknown) {
	appendChange(
		db,
		{
			eventId: a.eventId,
			actorId: a.participantId,
			actorRole: a.role,
			action,
			entity: 'round',
			entityId: id,
			before,
			after
		},
		now()
	);
}
