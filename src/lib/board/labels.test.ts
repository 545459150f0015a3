import { describe, expect, it } from 'vitest';
import { wrapLabel } from './labels';

describe('wrapLabel', () => {
	it.each([
		['short', 16, 2, ['short'], false],
		['data rights for platform workers', 16, 2, ['data rights for', 'platform workers'], false],
		[
			'data rights for platform workers everywhere',
			16,
			2,
			['data rights for', 'platform worker…'],
			true
		],
		['surveillancecapitalism', 10, 2, ['surveillan', 'cecapital…'], true],
		['  spaced   out  ', 16, 2, ['spaced out'], false],
		['', 16, 2, [], false]
	])('wraps %j at %i characters into %i lines', (text, chars, lines, expected, truncated) => {
		expect(wrapLabel(text, chars, lines)).toEqual({ lines: expected, truncated });
	});

	it('never makes a line longer than asked', () => {
		const { lines } = wrapLabel(
			'the digital public infrastructure of the commons and its governance',
			12,
			3
		);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(12);
		expect(lines).toHaveLength(3);
	});
});
