/** Reading an uploaded (or re-posted) CSV from a form. */

// A CSV of a whole breakout is a few hundred lines; a larger file is a mistake.
export const CSV_FILE_LIMIT = 512 * 1024;

/**
 * The CSV text of a form: the chosen file, or the `csv` field that carries a checked file to the
 * import step. `error` is a field error code when there is none or it is too large.
 */
export async function csvFrom(data: FormData): Promise<{ content: string; error?: string }> {
	const file = data.get('file');
	if (file instanceof File && file.size > 0) {
		if (file.size > CSV_FILE_LIMIT) return { content: '', error: 'file_too_large' };
		return { content: await file.text() };
	}
	const content = data.get('csv');
	return typeof content === 'string' && content.trim() ? { content } : { content: '', error: 'file_missing' };
}
