import type { ParamMatcher } from '@sveltejs/kit';

/** A row id in a route: a positive integer without leading zeros; anything else is a 404. */
export const match: ParamMatcher = (param) => /^[1-9]\d{0,14}$/.test(param);
