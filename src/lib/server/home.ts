/** Where each role lands in an event. */
import type { Actor, EventInfo } from '$lib/domain/types';

/** The page a person starts from after opening their link. */
export function homeOf(event: EventInfo, actor: Actor): string {
	if (actor.role === 'facilitator') return `/e/${event.slug}/facilitate`;
	if (actor.role === 'rapporteur') return `/e/${event.slug}/s/${actor.sectorId}`;
	if (actor.role === 'translator') return `/e/${event.slug}/translate`;
	return `/e/${event.slug}`;
}
