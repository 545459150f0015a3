/** The "since" view's facts in the reader's language: who, and what they did. */
import { m } from '$lib/paraglide/messages';
import type { SinceFact } from '$lib/domain/since';
import type { Phase } from '$lib/domain/types';
import { themeActionName, themeStepText } from './themes';
import { phaseName } from './phases';

const PHASES = ['setup', 'breakouts', 'convergence', 'voting', 'manifesto', 'closed'];
const phase = (p: string) => (PHASES.includes(p) ? phaseName(p as Phase) : p);

/** What one fact says, as the words after its doer ("added “Gig workers” to Labour"). */
export function sinceText(f: SinceFact, sectorName: (id: number | null) => string): string {
	switch (f.kind) {
		case 'statement_added':
			return m.since_statement_added({ title: f.title, sector: sectorName(f.sectorId) });
		case 'statement_edited':
			return f.from === f.to
				? m.since_statement_edited({ title: f.to })
				: m.since_statement_retitled({ from: f.from, to: f.to });
		case 'statement_withdrawn':
			return m.since_statement_withdrawn({ title: f.title });
		case 'statement_restored':
			return m.since_statement_restored({ title: f.title });
		case 'theme_step':
			return themeStepText(f.action, f.detail);
		case 'theme_undo':
			return f.redo
				? m.history_redid({ action: themeActionName(f.action) })
				: m.history_undid({ action: themeActionName(f.action) });
		case 'round_created':
			return m.since_round_created({ title: f.title });
		case 'round_opened':
			return m.since_round_opened({ title: f.title });
		case 'round_closed':
			return m.since_round_closed({ title: f.title });
		case 'ballots':
			return m.since_ballots({ count: f.count, title: f.title });
		case 'pointer_promoted':
			return m.since_pointer_promoted({ title: f.title });
		case 'pointer_added':
			return m.since_pointer_added({ title: f.title });
		case 'pointer_removed':
			return m.since_pointer_removed({ title: f.title });
		case 'pointer_reworded':
			return f.from === f.to
				? m.since_pointer_reworded({ title: f.to })
				: m.since_pointer_retitled({ from: f.from, to: f.to });
		case 'manifesto_edited':
			return m.since_manifesto_edited();
		case 'manifesto_published':
			return f.version === null
				? m.since_manifesto_published_same()
				: m.since_manifesto_published({ version: f.version });
		case 'manifesto_unpublished':
			return m.since_manifesto_unpublished();
		case 'phase':
			return m.since_phase({ from: phase(f.from), to: phase(f.to) });
		case 'session_closed':
			return m.since_session_closed({ name: f.name });
	}
}

/**
 * Who did it: their name, or when they gave none their role (a rapporteur by their sector), marked
 * "(you)" for the reader's own steps (the sentence goes on in the third person in every language).
 * Ballots name nobody.
 */
export function sinceWho(
	i: { mine: boolean; who: string; whoSector: number | null; actorRole: string; fact: SinceFact },
	sectorName: (id: number | null) => string
) {
	if (i.fact.kind === 'ballots') return '';
	const name =
		i.who ||
		(i.actorRole === 'facilitator'
			? m.since_a_facilitator()
			: i.actorRole === 'rapporteur'
				? i.whoSector !== null && sectorName(i.whoSector)
					? m.since_rapporteur_of({ sector: sectorName(i.whoSector) })
					: m.since_a_rapporteur()
				: m.since_someone());
	return i.mine ? `${name} ${m.since_you()}` : name;
}
