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

/** The day of a moment, written out ("3 December 2026"), in the event's zone; without one, the zone the code runs in (the server's when rendered there). */
export function formatDay(iso: string, timeZone?: string): string {
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long', timeZone }).format(
		new Date(iso)
	);
}

/** A time of day, for a round's closing bell. */
export function formatTime(iso: string, timeZone?: string): string {
	return new Intl.DateTimeFormat(getLocale(), { timeStyle: 'short', timeZone }).format(
		new Date(iso)
	);
}

/**
 * A moment as ISO 8601 with the zone's offset ("2026-12-03T10:30:00+01:00"), to the second: the
 * same instant, told as the event's wall clock, for files other programs read. Without a zone, the
 * zone the code runs in (the server's).
 */
export function isoInZone(iso: string, timeZone?: string): string {
	const date = new Date(iso);
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			timeZoneName: 'longOffset'
		})
			.formatToParts(date)
			.map((p) => [p.type, p.value])
	);
	// "GMT+01:00", or plain "GMT" when the zone is at UTC's offset
	const offset = parts.timeZoneName.replace('GMT', '') || '+00:00';
	return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}
