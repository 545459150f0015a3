import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTOR_KEYS, templateSectors } from './sectors';

describe('sector templates for a new event', () => {
	it.each([
		['none', 0],
		['workshop', DEFAULT_SECTOR_KEYS.length],
		['', 0],
		['everything', 0],
		[undefined, 0]
	])('%j gives %i sectors', (template, count) => {
		expect(templateSectors(template)).toHaveLength(count);
	});
});
