/**
 * What the board shows, derived from the Board component's props: the layout (computed once per
 * change of data or screen shape), look-ups by key, the search and the sector filter, and the
 * zoom. d3-zoom owns the gesture; its transform is state that Svelte draws with.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { layoutBoard } from './layout';
import { fitTransform } from './viewport';
import { matchingIds, queryWords } from './search';
import { dotsByKey, sectorCounts, sectorsById, themeCounts, themeStops } from './items';
import type { BoardData, BoardLayout, BoardStatement, Point } from './types';

/** The Board component's props, each read through a function so that the view follows them. */
export interface ViewInput {
	data: () => BoardData;
	/** search words: statements containing all of them are highlighted */
	query: () => string;
	/** sector ids chosen in the legend: the other sectors' dots are dimmed */
	activeSectors: () => number[];
	/** read-only, larger type */
	projector: () => boolean;
	/** the unassigned lane's name, for keyboard navigation */
	laneLabel: () => string;
}

/** How far one can zoom out (a whole event on a phone) and in (one dot filling the screen). */
const SCALE_EXTENT: [number, number] = [0.05, 12];
/** A first layout's width / height follows the screen's, within these bounds. */
const MIN_ASPECT = 0.5;
const MAX_ASPECT = 2.5;
/** The projector's labels are this much larger, to be read from the back of the room. */
const PROJECTOR_LABEL_SCALE = 1.3;
/** The dot colour of a sector the board does not know. */
const UNKNOWN_SECTOR_COLOUR = '#8a929b';

export class BoardView {
	/** The board's size on screen in pixels, bound to its container. */
	width = $state(0);
	height = $state(0);
	#input: ViewInput;
	#svg = $state<SVGSVGElement>();
	#transform = $state<ZoomTransform>(zoomIdentity);
	// the previous positions are a memo of the last layout, not state: reading them must not re-run it
	#previous: ReadonlyMap<number, Point> | undefined;
	#userMoved = false;
	#zoom = zoom<SVGSVGElement, unknown>()
		.scaleExtent(SCALE_EXTENT)
		// pressing a theme or a dot drags it (unless read-only); the rest of the board pans
		.filter(
			(e: Event) =>
				e.type === 'wheel' ||
				(!(e as MouseEvent).button &&
					!(e as MouseEvent).ctrlKey &&
					(this.readonly || !(e.target as Element).closest?.('[data-drag]')))
		)
		.on('zoom', (e: { transform: ZoomTransform; sourceEvent: Event | null }) => {
			this.#transform = e.transform;
			if (e.sourceEvent) this.#userMoved = true;
		});

	/** The laid-out board. A first layout waits for the board's size, so that it takes the screen's shape (portrait on a phone). */
	layout: BoardLayout = $derived.by(() => {
		const measured = this.width > 0 && this.height > 0;
		const aspect = measured
			? Math.min(MAX_ASPECT, Math.max(MIN_ASPECT, this.width / this.height))
			: undefined;
		const next = layoutBoard(this.#input.data(), {
			previous: this.#previous,
			aspect,
			labelScale: this.readonly ? PROJECTOR_LABEL_SCALE : 1
		});
		if (measured) this.#previous = next.positions;
		return next;
	});
	/** Every dot by its key. */
	dots = $derived(dotsByKey(this.layout));
	/** The theme-level keyboard stops: the themes and the lane. */
	stops = $derived.by(() => themeStops(this.layout, this.#input.laneLabel()));
	sectors = $derived.by(() => sectorsById(this.#input.data().sectors));
	/** How many themes hold each statement. */
	inThemes = $derived(themeCounts(this.layout));
	/** Distinct statements per sector, for the legend. */
	perSector = $derived(sectorCounts(this.layout));
	#words = $derived.by(() => queryWords(this.#input.query()));
	/** The ids of the statements the search finds; null when nothing is searched for. */
	matches = $derived(
		this.#words.length
			? matchingIds(
					[...this.dots.values()].map((d) => d.statement),
					this.#words
				)
			: null
	);

	constructor(input: ViewInput) {
		this.#input = input;
		// fit the board until the user zooms or pans for themselves
		$effect(() => {
			const { bounds } = this.layout;
			if (this.#svg && this.width > 0 && this.height > 0 && !this.#userMoved) this.#fitTo(bounds);
		});
	}

	get readonly(): boolean {
		return this.#input.projector();
	}
	get searching(): boolean {
		return this.#words.length > 0;
	}
	get transform(): ZoomTransform {
		return this.#transform;
	}

	colourOf = (sectorId: number): string =>
		this.sectors.get(sectorId)?.colour ?? UNKNOWN_SECTOR_COLOUR;
	nameOf = (sectorId: number): string => this.sectors.get(sectorId)?.name ?? '';
	/** Out of the chosen sectors, or not found by the search. */
	dimmed = (s: BoardStatement): boolean => {
		const chosen = this.#input.activeSectors();
		return (
			(chosen.length > 0 && !chosen.includes(s.sectorId)) ||
			(this.matches !== null && !this.matches.has(s.id))
		);
	};
	matched = (s: BoardStatement): boolean => this.matches !== null && this.matches.has(s.id);

	/** Attaches the zoom to the board's <svg> (`{@attach view.zoomable}`), and detaches it when the <svg> goes. */
	zoomable = (svg: SVGSVGElement) => {
		const target = select(svg);
		target.call(this.#zoom).on('dblclick.zoom', null);
		this.#svg = svg;
		return () => void target.on('.zoom', null);
	};

	zoomBy(factor: number): void {
		if (this.#svg) this.#zoom.scaleBy(select(this.#svg), factor);
	}

	/** Shows the whole board, and keeps fitting it until the user zooms or pans again. */
	fit(): void {
		this.#userMoved = false;
		if (this.#svg) this.#fitTo(this.layout.bounds);
	}

	#fitTo(bounds: BoardLayout['bounds']): void {
		const t = fitTransform(bounds, this.width, this.height);
		this.#zoom.transform(select(this.#svg!), zoomIdentity.translate(t.x, t.y).scale(t.k));
	}

	/** Pans to a point that is off screen (keyboard focus or a move target). */
	reveal(p: Point): void {
		const [sx, sy] = this.#transform.apply([p.x, p.y]);
		if (this.#svg && (sx < 0 || sy < 0 || sx > this.width || sy > this.height))
			this.#zoom.translateTo(select(this.#svg), p.x, p.y);
	}

	/** Where a pointer is, in layout units. */
	toBoard(e: PointerEvent): Point {
		const rect = this.#svg!.getBoundingClientRect();
		const [x, y] = this.#transform.invert([e.clientX - rect.left, e.clientY - rect.top]);
		return { x, y };
	}

	/** The drawn item with this key: a theme ("t:12"), the lane or a dot. */
	itemElement(key: string): SVGElement | null {
		return this.#svg?.querySelector<SVGElement>(`[data-key="${key}"]`) ?? null;
	}

	/** Keeps a dragging pointer's events on the board, even off its edge. */
	capture(pointerId: number): void {
		this.#svg?.setPointerCapture(pointerId);
	}
}
