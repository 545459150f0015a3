/** Data the board is drawn from, the layout it is drawn with, and what it tells the page. */

/** A sector as the board shows it: a name and a colour. */
export interface BoardSector {
	id: number;
	name: string;
	colour: string;
}

/** One statement; it may sit in two themes and is then drawn in each. */
export interface BoardStatement {
	id: number;
	title: string;
	text: string;
	sectorId: number;
	similarity: number | null;
	/** added since the session the board compares with (outlined) */
	fresh?: boolean;
}

/** One theme with its member statements; discarded themes are not drawn. */
export interface BoardTheme {
	id: number;
	label: string;
	status: 'proposed' | 'accepted' | 'locked' | 'discarded';
	crossSector: number;
	members: BoardStatement[];
	/** created or changed since the session the board compares with (outlined) */
	fresh?: boolean;
}

/** Everything the board needs: themes, the unassigned lane and the sector legend. */
export interface BoardData {
	themes: BoardTheme[];
	unassigned: BoardStatement[];
	sectors: BoardSector[];
}

/** A position in layout units. */
export interface Point {
	x: number;
	y: number;
}

/** Options of `layoutBoard`. */
export interface LayoutOptions {
	/** Theme centres of the previous layout: themes still present stay near them. */
	previous?: ReadonlyMap<number, Point>;
	/** Width / height that a first layout (no `previous`) aims at; 1.7 when not given. */
	aspect?: number;
	/** Multiplies the label type size (the projector uses a larger one). */
	labelScale?: number;
}

/** One statement dot in absolute layout coordinates; `themeId` is null in the unassigned lane. */
export interface DotLayout {
	key: string;
	statement: BoardStatement;
	themeId: number | null;
	x: number;
	y: number;
}

/** One theme circle with its wrapped label and its dots. */
export interface ThemeLayout {
	id: number;
	theme: BoardTheme;
	x: number;
	y: number;
	r: number;
	/** Label type size in layout units, and the label's lines (the last one may end in "…"). */
	fontSize: number;
	lines: string[];
	/** True when the lines had to be shortened: the full label belongs in a tooltip. */
	truncated: boolean;
	/** Sector ids of the members, in legend order, without repeats. */
	sectorIds: number[];
	dots: DotLayout[];
}

/** The lane of unassigned statements under the themes. */
export interface LaneLayout {
	x: number;
	y: number;
	width: number;
	height: number;
	fontSize: number;
	dots: DotLayout[];
}

/** The whole board in layout units, ready to draw. */
export interface BoardLayout {
	themes: ThemeLayout[];
	lane: LaneLayout | null;
	dotRadius: number;
	bounds: { x: number; y: number; width: number; height: number };
	/** Theme centres, to pass back as `previous` next time. */
	positions: Map<number, Point>;
}

/** What the board tells the page: a theme chosen, a statement moved, a theme merged into another. */
export interface BoardCallbacks {
	onselect?: (themeId: number) => void;
	onmove?: (statementId: number, fromThemeId: number | null, toThemeId: number) => void;
	onmerge?: (sourceThemeId: number, targetThemeId: number) => void;
}
