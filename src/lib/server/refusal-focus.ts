/**
 * Where keyboard focus starts on a page answering a refused plain form post (no JavaScript): the
 * field marked invalid (the thing acted on, to correct), or else the first message that says what
 * was refused — so the next Tab continues from there rather than from the top of the page. With
 * JavaScript the enhanced form keeps focus where it was and the message is announced.
 *
 * The page is the app's own server-rendered HTML, so the marks are the exact attributes its
 * components write: `aria-invalid="true"` on a field, `role="alert"` or a `field-error` class on a
 * message. User text never carries them: it is escaped in the markup, and only the markup before the
 * first script of the body (where the page's data travels) is read.
 */
/** First a field marked invalid (the thing acted on, to correct), else the refusal's message. */
const MARKS = [/\saria-invalid="true"/g, /\s(?:role="alert"|class="(?:[^"]*\s)?field-error[\s"])/g];
const FIELDS = new Set(['input', 'textarea', 'select', 'button']);

export function focusFirstRefusal(html: string): string {
	const body = html.search(/<body[\s>]/);
	if (body < 0) return html;
	const script = html.indexOf('<script', body);
	const end = script < 0 ? html.length : script;
	for (const mark of MARKS) {
		mark.lastIndex = body;
		for (let m = mark.exec(html); m && m.index < end; m = mark.exec(html)) {
			// a mark inside a start tag, not in text (text cannot hold "<", which the renderer escapes)
			const open = html.lastIndexOf('<', m.index);
			if (html.slice(open, m.index).includes('>')) continue;
			const tag = /^<([a-zA-Z][\w-]*)/.exec(html.slice(open))?.[1];
			if (!tag) continue;
			const start = html.slice(open, html.indexOf('>', m.index) + 1);
			const after = open + 1 + tag.length;
			const extra =
				FIELDS.has(tag.toLowerCase()) || /\stabindex=/.test(start) ? '' : ' tabindex="-1"';
			return `${html.slice(0, after)} autofocus${extra}${html.slice(after)}`;
		}
	}
	return html;
}

/** A plain (not enhanced) form post, whose answer is a page. */
export function isPlainPost(request: Request): boolean {
	return (
		request.method !== 'GET' &&
		request.method !== 'HEAD' &&
		request.headers.get('x-sveltekit-action') !== 'true'
	);
}
