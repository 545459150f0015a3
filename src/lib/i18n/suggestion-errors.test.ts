import { describe, expect, it } from 'vitest';
import { describeFieldError, describeRefusal } from './errors';

// an unknown code falls back to a general message; the suggestions' own codes must not
describe('the refusals of the floor’s suggestions', () => {
	it.each(['pick_two', 'same_theme', 'theme_gone'])('field error %s has its own words', (code) => {
		expect(describeFieldError(code)).not.toBe(describeFieldError('no-such-code'));
	});

	it('suggestions_closed has its own words', () => {
		expect(describeRefusal('suggestions_closed')).not.toBe(describeRefusal('no-such-code'));
	});
});
