import { describe, expect, it } from 'vitest';
import { bodyBlocks, bodyHtml, bodyText } from './body';
import { POINTER_BODY_MAX as BODY_MAX } from '$lib/domain/manifesto-rules';

const ALLOWED_TAGS = new Set(['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a']);
const ALLOWED_ATTRIBUTES = new Set(['href', 'rel', 'start', 'title']);

/** Every tag in the HTML, with its attributes, as a browser would read them. */
function tags(html: string): { name: string; attributes: Record<string, string> }[] {
	return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)].map(([, name, rest]) => ({
		name: name.toLowerCase(),
		attributes: Object.fromEntries(
			[...rest.matchAll(/([^\s=/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((a) => [
				a[1].toLowerCase(),
				a[2] ?? a[3] ?? a[4] ?? ''
			])
		)
	}));
}

function expectSafe(html: string): void {
	for (const tag of tags(html)) {
		expect(ALLOWED_TAGS, `tag <${tag.name}> in ${html}`).toContain(tag.name);
		for (const [name, value] of Object.entries(tag.attributes)) {
			expect(ALLOWED_ATTRIBUTES, `attribute ${name} in ${html}`).toContain(name);
			if (name === 'href') expect(value).toMatch(/^(https?:|mailto:)/);
		}
		if (tag.name === 'a' && 'href' in tag.attributes)
			expect(tag.attributes.rel).toBe('noopener noreferrer');
	}
}

describe('bodyHtml', () => {
	it('renders the subset: paragraphs, line breaks, bold, italic, lists and links', () => {
		const html = bodyHtml(
			'Data about **people** and *land*.\nSecond line\n\n- one\n- two\n\n1. first\n2. [site](https://example.org/a?b=1&c=2)'
		);
		expect(html).toContain('<strong>people</strong>');
		expect(html).toContain('<em>land</em>');
		expect(html).toContain('<br>');
		expect(html).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
		expect(html).toContain('<ol>');
		expect(html).toContain(
			'<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">site</a>'
		);
		expectSafe(html);
	});

	it('keeps mailto links', () => {
		expect(bodyHtml('[write](mailto:team@example.org)')).toContain(
			'<a href="mailto:team@example.org" rel="noopener noreferrer">write</a>'
		);
	});

	it.each([
		['a script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
		['an image with onerror', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
		[
			'an HTML link',
			'<a href="javascript:alert(1)">x</a>',
			'&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;'
		],
		['a javascript: link', '[x](javascript:alert(1))', '[x](javascript:alert(1))'],
		['a javascript: link in mixed case', '[x](JaVaScRiPt:alert(1))', '[x](JaVaScRiPt:alert(1))'],
		['a vbscript: link', '[x](vbscript:msgbox(1))', '[x](vbscript:msgbox(1))'],
		[
			'a data: link',
			'[x](data:text/html;base64,PHNjcmlwdD4=)',
			'[x](data:text/html;base64,PHNjcmlwdD4=)'
		],
		['a relative link', '[x](/admin)', '[x](/admin)'],
		['a protocol-relative link', '[x](//evil.example)', '[x](//evil.example)'],
		['an image', '![x](https://tracker.example/p.png)', '![x](https://tracker.example/p.png)'],
		[
			'a quote breaking out of href',
			'[x](https://a.example/" onmouseover="alert(1))',
			'[x](https://a.example/&quot; onmouseover=&quot;alert(1))'
		],
		['an autolink in angle brackets', '<https://a.example>', '&lt;https://a.example&gt;'],
		['an entity', '&lt;script&gt;', '&amp;lt;script&amp;gt;']
	])('escapes %s', (_name, input, expected) => {
		const html = bodyHtml(input);
		expect(html).toContain(expected);
		expectSafe(html);
	});

	it('escapes a quote breaking out of a link title', () => {
		const html = bodyHtml('[x](https://a.example "t\\" onmouseover=\\"alert(1)")');
		expectSafe(html);
		expect(html).not.toMatch(/onmouseover="/);
	});

	it('percent-encodes quotes and brackets inside a link address', () => {
		const html = bodyHtml('[x](<https://a.example/"><script>>)');
		expectSafe(html);
		expect(html).not.toContain('<script');
	});

	it.each([
		['a heading', '# Title', '<p># Title</p>'],
		['a setext heading', 'Title\n===', 'Title<br>\n===</p>'],
		['a fenced code block', '```\nx = 1\n```', '<p>```<br>\nx = 1<br>\n```</p>'],
		['an indented code block', '    x = 1', '<p>x = 1</p>'],
		['inline code', 'run `rm -rf`', '<p>run `rm -rf`</p>'],
		['a table', '| a | b |\n| --- | --- |\n| 1 | 2 |', '<p>| a | b |<br>'],
		['a block quote', '> quoted', '<p>&gt; quoted</p>'],
		['a rule', '---', '<p>---</p>']
	])('leaves %s as text', (_name, input, expected) => {
		const html = bodyHtml(input);
		expect(html).toContain(expected);
		expect(html).not.toMatch(/<(h\d|pre|code|table|blockquote|hr|img)\b/);
	});
});

describe('bodyBlocks', () => {
	it('turns paragraphs into runs of bold, italic and linked text', () => {
		expect(
			bodyBlocks('Data about **people** and *land*, see [the charter](https://example.org).\nNext')
		).toEqual([
			{
				type: 'paragraph',
				indent: 0,
				runs: [
					{ text: 'Data about ' },
					{ text: 'people', bold: true },
					{ text: ' and ' },
					{ text: 'land', italic: true },
					{ text: ', see ' },
					{ text: 'the charter', href: 'https://example.org' },
					{ text: '.\nNext' }
				]
			}
		]);
	});

	it('gives bold and italic together', () => {
		expect(bodyBlocks('***both***')[0].runs).toEqual([{ text: 'both', bold: true, italic: true }]);
	});

	it('numbers list items, nests them by level and tells separate lists apart', () => {
		const blocks = bodyBlocks(
			'3. three\n4. four\n   - inner\n\n     more about inner\n\nbetween\n\n- other'
		);
		expect(
			blocks.map((b) =>
				b.type === 'item'
					? [b.list, b.level, b.number, b.listId, b.runs[0].text]
					: ['p', b.indent, b.runs[0].text]
			)
		).toEqual([
			['ordered', 0, 3, 0, 'three'],
			['ordered', 0, 4, 0, 'four'],
			['bullet', 1, 1, 0, 'inner'],
			['p', 2, 'more about inner'],
			['p', 0, 'between'],
			['bullet', 0, 1, 1, 'other']
		]);
	});

	it('keeps unsafe links and raw HTML as text', () => {
		expect(bodyBlocks('[x](javascript:alert(1)) <b>hi</b>')).toEqual([
			{ type: 'paragraph', indent: 0, runs: [{ text: '[x](javascript:alert(1)) <b>hi</b>' }] }
		]);
	});

	it('gives nothing for an empty body', () => {
		expect(bodyBlocks('')).toEqual([]);
		expect(bodyBlocks('  \n\n ')).toEqual([]);
	});
});

describe('bodyText', () => {
	it('gives plain text with list markers and link addresses', () => {
		expect(
			bodyText(
				'Data about **people**.\n\n- no sale\n- [delete](https://example.org/delete)\n\n1. one\n   - sub'
			)
		).toBe(
			'Data about people.\n\n- no sale\n- delete (https://example.org/delete)\n\n1. one\n  - sub'
		);
	});

	it('leaves markup that is not in the subset as it was typed', () => {
		expect(bodyText('# Title <script>')).toBe('# Title <script>');
	});

	it('keeps apart two neighbouring lists', () => {
		expect(bodyText('1. a\n\n- b')).toBe('1. a\n\n- b');
	});
});

it('limits a body to 4,000 characters', () => {
	expect(BODY_MAX).toBe(4000);
});
