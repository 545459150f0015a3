import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	COALESCE_MAX_MS,
	COALESCE_MS,
	coalesceMs,
	listenerCount,
	publish,
	publishAfter,
	subscribe
} from './live';

describe('live notices', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('reach every listener of the event, and only of that event, until they stop', () => {
		const seen: string[] = [];
		const stopA = subscribe(1, (t) => seen.push(`a:${t}`));
		const stopB = subscribe(1, (t) => seen.push(`b:${t}`));
		const stopC = subscribe(2, (t) => seen.push(`c:${t}`));
		publish(1, 'themes');
		vi.advanceTimersByTime(COALESCE_MS);
		stopA();
		publish(1, 'statements');
		vi.advanceTimersByTime(COALESCE_MS);
		expect(seen).toEqual(['a:themes', 'b:themes', 'b:statements']);
		stopB();
		stopC();
		expect(listenerCount(1)).toBe(0);
	});

	it('gather a burst of changes into one notice', () => {
		const seen: string[][] = [];
		const stop = subscribe(4, (t) => seen.push(t));
		for (let i = 0; i < 50; i++) publish(4, i % 2 ? 'event' : 'themes');
		expect(seen).toEqual([]);
		vi.advanceTimersByTime(COALESCE_MS);
		expect(seen).toEqual([['themes', 'event']]);
		stop();
	});

	it('keep going when one listener fails', () => {
		const seen: string[][] = [];
		const stop1 = subscribe(3, () => {
			throw new Error('stream closed');
		});
		const stop2 = subscribe(3, (t) => seen.push(t));
		publish(3, 'event');
		vi.advanceTimersByTime(COALESCE_MS);
		expect(seen).toEqual([['event']]);
		stop1();
		stop2();
	});

	it('can be sent later, when something changes without a write (the bell of a round)', () => {
		const seen: string[][] = [];
		const stop = subscribe(5, (t) => seen.push(t));
		publishAfter(5, 'rounds', 60_000);
		vi.advanceTimersByTime(60_000 - 1);
		expect(seen).toEqual([]);
		vi.advanceTimersByTime(1 + COALESCE_MS);
		expect(seen).toEqual([['rounds']]);
		stop();
	});

	it('gather longer when a thousand screens watch, never past the cap', () => {
		expect(coalesceMs(1)).toBe(COALESCE_MS);
		expect(coalesceMs(400)).toBe(COALESCE_MS + 100);
		expect(coalesceMs(100_000)).toBe(COALESCE_MAX_MS);
		const seen: string[][] = [];
		const stops = Array.from({ length: 1000 }, (_, i) =>
			subscribe(6, (t) => (i === 0 ? seen.push(t) : 0))
		);
		publish(6, 'ballots');
		vi.advanceTimersByTime(COALESCE_MS);
		expect(seen).toEqual([]);
		vi.advanceTimersByTime(coalesceMs(1000) - COALESCE_MS);
		expect(seen).toEqual([['ballots']]);
		for (const stop of stops) stop();
	});
});
