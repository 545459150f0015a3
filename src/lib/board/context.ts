/** What Board.svelte gives by context to the components that draw the board. */
import { createContext } from 'svelte';
import type { BoardKeyboard } from './keyboard.svelte';
import type { BoardPointer } from './pointer.svelte';
import type { BoardView } from './view.svelte';

export interface BoardContext {
	view: BoardView;
	keys: BoardKeyboard;
	pointer: BoardPointer;
}

/** `setBoard` in Board.svelte; `getBoard` in each component inside it. */
export const [getBoard, setBoard] = createContext<BoardContext>();
