/**
 * In-process publish/subscribe behind the server-sent-events endpoint. A notice only says what
 * changed ("themes", "statements", "event"); the pages reload their data, which stays the truth.
 */
export type Topic = 'event' | 'statements' | 'themes';
type Listener = (topic: Topic) => void;

const channels = new Map<number, Set<Listener>>();

/** Listens to the changes of one event; returns the function that stops listening. */
export function subscribe(eventId: number, listener: Listener): () => void {
	let set = channels.get(eventId);
	if (!set) channels.set(eventId, (set = new Set()));
	set.add(listener);
	return () => {
		set.delete(listener);
		if (set.size === 0) channels.delete(eventId);
	};
}

/** Tells everyone watching an event that something changed (call after the change is committed). */
export function publish(eventId: number, topic: Topic): void {
	for (const listener of channels.get(eventId) ?? []) {
		try {
			listener(topic);
		} catch {
			/* a closed stream must not stop the others */
		}
	}
}

/** How many listeners an event has (for tests and diagnostics). */
export function listenerCount(eventId: number): number {
	return channels.get(eventId)?.size ?? 0;
}
