import { describe, expect, it } from 'vitest';
import { RateLimit } from './rate';

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
});
