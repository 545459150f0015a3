import type { Reroute } from '@sveltejs/kit';

// The language lives in a cookie, not in the URL, so paths never change between languages.
export const reroute: Reroute = ({ url }) => url.pathname;
