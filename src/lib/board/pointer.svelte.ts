/**
 * The board by pointer: pressing a theme selects it; dragging a statement onto a theme moves it
 * there, dragging a theme onto another merges them; hovering a statement shows its tooltip.
 * Pointer events are delegated to the <svg> and find their item by data-key, so 2,000 dots carry
 * no listeners.
 */
import { m } from '$lib/paraglide/messages';
import { itemOf, themeAt, type Stop } from './items';
import type { BoardCallbacks, DotLayout, Point } from './types';
import type { BoardKeyboard } from './keyboard.svelte';
import type { BoardView } from './view.svelte';

/** Pixels a pointer must travel before a press becomes a drag (below it, it is a click). */
const DRAG_THRESHOLD = 5;

/** An item being dragged, where the pointer is (in layout units) and the theme it would drop on. */
export interface Drag extends Point {
	key: string;
	target: number | null;
}

export class BoardPointer {
	#view: BoardView;
	#keys: BoardKeyboard;
	#callbacks: () => BoardCallbacks;
	// a press is not drawn: it becomes a drag once the pointer travels, or else a click
	#press: { key: string; x: number; y: number; pointerId: number } | null = null;
	#drag = $state<Drag | null>(null);
	#hoveredKey = $state<string | null>(null);

	/** The theme a drag or the keyboard's "m" mode would drop on. */
	dropTarget = $derived.by(() => this.#drag?.target ?? this.#keys.mode?.target ?? null);
	/** What is being dragged: a dot or a theme. */
	dragged: DotLayout | Stop | undefined = $derived.by(() => {
		const drag = this.#drag;
		return drag
			? (this.#view.dots.get(drag.key) ?? this.#view.stops.find((s) => s.id === drag.key))
			: undefined;
	});
	/** The statement the tooltip shows: under the pointer, else focused; none while dragging. */
	tipDot = $derived.by(() => {
		const { dots } = this.#view;
		const focused = this.#keys.focusedDot?.key ?? null;
		const key = this.#drag ? null : (this.#hoveredKey ?? focused);
		return key ? dots.get(key) : undefined;
	});

	constructor(view: BoardView, keys: BoardKeyboard, callbacks: () => BoardCallbacks) {
		this.#view = view;
		this.#keys = keys;
		this.#callbacks = callbacks;
	}

	get drag(): Drag | null {
		return this.#drag;
	}

	onpointerdown = (e: PointerEvent) => {
		const item = itemOf(e);
		if (this.#view.readonly || e.button !== 0 || !item || item.kind === 'lane') return;
		this.#press = { key: item.key, x: e.clientX, y: e.clientY, pointerId: e.pointerId };
	};

	onpointermove = (e: PointerEvent) => {
		const press = this.#press;
		if (!press || e.pointerId !== press.pointerId) return;
		if (!this.#drag) {
			if (Math.hypot(e.clientX - press.x, e.clientY - press.y) < DRAG_THRESHOLD) return;
			const { onmove, onmerge } = this.#callbacks();
			const isTheme = press.key.startsWith('t:');
			if ((isTheme && !onmerge) || (!isTheme && !onmove)) return;
			this.#view.capture(e.pointerId);
			this.#hoveredKey = null;
		}
		const p = this.#view.toBoard(e);
		this.#drag = {
			key: press.key,
			...p,
			target: themeAt(this.#view.layout, p, this.#sourceTheme(press.key))
		};
	};

	onpointerup = (e: PointerEvent) => {
		const done = this.#press;
		const dropped = this.#drag;
		this.#press = null;
		this.#drag = null;
		if (!done || e.pointerId !== done.pointerId) return;
		const { onselect, onmove, onmerge } = this.#callbacks();
		if (!dropped) {
			if (done.key.startsWith('t:')) onselect?.(Number(done.key.slice(2)));
			return;
		}
		if (dropped.target === null) return;
		const label = this.#keys.labelOf(dropped.target);
		if (done.key.startsWith('t:')) {
			this.#keys.announce(m.board_merge_done({ label }));
			onmerge?.(Number(done.key.slice(2)), dropped.target);
		} else {
			const dot = this.#view.dots.get(done.key);
			this.#keys.announce(m.board_move_done({ label }));
			if (dot) onmove?.(dot.statement.id, dot.themeId, dropped.target);
		}
	};

	onpointercancel = () => {
		this.#press = null;
		this.#drag = null;
	};

	onpointerover = (e: PointerEvent) => {
		const item = itemOf(e);
		if (!this.#drag && item?.kind === 'dot') this.#hoveredKey = item.key;
	};

	onpointerout = (e: PointerEvent) => {
		if (itemOf(e)?.key === this.#hoveredKey) this.#hoveredKey = null;
	};

	/** The theme a dragged item comes from: itself for a theme, its own theme for a statement. */
	#sourceTheme(key: string): number | null {
		return key.startsWith('t:')
			? Number(key.slice(2))
			: (this.#view.dots.get(key)?.themeId ?? null);
	}
}
