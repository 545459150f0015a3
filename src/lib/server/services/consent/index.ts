/**
 * Rapporteurs' consent: when a curation step moves their sector's statements to another theme (a
 * merge, a split, a move, a discard), the sector's rapporteur sees it on their page and agrees or
 * objects with a reason; they may also flag a theme that misrepresents one of their statements.
 * Objections and flags wait beside the board until a facilitator keeps the decision (which records
 * that it overrode the objection) or revisits it. Every answer is logged in the change log. This
 * file is the whole public API.
 */
export { consentOf, flaggableThemes, stepsForSector } from './sector';
export { flag, respond } from './answer';
export { answersByStep, openObjections, resolve, type OpenObjection } from './board';
