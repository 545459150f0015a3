import { describe, expect, it } from 'vitest';
import { focusAfterPost, isPlainPost } from './post-focus';

const page = (body: string, data = '') =>
	`<!doctype html><html><head><script type="module" src="/a.js"></script></head><body><main>${body}</main><script>${data}</script></body></html>`;

describe('focus on a page that answers a refused plain form', () => {
	it('goes to the first field marked invalid', () => {
		const html = page(
			'<a href="/">Home</a><form><input id="title" aria-invalid="true"/><p class="field-error">Give a title</p></form>'
		);
		const out = focusAfterPost(html);
		expect(out).toContain('<input autofocus id="title" aria-invalid="true"/>');
		expect(out.match(/autofocus/g)).toHaveLength(1);
	});

	it('prefers the invalid field to a message above it', () => {
		const html = page(
			'<p class="notice error" role="alert">Correct the fields</p><input aria-invalid="true">'
		);
		expect(focusAfterPost(html)).toContain('<input autofocus aria-invalid="true">');
	});

	it('goes to the refusal message when no field is marked, making it focusable', () => {
		const html = page(
			'<input id="a"><p class="notice error svelte-x1" role="alert">Not allowed</p><input id="b">'
		);
		expect(focusAfterPost(html)).toContain(
			'<p autofocus tabindex="-1" class="notice error svelte-x1" role="alert">Not allowed</p>'
		);
	});

	it('goes to a field error without a role', () => {
		const out = focusAfterPost(page('<input id="t"><p class="field-error svelte-q">Too long</p>'));
		expect(out).toContain('<p autofocus tabindex="-1" class="field-error svelte-q">');
		expect(out).toContain('<input id="t">');
	});

	it('keeps a tabindex the element already has', () => {
		const out = focusAfterPost(page('<div tabindex="0" role="alert">x</div>'));
		expect(out).toContain('<div autofocus tabindex="0" role="alert">');
	});

	it('leaves a page with neither a refusal nor a confirmation as it was', () => {
		const html = page('<p class="notice">Closed</p><p class="errors-heading">x</p>');
		expect(focusAfterPost(html)).toBe(html);
		expect(focusAfterPost('no page at all')).toBe('no page at all');
	});

	it('never reads user text, escaped in the markup or carried in the page data', () => {
		const html = page(
			'<p title="a &quot; role=&quot;alert&quot;">x role="alert" y</p>',
			'{"text":"<p role=\\"alert\\">","x":" aria-invalid=\\"true\\""}'
		);
		expect(focusAfterPost(html)).toBe(html);
		// and a real mark after such text is still found
		const later = page('<p>x role="alert" y</p><input id="c" aria-invalid="true">');
		expect(focusAfterPost(later)).toContain('<input autofocus id="c" aria-invalid="true">');
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

describe('focus on a page that answers a plain form in place', () => {
	it('goes to the confirmation, made focusable', () => {
		const html = page(
			'<a href="/">Home</a><form><input id="n"></form><p class="notice ok svelte-z" role="status">Saved</p>'
		);
		expect(focusAfterPost(html)).toContain(
			'<p autofocus tabindex="-1" class="notice ok svelte-z" role="status">Saved</p>'
		);
	});

	it('leaves it where the page puts focus itself', () => {
		const html = page('<button id="undo" autofocus>Undo</button><p class="notice ok">Undone</p>');
		expect(focusAfterPost(html)).toBe(html);
	});

	it('goes to a refusal before any confirmation', () => {
		const html = page('<p class="notice ok">Saved</p><input id="x" aria-invalid="true">');
		expect(focusAfterPost(html)).toContain('<input autofocus id="x" aria-invalid="true">');
		expect(focusAfterPost(html)).toContain('<p class="notice ok">Saved</p>');
	});
});
