/**
 * What a live notice can name, and the `depends()` key of each: a load declares the topics it
 * shows, and a notice invalidates only the pages that show what changed.
 */
export const TOPICS = [
	'event',
	'statements',
	'themes',
	'rounds',
	'ballots',
	'manifesto',
	'suggestions',
	'presenter'
] as const;
export type Topic = (typeof TOPICS)[number];

// event:      the event's details, phase, sectors and links
// statements: statements written, edited, withdrawn or restored
// themes:     themes and their members
// rounds:     vote rounds created, opened, closed; themes promoted from a round
// ballots:    a ballot cast or changed (turnout, tallies)
// manifesto:  pointers, sections, actions, statement outcomes, publication
// suggestions: the floor's merge suggestions made, supported, applied or dismissed
// presenter:  what the presenter screen shows (view, round, page, contrast)

/** The dependency key of a topic, for `depends()` in a load and `invalidate()` on a notice. */
export const dependency = (topic: Topic) => `app:${topic}` as const;
