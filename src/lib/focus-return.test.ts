import { describe, expect, it } from 'vitest';
import { focusParam, focusTarget } from './focus-return';

describe('the focus a form returns to', () => {
	const fields: Record<string, string> = { into: '12', label: 'x y' };
	const field = (n: string) => fields[n] ?? null;

	it('names an id, filling {field} with a numeric form value', () => {
		expect(focusTarget('theme-4', field)).toBe('theme-4');
		expect(focusTarget('theme-{into}', field)).toBe('theme-12');
	});

	it('refuses what is not an id, or a field that is not a number', () => {
		expect(focusTarget(null, field)).toBeNull();
		expect(focusTarget('', field)).toBeNull();
		expect(focusTarget('theme-{label}', field)).toBeNull();
		expect(focusTarget('theme-{missing}', field)).toBeNull();
		expect(focusTarget('//evil.example', field)).toBeNull();
		expect(focusTarget('a b', field)).toBeNull();
	});

	it('travels in an action URL and back', () => {
		const url = new URL('http://x/p?/merge&theme=3' + focusParam('theme-{into}'));
		expect(focusTarget(url.searchParams.get('focus'), field)).toBe('theme-12');
	});
});
