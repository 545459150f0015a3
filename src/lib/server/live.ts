/**
 * In-process publish/subscribe behind the server-sent-events endpoint. A notice only says what
 * changed (a `Topic`: "themes", "ballots", …); the pages reload their data, which stays the truth.
 * Notices of one event are gathered for a moment and sent once: during a vote, a thousand ballots
 * a minute would otherwise each be written to every open phone and projector.
 */
import type { Topic } from '$lib/live-topics';

export type { Topic };
type Listener = (topics: Topic[]) => void;

/** How long notices of one event are gathered before they go out (well under the 1 s a screen may lag). */
export const COALESCE_MS = 200;
/** With a thousand screens open, each burst is a thousand writes: gather longer, up to this. */
export const COALESCE_MAX_MS = 450;

/** The gathering time for an event watched by this many: 200 ms, plus 1 ms for every 4 screens. */
export function coalesceMs(listeners: number): number {
	return Math.min(COALESCE_MAX_MS, COALESCE_MS + Math.floor(listeners / 4));
}

const channels = new Map<number, Set<Listener>>();
const pending = new Map<number, Set<Topic>>();

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

function flush(eventId: number): void {
	const topics = [...(pending.get(eventId) ?? [])];
	pending.delete(eventId);
	for (const listener of channels.get(eventId) ?? []) {
		try {
			listener(topics);
		} catch {
			/* a closed stream must not stop the others */
		}
	}
}

/** Tells everyone watching an event that something changed (call after the change is committed). */
export function publish(eventId: number, topic: Topic): void {
	const waiting = pending.get(eventId);
	if (waiting) {
		waiting.add(topic);
		return;
	}
	pending.set(eventId, new Set([topic]));
	setTimeout(() => flush(eventId), coalesceMs(listenerCount(eventId))).unref?.();
}

// setTimeout fires at once beyond this (about 24.8 days); a round's timer is at most four hours
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * Tells everyone watching an event, after a delay, that something changed without a write: a
 * round's bell. The timer does not keep the process alive, and a restart forgets it (each page
 * watches the bell of what it shows as well).
 */
export function publishAfter(eventId: number, topic: Topic, delayMs: number): void {
	setTimeout(() => publish(eventId, topic), Math.min(Math.max(0, delayMs), MAX_DELAY_MS)).unref?.();
}

/** How many listeners an event has (for tests and diagnostics). */
export function listenerCount(eventId: number): number {
	return channels.get(eventId)?.size ?? 0;
}
