import { describe, expect, it } from 'vitest';
import { focusFirstRefusal, isPlainPost } from './refusal-focus';

const page = (body: string, data = '') =>
	`<!doctype html><html><head><script type="module" src="/a.js"></script></head><body><main>${body}</main><script>${data}</script></body></html>`;

describe('focus on a page that answers a refused plain form', () => {
	it('goes to the first field marked invalid', () => {
		const html = page(
			'<a href="/">Home</a><form><input id="title" aria-invalid="true"/><p class="field-error">Give a title</p></form>'
		);
		const out = focusFirstRefusal(html);
		expect(out).toContain('<input autofocus id="title" aria-invalid="true"/>');
		expect(out.match(/autofocus/g)).toHaveLength(1);
	});

	it('prefers the invalid field to a message above it', () => {
		const html = page(
			'<p class="notice error" role="alert">Correct the fields</p><input aria-invalid="true">'
		);
		expect(focusFirstRefusal(html)).toContain('<input autofocus aria-invalid="true">');
	});

	it('goes to the refusal message when no field is marked, making it focusable', () => {
		const html = page(
			'<input id="a"><p class="notice error svelte-x1" role="alert">Not allowed</p><input id="b">'
		);
		expect(focusFirstRefusal(html)).toContain(
			'<p autofocus tabindex="-1" class="notice error svelte-x1" role="alert">Not allowed</p>'
		);
	});

	it('goes to a field error without a role', () => {
		const out = focusFirstRefusal(
			page('<input id="t"><p class="field-error svelte-q">Too long</p>')
		);
		expect(out).toContain('<p autofocus tabindex="-1" class="field-error svelte-q">');
		expect(out).toContain('<input id="t">');
	});

	it('keeps a tabindex the element already has', () => {
		const out = focusFirstRefusal(page('<div tabindex="0" role="alert">x</div>'));
		expect(out).toContain('<div autofocus tabindex="0" role="alert">');
	});

	it('leaves a page without a refusal as it was', () => {
		const html = page('<p class="notice ok">Saved</p><p class="errors-heading">x</p>');
		expect(focusFirstRefusal(html)).toBe(html);
		expect(focusFirstRefusal('no page at all')).toBe('no page at all');
	});

	it('never reads user text, escaped in the markup or carried in the page data', () => {
		const html = page(
			'<p title="a &quot; role=&quot;alert&quot;">x role="alert" y</p>',
			'{"text":"<p role=\\"alert\\">","x":" aria-invalid=\\"true\\""}'
		);
		expect(focusFirstRefusal(html)).toBe(html);
		// and a real mark after such text is still found
		const later = page('<p>x role="alert" y</p><input id="c" aria-invalid="true">');
		expect(focusFirstRefusal(later)).toContain('<input autofocus id="c" aria-invalid="true">');
	});
});

describe('a plain form post', () => {
	const req = (method: string, headers: Record<string, string> = {}) =>
		new Request('http://x/', { method, headers });
	it('is a write that is not an enhanced action', () => {
		expect(isPlainPost(req('POST'))).toBe(true);
		expect(isPlainPost(req('POST', { 'x-sveltekit-action': 'true' }))).toBe(false);
		expect(isPlainPost(req('GET'))).toBe(false);
		expect(isPlainPost(req('HEAD'))).toBe(false);
	});
});
