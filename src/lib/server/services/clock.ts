/** The one place services read the time, so that tests can pin it. */
let fixed: string | null = null;

/** Now, as an ISO-8601 UTC string. */
export function now(): string {
	return fixed ?? new Date().toISOString();
}

/** Pins (or, with null, releases) the clock in tests. */
export function setClock(iso: string | null): void {
	fixed = iso;
}
