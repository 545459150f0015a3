import { describe, expect, it } from 'vitest';
import { listenerCount, publish, subscribe } from './live';

describe('live notices', () => {
	it('reach every listener of the event, and only of that event, until they stop', () => {
		const seen: string[] = [];
		const stopA = subscribe(1, (t) => seen.push(`a:${t}`));
		const stopB = subscribe(1, (t) => seen.push(`b:${t}`));
		const stopC = subscribe(2, (t) => seen.push(`c:${t}`));
		publish(1, 'themes');
		stopA();
		publish(1, 'statements');
		expect(seen).toEqual(['a:themes', 'b:themes', 'b:statements']);
		stopB();
		stopC();
		expect(listenerCount(1)).toBe(0);
	});

	it('keep going when one listener fails', () => {
		const seen: string[] = [];
		const stop1 = subscribe(3, () => {
			throw new Error('stream closed');
		});
		const stop2 = subscribe(3, (t) => seen.push(t));
		publish(3, 'event');
		expect(seen).toEqual(['event']);
		stop1();
		stop2();
	});
});
