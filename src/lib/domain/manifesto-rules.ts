/** The limits of manifesto edits (a plain module: pages load it; the schemas are in manifesto-schema.ts). */

export const POINTER_TITLE_MAX = 200;
export const POINTER_BODY_MAX = 4000;
export const SECTION_TITLE_MAX = 120;
export const ACTION_TEXT_MAX = 500;
export const ACTION_FIELD_MAX = 120;
export const PARK_REASON_MAX = 300;
export const CHANGE_NOTE_MAX = 4000;
