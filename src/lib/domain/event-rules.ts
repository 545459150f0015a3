/** The limits of event details and sector names, time zones and slugs (a plain module: pages load it; the schemas are in event-schema.ts). */

export const EVENT_NAME_MAX = 120;
export const EVENT_DESCRIPTION_MAX = 2000;
export const PLACE_MAX = 120;
export const SECTOR_NAME_MAX = 40;
/** The name a person gives themselves in an event. */
export const DISPLAY_NAME_MAX = 60;
/** The facilitator's note on a rapporteur link ("second table"). */
export const LINK_LABEL_MAX = 60;
/** More sectors than this no longer fit a legend or a room. */
export const SECTORS_MAX = 24;

/** True for an IANA time zone name this runtime knows, such as Asia/Bangkok or UTC. */
export function isTimeZone(value: unknown): value is string {
	if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(value)) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: value });
		return true;
	} catch {
		return false;
	}
}

/** The time zones a facilitator can choose from, UTC first. */
export function timeZoneChoices(): string[] {
	return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
}

/** A URL-safe slug from a name, with a suffix that keeps it unique. */
export function slugify(name: string, suffix: string): string {
	const base = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
	return [base || 'event', suffix].filter(Boolean).join('-');
}
