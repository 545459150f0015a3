import type { LayoutServerLoad } from './$types';
import { getLocale } from '$lib/paraglide/runtime';

export const load: LayoutServerLoad = ({ url }) => ({
	locale: getLocale(),
	path: url.pathname + url.search,
	// times are shown in the server's zone on both sides, so the page hydrates without a mismatch
	timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone
});
