/** The lengths of what a facilitator types about a theme, shared by the services and the event file. */

/** A theme's name: a phrase or a short sentence, shown on the board and on every phone. */
export const THEME_LABEL_MAX = 120;
/** A theme's description: a paragraph or two, shown beside its statements. */
export const THEME_DESCRIPTION_MAX = 1000;
