/** File responses for the exports: the right type, a file name from the event, never cached by shared proxies. */
const TYPES = {
	md: 'text/markdown; charset=utf-8',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	json: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8'
} as const;

/** A safe ASCII file name: letters, digits and dashes only. */
export function fileName(...parts: string[]): string {
	return parts
		.map((p) =>
			p
				.normalize('NFKD')
				.replace(/[^\w-]+/g, '-')
				.replace(/-+/g, '-')
				.replace(/^-|-$/g, '')
				.toLowerCase()
		)
		.filter(Boolean)
		.join('-');
}

/** A download of `body` as `name.ext`. */
export function download(
	body: string | Uint8Array,
	name: string,
	ext: keyof typeof TYPES
): Response {
	return new Response(body as BodyInit, {
		headers: {
			'content-type': TYPES[ext],
			'content-disposition': `attachment; filename="${name || 'converge'}.${ext}"`,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
