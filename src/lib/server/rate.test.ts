import { describe, expect, it } from 'vitest';
import { RateLimit, writeWaitWith } from './rate';

describe('write allowance', () => {
	it('lets a key send its allowance per window, then says how long to wait, then lets it go on', () => {
		let t = 1_000_000;
		const limit = new RateLimit(3, 60_000, () => t);
		expect([limit.take('a'), limit.take('a'), limit.take('a')]).toEqual([0, 0, 0]);
		t += 15_000;
		expect(limit.take('a')).toBe(45);
		// another key has its own allowance
		expect(limit.take('b')).toBe(0);
		t += 44_500;
		expect(limit.take('a')).toBe(1);
		t += 500;
		expect(limit.take('a')).toBe(0);
	});

	it('does not count refused requests against the next window', () => {
		let t = 0;
		const limit = new RateLimit(2, 1000, () => t);
		limit.take('a');
		limit.take('a');
		for (let i = 0; i < 50; i++) expect(limit.take('a')).toBeGreaterThan(0);
		t = 1000;
		expect([limit.take('a'), limit.take('a'), limit.take('a') > 0]).toEqual([0, 0, true]);
	});

	it('counts a write against its session, its address and its event, refusing past any one', () => {
		const make = (n: number) => new RateLimit(n, 60_000, () => 0);
		const w = { bySession: make(2), byAddress: make(4), byEvent: make(4) };
		const take = (session: string | undefined, address: string, path: string) =>
			writeWaitWith(w, session, address, path);
		expect(take('s1', 'a', '/e/one/vote')).toBe(0);
		expect(take('s1', 'a', '/e/one/vote')).toBe(0);
		expect(take('s1', 'a', '/e/one/vote')).toBe(60); // the session's allowance
		expect(take('s2', 'a', '/e/one/vote')).toBe(0);
		expect(take(undefined, 'a', '/join/ABC')).toBe(0);
		expect(take('s3', 'a', '/e/one/vote')).toBe(60); // the address's allowance
		expect(take('s3', 'b', '/e/one/vote')).toBe(0);
		expect(take('s4', 'c', '/e/one/vote')).toBe(60); // the event's allowance
		expect(take('s4', 'c', '/e/two/vote')).toBe(0); // another event is not held up
	});
});
