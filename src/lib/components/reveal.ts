/**
 * An attachment that scrolls a message into view when it appears, if it is off-screen: on a phone
 * a refusal or "could not be sent" shown above the form would otherwise go unseen.
 */
export function reveal(node: HTMLElement): void {
	const { top, bottom } = node.getBoundingClientRect();
	if (top >= 0 && bottom <= window.innerHeight) return;
	const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	node.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
}
