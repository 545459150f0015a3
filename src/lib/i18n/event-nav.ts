/**
 * The event's menu for one role, its words already in the reader's language. Built on the server
 * (the layout's load), so a phone receives a few words of data instead of the code and every
 * language of a menu it mostly does not show.
 */
import { m } from '$lib/paraglide/messages';
import type { Phase, Role } from '$lib/domain/types';
import { suggestionsOpen } from '$lib/domain/suggestion-rules';
import { phaseName } from './phases';

export interface NavItem {
	href: string;
	label: string;
	/** the sector's colour, shown as a swatch (a rapporteur's own sector) */
	colour?: string;
	/** other addresses under which the item is the current page */
	also?: string[];
}

export interface EventNav {
	label: string;
	phaseLabel: string;
	phase: string;
	items: NavItem[];
}

export function eventNav(input: {
	slug: string;
	role: Role;
	phase: Phase;
	published: boolean;
	mySector?: { id: number; name: string; colour: string };
}): EventNav {
	const base = `/e/${input.slug}`;
	const f = `${base}/facilitate`;
	const items: NavItem[] = [];
	if (input.role === 'facilitator')
		items.push(
			{ href: f, label: m.nav_overview() },
			{ href: `${f}/statements`, label: m.nav_statements() },
			{ href: `${f}/themes`, label: m.nav_themes() },
			{ href: `${f}/board`, label: m.nav_board() },
			{ href: `${f}/rounds`, label: m.nav_rounds() },
			{ href: `${f}/present`, label: m.nav_present() },
			{ href: `${base}/since`, label: m.nav_since() },
			{
				href: `${f}/manifesto`,
				label: m.nav_manifesto(),
				also: [`${f}/coverage`, `${f}/manifesto/versions`]
			},
			{ href: `${f}/links`, label: m.nav_links() },
			{ href: `${f}/settings`, label: m.nav_settings() }
		);
	else if (input.role === 'translator') {
		// an interpreter writes renderings, and reads the manifesto once it is public
		items.push({ href: `${base}/translate`, label: m.nav_translate() });
		if (input.published) items.push({ href: `${base}/manifesto`, label: m.nav_manifesto() });
	} else {
		const s = input.mySector;
		items.push(
			input.role === 'rapporteur' && s
				? {
						href: `${base}/s/${s.id}`,
						label: m.nav_my_sector({ sector: s.name }),
						colour: s.colour,
						also: [`${base}/s/${s.id}/batch`]
					}
				: { href: base, label: m.nav_event_home() },
			{ href: `${base}/vote`, label: m.nav_vote() }
		);
		if (input.role === 'rapporteur') items.push({ href: `${base}/since`, label: m.nav_since() });
		if (suggestionsOpen(input.phase))
			items.push({ href: `${base}/suggest`, label: m.nav_suggest() });
		if (input.published) items.push({ href: `${base}/manifesto`, label: m.nav_manifesto() });
	}
	return {
		label: m.nav_event(),
		phaseLabel: m.phase_label(),
		phase: phaseName(input.phase),
		items
	};
}
