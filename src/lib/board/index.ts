/** The board's pure maths: layout, label wrapping, search and keyboard navigation. No DOM. */
export { layoutBoard } from './layout';
export { wrapLabel, CHAR_WIDTH_EM } from './labels';
export { themeShape, labelBox, DOT_RADIUS, LINE_HEIGHT, COUNT_SIZE } from './shape';
export { THEME_GAP } from './place';
export { queryWords, matchesWords, foldText } from './search';
export { fitTransform, MAX_FIT_SCALE } from './viewport';
export { arrowDirection, nearestInDirection, type Direction } from './navigation';
export type * from './types';
