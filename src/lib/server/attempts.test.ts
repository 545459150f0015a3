import { describe, expect, it } from 'vitest';
import { Attempts } from './attempts';

describe('Attempts', () => {
	it('lets a client miss up to the limit, then says how long to wait, and forgets old misses', () => {
		let t = 0;
		const a = new Attempts(3, 60_000, () => t);
		for (let i = 0; i < 3; i++) {
			expect(a.waitSeconds('x')).toBe(0);
			a.miss('x');
			t += 1000;
		}
		// three misses at 0, 1 and 2 s: the first leaves the window at 60 s
		expect(a.waitSeconds('x')).toBe(57);
		expect(a.waitSeconds('y')).toBe(0);
		t = 60_001;
		expect(a.waitSeconds('x')).toBe(0);
		a.miss('x');
		expect(a.waitSeconds('x')).toBe(1);
	});

	it('cuts a guesser to the limit per window: at most 10 tries a minute, not thousands a second', () => {
		let t = 0;
		const a = new Attempts(10, 60_000, () => t);
		let tried = 0;
		// a client trying every millisecond for ten minutes
		for (; t < 600_000; t += 1) {
			if (a.waitSeconds('bot') > 0) continue;
			tried++;
			a.miss('bot');
		}
		expect(tried).toBe(100);
	});
});
