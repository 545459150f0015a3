/**
 * The board by keyboard. One tab stop among the themes (and the lane), one among the current
 * theme's statements; the arrow keys move to the nearest item that way; Enter selects; "m" starts
 * moving a statement or merging a theme, the arrows choose where, Enter commits and Escape
 * cancels. Keys are delegated to the <svg> and find their item by data-key. What happens is said
 * to screen readers through `announcement`.
 */
import { tick } from 'svelte';
import { m } from '$lib/paraglide/messages';
import { arrowDirection, nearestInDirection } from './navigation';
import { dotsOf, itemOf, stopOf, type Stop } from './items';
import type { BoardCallbacks, BoardStatement } from './types';
import type { BoardView } from './view.svelte';

/** The "m" mode: a statement or a theme on its way to the theme `target` names. */
export type Mode =
	| { kind: 'move'; statement: BoardStatement; from: number | null; target: number | null }
	| { kind: 'merge'; source: number; target: number | null };

export class BoardKeyboard {
	#view: BoardView;
	#selected: () => number | null;
	#callbacks: () => BoardCallbacks;
	#activeStop = $state<string | null>(null);
	#activeDot = $state<string | null>(null);
	#focusedKey = $state<string | null>(null);
	#announcement = $state('');
	#mode = $state<Mode | null>(null);

