/**
 * Where keyboard focus starts on a page answering a plain form post (no JavaScript), so that the
 * next Tab continues from what the person acted on rather than from the top of a long page:
 *
 * - after a refusal, the field marked invalid (the thing acted on, to correct), or else the first
 *   message that says what was refused;
 * - after a success the page answers in place (no redirect), its confirmation ("Saved"), which
 *   sits by the form it confirms — unless the page already puts focus somewhere itself.
 *
 * With JavaScript the enhanced form keeps focus where it was and the message is announced.
 *
 * The page is the app's own server-rendered HTML, so the marks are the exact attributes its
 * components write: `aria-invalid="true"` on a field, `role="alert"` or a `field-error` class on a
 * refusal, the `notice ok` class on a confirmation. User text never carries them: it is escaped in
 * the markup, and only the markup before the first script of the body (where the page's data
 * travels) is read.
 */
const REFUSED = [
	/\saria-invalid="true"/g,
	/\s(?:role="alert"|class="(?:[^"]*\s)?field-error[\s"])/g
];
const CONFIRMED = [/\sclass="notice ok[\s"]/g];
const OWN_FOCUS = /<[a-zA-Z][^>]*\sautofocus[\s=>]/;
const FIELDS = new Set(['input', 'textarea', 'select', 'button']);

/** The page's markup between `<body` and its first script; null when it has no body. */
function markup(html: string): { start: number; end: number } | null {
	const start = html.search(/<body[\s>]/);
	if (start < 0) return null;
	const script = html.indexOf('<script', start);
	return { start, end: script < 0 ? html.length : script };
}

/** The page with `autofocus` on the first element that carries one of the marks, in their order. */
function focusOn(html: string, marks: RegExp[], region: { start: number; end: number }) {
	for (const mark of marks) {
		mark.lastIndex = region.start;
		for (let m = mark.exec(html); m && m.index < region.end; m = mark.exec(html)) {
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
	return null;
}

export function focusAfterPost(html: string): string {
	const region = markup(html);
	if (!region) return html;
	const refused = focusOn(html, REFUSED, region);
	if (refused) return refused;
	if (OWN_FOCUS.test(html.slice(region.start, region.end))) return html;
	return focusOn(html, CONFIRMED, region) ?? html;
}

/** A plain (not enhanced) form post, whose answer is a page. */
export function isPlainPost(request: Request): boolean {
	return (
		request.method !== 'GET' &&
		request.method !== 'HEAD' &&
		request.headers.get('x-sveltekit-action') !== 'true'
	);
}
