/**
 * Why a curation step on the themes was refused, or an undo skipped, in terms the interface turns
 * into words: which theme, and what still holds it (a vote round, ballots, a manifesto pointer).
 */

/** What holds a theme that a step would remove: the rounds it is in, the ballots naming it, the pointers traced to it. */
export interface ThemeHold {
	themeId: number;
	label: string;
	/** titles of the vote rounds it is in */
	rounds: string[];
	/** how many ballots name it */
	ballots: number;
	/** titles of the manifesto pointers traced to it */
	pointers: string[];
}

/** True when something holds the theme, so that removing it would orphan a round, a ballot or a pointer. */
export const isHeld = (h: ThemeHold): boolean =>
	h.rounds.length > 0 || h.ballots > 0 || h.pointers.length > 0;

/** The curation steps that remove themes, and so may be refused for a theme in use. */
export type RemovingStep = 'merge' | 'propose';

/** The particulars of a refused curation step. */
export type CurationRefusal =
	/** the theme acted on is no longer there: merged away, or replaced by a new proposal */
	| { kind: 'theme_gone' }
	/** the theme was changed by someone else since the page showed it */
	| { kind: 'theme_changed'; label: string }
	/** the step would remove themes that rounds, ballots or pointers still hold */
	| {
			kind: 'theme_in_use';
			step: RemovingStep;
			holds: ThemeHold[];
			/** for a merge: the theme it would have merged into, and whether that one is held too */
			into?: { label: string; held: boolean };
	  };

/** Why an undo or a redo could not apply, so that it was skipped (the step stays in the history). */
export type UndoSkip =
	/** someone changed these themes (or rows) since the step */
	| { reason: 'changed'; labels: string[] }
	/** it would remove themes that rounds, ballots or pointers hold */
	| { reason: 'in_use'; holds: ThemeHold[] }
	/** it would bring back a row whose id another row has taken (ids given out before they were kept unique) */
	| { reason: 'taken' }
	/** it would bring back a pointer traced to a theme that is no longer there */
	| { reason: 'theme_gone' }
	/** the database refused it for another reason; nothing was changed */
	| { reason: 'blocked' };

/** What an undo or a redo did: the step's action, and why it was skipped (null: it applied). */
export interface Replayed {
	action: string;
	skipped: UndoSkip | null;
}