	// without a focused or selected theme, the board is entered at its top left
	#firstStop = $derived.by(() =>
		this.#view.stops.reduce<Stop | null>(
			(best, s) => (!best || s.x + s.y < best.x + best.y ? s : best),
			null
		)
	);
	/** The key of the theme-level tab stop: the last one reached, else the selected theme, else the first. */
	currentStop = $derived.by(() => {
		const { stops } = this.#view;
		const selected = this.#selected();
		if (stops.some((s) => s.id === this.#activeStop)) return this.#activeStop;
		return selected !== null && stops.some((s) => s.themeId === selected)
			? `t:${selected}`
			: (this.#firstStop?.id ?? null);
	});
	/** The key of the statement-level tab stop, inside the current theme-level stop. */
	dotStop = $derived.by(() => {
		const { dots, layout } = this.#view;
		const key = this.#activeDot;
		return key && dots.has(key) && stopOf(dots.get(key)!) === this.currentStop
			? key
			: (dotsOf(layout, this.currentStop)[0]?.id ?? null);
	});
	focusedDot = $derived.by(() =>
		this.#focusedKey ? this.#view.dots.get(this.#focusedKey) : undefined
	);
	focusedStop = $derived.by(() =>
		this.#focusedKey ? this.#view.stops.find((s) => s.id === this.#focusedKey) : undefined
	);

	constructor(view: BoardView, selected: () => number | null, callbacks: () => BoardCallbacks) {
		this.#view = view;
		this.#selected = selected;
		this.#callbacks = callbacks;
	}

	/** The theme the page shows the details of. */
	get selected(): number | null {
		return this.#selected();
	}
	/** What screen readers were last told (and, in the "m" mode, what the board shows). */
	get announcement(): string {
		return this.#announcement;
	}
	get mode(): Mode | null {
		return this.#mode;
	}

	announce(text: string): void {
		this.#announcement = text;
	}

	/** The label of a theme (or of the lane, for null). */
	labelOf(themeId: number | null): string {
		return this.#view.stops.find((s) => s.themeId === themeId)?.label ?? '';
	}

	onkeydown = (e: KeyboardEvent) => {
		const item = itemOf(e);
		if (!item) return;
		if (this.#mode) return this.#modeKey(e, this.#mode);
		const { dots, stops, layout, readonly } = this.#view;
		const { onselect, onmove, onmerge } = this.#callbacks();
		const dir = arrowDirection(e.key);
		const dot = dots.get(item.key);
		const stop = stops.find((s) => s.id === item.key);
		const activate = e.key === 'Enter' || e.key === ' ';
		if (dot) {
			const next = dir && nearestInDirection(dotsOf(layout, stopOf(dot)), dot, dir, item.key);
			if (next) this.#focusKey(next, this.#describe(dots.get(next)!.statement));
			else if (e.key === 'Escape') this.#focusKey(stopOf(dot));
			else if (activate && dot.themeId !== null) onselect?.(dot.themeId);
			else if (e.key === 'm' && !readonly && onmove) {
				this.#mode = { kind: 'move', statement: dot.statement, from: dot.themeId, target: null };
				this.#announcement = m.board_move_start({
					title: dot.statement.title || dot.statement.text
				});
			} else if (!dir) return;
		} else if (stop) {
			const next = dir && nearestInDirection(stops, stop, dir, item.key);
			if (next) this.#focusKey(next, stops.find((s) => s.id === next)!.label);
			else if (activate && stop.themeId !== null) onselect?.(stop.themeId);
			else if (activate && this.dotStop) this.#focusKey(this.dotStop);
			else if (e.key === 'm' && stop.themeId !== null && !readonly && onmerge) {
				this.#mode = { kind: 'merge', source: stop.themeId, target: null };
				this.#announcement = m.board_merge_start({ label: stop.label });
			} else if (!dir) return;
		}
		e.preventDefault();
	};

	onfocusin = (e: FocusEvent) => {
		const item = itemOf(e);
		this.#focusedKey = item?.key ?? null;
		if (!item) return;
		const dot = this.#view.dots.get(item.key);
		if (dot) this.#activeDot = item.key;
		this.#activeStop = dot ? stopOf(dot) : item.key;
	};

	onfocusout = () => {
		this.#focusedKey = null;
		if (this.#mode) this.#finish('cancel');
	};

	#modeKey(e: KeyboardEvent, current: Mode) {
		const { stops } = this.#view;
		const dir = arrowDirection(e.key);
		if (dir) {
			const fromId = current.target ?? (current.kind === 'move' ? current.from : current.source);
			const from = stops.find((s) => s.themeId === fromId) ?? stops[0];
			const skip = current.kind === 'move' ? current.from : current.source;
			const next = nearestInDirection(
				stops.filter((s) => s.themeId !== null && s.themeId !== skip),
				from,
				dir
			);
			const stop = stops.find((s) => s.id === next);
			if (stop) {
				this.#mode = { ...current, target: stop.themeId };
				this.#announcement =
					current.kind === 'move'
						? m.board_move_target({ label: stop.label })
						: m.board_merge_target({ label: stop.label });
				this.#view.reveal(stop);
			}
		} else if (e.key === 'Enter' || e.key === ' ') this.#finish('commit');
		else if (e.key === 'Escape') this.#finish('cancel');
		else if (e.key !== 'Tab') return;
		if (e.key !== 'Tab') e.preventDefault();
	}

	#finish(result: 'commit' | 'cancel') {
		const current = this.#mode;
		this.#mode = null;
		if (!current) return;
		const { onmove, onmerge } = this.#callbacks();
		if (result === 'cancel' || current.target === null) {
			this.#announcement = m.board_cancelled();
		} else if (current.kind === 'move') {
			this.#focusKey(
				`t:${current.target}`,
				m.board_move_done({ label: this.labelOf(current.target) })
			);
			onmove?.(current.statement.id, current.from, current.target);
		} else {
			this.#focusKey(
				`t:${current.target}`,
				m.board_merge_done({ label: this.labelOf(current.target) })
			);
			onmerge?.(current.source, current.target);
		}
	}

	/** Makes an item the tab stop of its level, focuses it and brings it into view. */
	async #focusKey(key: string, say?: string) {
		const dot = this.#view.dots.get(key);
		if (dot) this.#activeDot = key;
		this.#activeStop = dot ? stopOf(dot) : key;
		if (say) this.#announcement = say;
		await tick();
		this.#view.itemElement(key)?.focus({ preventScroll: true });
		const at = dot ?? this.#view.stops.find((s) => s.id === key);
		if (at) this.#view.reveal(at);
	}

	/** What a screen reader hears on reaching a statement: its title and sector, then its text. */
	#describe(s: BoardStatement): string {
		const named = m.board_statement_aria({
			title: s.title || s.text,
			sector: this.#view.nameOf(s.sectorId)
		});
		return s.title ? `${named} ${s.text}` : named;
	}
}
