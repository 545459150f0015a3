/** Zoom maths that needs no DOM: fitting the board to the screen. */

/** Fitting never enlarges beyond this, so that a board of two themes does not fill a projector. */
export const MAX_FIT_SCALE = 3;

/** Translate and scale that show `bounds` whole and centred in a `width` × `height` viewport. */
export function fitTransform(
	bounds: { x: number; y: number; width: number; height: number },
	width: number,
	height: number,
	margin = 16
): { x: number; y: number; k: number } {
	const w = Math.max(1, bounds.width);
	const h = Math.max(1, bounds.height);
	const k = Math.max(
		0.01,
		Math.min(MAX_FIT_SCALE, (width - 2 * margin) / w, (height - 2 * margin) / h)
	);
	return { k, x: width / 2 - (bounds.x + w / 2) * k, y: height / 2 - (bounds.y + h / 2) * k };
}
