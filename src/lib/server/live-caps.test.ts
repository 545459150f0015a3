import { describe, expect, it } from 'vitest';
import { LiveCaps } from './live-caps';

describe('live stream caps', () => {
	it('lets a session hold its cap of streams and refuses the next until one closes', () => {
		const caps = new LiveCaps(3, 100);
		const closes = [1, 2, 3].map(() => caps.open('s1', 'a'));
		expect(closes.every((c) => typeof c === 'function')).toBe(true);
		expect(caps.open('s1', 'a')).toBe('session');
		// another person at the same address is not held up
		expect(typeof caps.open('s2', 'a')).toBe('function');
		(closes[0] as () => void)();
		(closes[0] as () => void)(); // closing twice gives back one place
		expect(caps.count({ session: 's1' })).toBe(2);
		expect(typeof caps.open('s1', 'a')).toBe('function');
		expect(caps.open('s1', 'a')).toBe('session');
	});

	it('caps an address across sessions, and forgets what has closed', () => {
		const caps = new LiveCaps(5, 4);
		const closes = ['a', 'b', 'c', 'd'].map((s) => caps.open(s, '10.0.0.1'));
		expect(caps.open('e', '10.0.0.1')).toBe('client');
		expect(typeof caps.open('e', '10.0.0.2')).toBe('function');
		for (const c of closes) (c as () => void)();
		expect(caps.count({ client: '10.0.0.1' })).toBe(0);
		expect(typeof caps.open('e', '10.0.0.1')).toBe('function');
	});
});
