/**
 * Reloads that the person did not ask for (a live notice, the engine's run ending, a round's bell)
 * must never cost them a click. SvelteKit keeps only the latest of a navigation and a reload: a
 * reload started while a followed link's page is still on its way cancels that navigation and leaves
 * the person where they were. And a navigation shows in `navigating` only once the server has named
 * the link's route (`router.resolution: 'server'`), a round trip after the click; so a click, a Back
 * or a GET form counts as following from the moment it happens until its page lands (or, should it
 * fail, for at most `PATIENCE_MS`).
 */
import { browser } from '$app/environment';
import { invalidate, invalidateAll } from '$app/navigation';
import { navigating } from '$app/state';

const PATIENCE_MS = 10_000;
/** When the last link was followed, and from which address (the navigation lands when it changes). */
let followed = { at: -Infinity, from: '' };

function leaving(): void {
	followed = { at: performance.now(), from: location.href };
}

/** A click that SvelteKit's router takes: a plain left click on a link to this site, in this tab. */
function onClick(e: MouseEvent): void {
	if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
	const a = (e.target as Element | null)?.closest?.('a[href]');
	if (!(a instanceof HTMLAnchorElement) || a.origin !== location.origin) return;
	if ((a.target && a.target !== '_self') || a.hasAttribute('download')) return;
	// a jump within the page is no navigation
	if (a.hash && a.pathname === location.pathname && a.search === location.search) return;
	leaving();
}

function onSubmit(e: SubmitEvent): void {
	const form = e.target as HTMLFormElement | null;
	if (form?.method?.toLowerCase() === 'get') leaving();
}

if (browser) {
	// capturing, so that it is noted before the router's own listener starts the navigation
	addEventListener('click', onClick, true);
	addEventListener('submit', onSubmit, true);
	addEventListener('popstate', leaving);
}

/** Whether the person is following a link right now (its page not yet landed). */
export function following(): boolean {
	if (navigating.to !== null) return true;
	return performance.now() - followed.at < PATIENCE_MS && location.href === followed.from;
}

/** The navigation has landed (call from `afterNavigate`): reloads may run again. */
export function landed(): void {
	followed = { at: -Infinity, from: '' };
}

/**
 * Reloads the data behind `dependency` (all of the page's data without one), unless the person is
 * following a link: the page they land on loads fresh. Resolves to whether it reloaded.
 */
export async function reloadInBackground(dependency?: string): Promise<boolean> {
	if (following()) return false;
	await (dependency === undefined ? invalidateAll() : invalidate(dependency));
	return true;
}
