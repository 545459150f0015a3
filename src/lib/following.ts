/**
 * Whether the person is following a link. Reloads they did not ask for (a live notice, the engine's
 * run ending, a round's bell) wait while they are: SvelteKit keeps only the latest of a navigation
 * and a reload, so a reload started while a followed link's page is on its way cancels that
 * navigation and leaves the person where they were. A navigation shows in `navigating` only once
 * the server has named the link's route (`router.resolution: 'server'`), a round trip after the
 * click; so a click on a link, a form sent, Back or Forward counts as following from the moment it
 * happens until the address changes, or for `PATIENCE_MS` when it does not (a form answered on
 * the same page, a failed navigation).
 */
import { browser } from '$app/environment';
import { navigating } from '$app/state';

const PATIENCE_MS = 5000;
let at = -Infinity;
let from = '';

if (browser)
	for (const type of ['click', 'submit', 'popstate'])
		// capturing, so that it is noted before the router's own listener starts the navigation. Any
		// form counts: its answer may lead to another page. A click counts on a link only.
		addEventListener(
			type,
			(e) => {
				if (type !== 'click' || (e.target as Element).closest?.('a[href]')) {
					at = performance.now();
					from = location.href;
				}
			},
			true
		);

/** Whether a reload now might cancel a navigation: if so, ask again a moment later. */
export function following(): boolean {
	return navigating.to !== null || (performance.now() - at < PATIENCE_MS && location.href === from);
}
