/** Shared shapes of the domain, free of any I/O. */

export const PHASES = [
	'setup',
	'breakouts',
	'convergence',
	'voting',
	'manifesto',
	'closed'
] as const;
export type Phase = (typeof PHASES)[number];

export const ROLES = ['facilitator', 'rapporteur', 'participant', 'translator'] as const;
export type Role = (typeof ROLES)[number];

export type ActorType = 'sectoral' | 'digital';

export interface EventInfo {
	id: number;
	slug: string;
	name: string;
	description: string;
	place: string;
	startsOn: string | null;
	endsOn: string | null;
	phase: Phase;
	submissionsReopened: boolean;
	isDemo: boolean;
	createdAt: string;
	updatedAt: string;
	/** when the manifesto was made public; null while only facilitators see it */
	manifestoPublishedAt: string | null;
	/** the IANA time zone every time of the event is shown in; null: the server's */
	timeZone: string | null;
	/** the languages the event works in (language codes; empty: not set) */
	languages: string[];
	/** the language themes are grouped in and the plenary decides in (null: not set) */
	workingLanguage: string | null;
}

export interface Sector {
	id: number;
	eventId: number;
	name: string;
	colour: string;
	position: number;
}

export type StatementSource = 'form' | 'paste' | 'csv' | 'demo' | 'import';

export interface Statement {
	id: number;
	eventId: number;
	sectorId: number;
	title: string;
	text: string;
	lang: string | null;
	authorId: number | null;
	source: StatementSource;
	createdAt: string;
	updatedAt: string;
	withdrawnAt: string | null;
	/** who raised it in the breakout: a sectoral actor or a digital activist, when known */
	actorType: ActorType | null;
}

/** Who is acting: resolved on the server from the session cookie, never from the request body. */
export interface Actor {
	participantId: number;
	eventId: number;
	role: Role;
	/** the sector a rapporteur speaks for */
	sectorId: number | null;
}

/** An existing statement close to a text being written, with its sector and how close. */
export interface SimilarStatement {
	id: number;
	title: string;
	text: string;
	sector: string;
	colour: string;
	/** whether it was written in the sector asking */
	own: boolean;
	/** cosine similarity in [0, 1] */
	score: number;
}
