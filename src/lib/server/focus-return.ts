/**
 * Form actions that send focus back where the person was: without JavaScript, a successful action
 * whose URL names a focus target (see $lib/focus-return) redirects to the page at `#target`, so the
 * next Tab continues from the element acted on rather than from the top of a long page. Requests
 * from `use:enhance` get the action's result as before (the page focuses the target itself); a
 * refused action shows its message as before.
 */
import { isActionFailure, redirect, type RequestEvent } from '@sveltejs/kit';
import { FOCUS_PARAM, focusTarget } from '$lib/focus-return';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAction = (e: any) => unknown;

export function returningFocus<A extends Record<string, AnyAction>>(actions: A): A {
	return Object.fromEntries(
		Object.entries(actions).map(([name, action]) => [
			name,
			async (e: RequestEvent) => {
				const template = e.url.searchParams.get(FOCUS_PARAM);
				if (!template || e.request.headers.get('x-sveltekit-action') === 'true') return action(e);
				const data = await e.request
					.clone()
					.formData()
					.catch(() => null);
				const result = await action(e);
				if (isActionFailure(result)) return result;
				const id = focusTarget(template, (n) => {
					const v = data?.get(n);
					return typeof v === 'string' ? v : null;
				});
				if (id) redirect(303, `${e.url.pathname}#${id}`);
				return result;
			}
		])
	) as A;
}
