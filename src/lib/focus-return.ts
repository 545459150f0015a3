/**
 * Where keyboard focus goes after a form's action: the element acted on, or the one that takes
 * its place. A form names it in its action's URL (`?/status&theme=4&focus=theme-4`), a `{field}`
 * standing for a field's value (`focus=theme-{into}`). Without JavaScript the action redirects to
 * the page at `#that-id`; with JavaScript the form's enhance focuses it after the update.
 */
import { tick } from 'svelte';

export const FOCUS_PARAM = 'focus';

/** `&focus=…` for an action's URL. */
export const focusParam = (template: string) => `&${FOCUS_PARAM}=${encodeURIComponent(template)}`;

/** The element id a focus template names, its `{field}`s filled with numeric form values; null if none or malformed. */
export function focusTarget(
	template: string | null | undefined,
	field: (name: string) => string | null | undefined
): string | null {
	if (!template) return null;
	let ok = true;
	const id = template.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
		const value = field(name) ?? '';
		if (!/^\d+$/.test(value)) ok = false;
		return value;
	});
	return ok && /^[a-zA-Z][\w-]*$/.test(id) ? id : null;
}

/**
 * Focuses the element with this id once the page has updated. A disabled control hands focus to
 * the element its `data-focus-else` names (Undo, once nothing is left to undo, to Redo).
 */
export async function returnFocus(id: string | null): Promise<void> {
	if (!id || typeof document === 'undefined') return;
	await tick();
	let el = document.getElementById(id);
	const seen = new Set<string>();
	while (el && el.matches(':disabled') && el.dataset.focusElse && !seen.has(el.id)) {
		seen.add(el.id);
		el = document.getElementById(el.dataset.focusElse);
	}
	if (!el || el.matches(':disabled')) return;
	el.focus();
	keepFocus(el);
}

/**
 * For a moment after focus returns, the live refresh that follows an action may move the element
 * (a list re-sorted): moving a focused node drops focus to the page, so it is put back.
 */
function keepFocus(el: HTMLElement, ms = 2000): void {
	const until = Date.now() + ms;
	const onOut = (e: FocusEvent) => {
		if (e.relatedTarget !== null || Date.now() > until) return stop();
		queueMicrotask(() => {
			const lost = document.activeElement === null || document.activeElement === document.body;
			if (lost && el.isConnected && !el.matches(':disabled')) el.focus();
		});
	};
	const stop = () => el.removeEventListener('focusout', onOut);
	el.addEventListener('focusout', onOut);
	setTimeout(stop, ms);
}
