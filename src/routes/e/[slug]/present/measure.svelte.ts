/**
 * How wide the presenter's labels are: estimated on the server, measured by the browser once its
 * fonts are loaded, so a label is fitted to the font the projector really draws.
 */
import { wordWidth, type Measure } from '$lib/board/presenter-fit';

// measured text is taken a little wider, for the rounding of the browser's layout
const SAFETY = 1.04;

/** The measure the labels use now (only the browser ever changes it, once). */
export const fonts = $state<{ measure: Measure }>({ measure: wordWidth });

/** Switches the labels to the browser's own measure of bold text in the page's font. */
export async function measureInBrowser(element: HTMLElement): Promise<void> {
	await document.fonts.ready;
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return;
	context.font = `700 100px ${getComputedStyle(element).fontFamily}`;
	// a plain cache: nothing renders it
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const cache = new Map<string, number>();
	fonts.measure = (text) => {
		let w = cache.get(text);
		if (w === undefined) cache.set(text, (w = (context.measureText(text).width / 100) * SAFETY));
		return w;
	};
}
