/** Dates and times in the reader's language. */
import { getLocale } from '$lib/paraglide/runtime';

/** "25–27 March 2019" style, from ISO dates (either may be missing). */
export function formatDateRange(start: string | null, end: string | null): string {
	const fmt = new Intl.DateTimeFormat(getLocale(), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
	const s = start ? new Date(`${start}T00:00:00Z`) : null;
	const e = end ? new Date(`${end}T00:00:00Z`) : null;
	if (s && e) return fmt.formatRange(s, e);
	return s ? fmt.format(s) : e ? fmt.format(e) : '';
}

/** A moment as a short date and time. */
export function formatMoment(iso: string, timeZone?: string): string {
	return new Intl.DateTimeFormat(getLocale(), {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone
	}).format(new Date(iso));
}

/** A time of day, for a round's closing bell. */
export function formatTime(iso: string, timeZone?: string): string {
	return new Intl.DateTimeFormat(getLocale(), { timeStyle: 'short', timeZone }).format(
		new Date(iso)
	);
}
