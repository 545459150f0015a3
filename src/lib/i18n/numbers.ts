/** Numbers in the reader's style, apart from the export words so that a page can take them alone. */
import { getLocale } from '$lib/paraglide/runtime';

/** A share in [0, 1] as a whole percent in the reader's style ("64%", "64 %"); a dash when there is nothing to share. */
export function percent(share: number | null): string {
	if (share === null || !Number.isFinite(share)) return '–';
	return new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(
		share
	);
}

/** A number in the reader's style ("2.5", "2,5"; "1,200", "1.200"), with at most `digits` decimals. */
export function decimal(value: number, digits = 0): string {
	return new Intl.NumberFormat(getLocale(), { maximumFractionDigits: digits }).format(value);
}
