/**
 * An event filled, through the services the forms call, with every kind of text they accept (every
 * script, emoji and joiners, right-to-left text, combining marks, tabs and line breaks where a block
 * allows them, invisible formatting characters the rules let through, each field at its length
 * limit), for the tests that export it and open what comes out.
 */
import { randomBytes } from 'node:crypto';
import * as themes from '$lib/server/services/themes';
import * as voting from '$lib/server/services/voting';
import { submitStatement } from '$lib/server/services/statements';
import { changePhase, updateEventDetails, updateSector } from '$lib/server/services/events';
import { joinWithCode, updateProfile } from '$lib/server/services/access';
import { issueRapporteurLink } from '$lib/server/services/links';
import { addPointer } from '$lib/server/services/manifesto-edit';
import { addAction, addSection } from '$lib/server/services/manifesto-sections';
import { decideOutcome } from '$lib/server/services/manifesto-outcomes';
import { TEXT_MAX, TITLE_MAX } from '$lib/domain/statement-rules';
import {
	DISPLAY_NAME_MAX,
	EVENT_DESCRIPTION_MAX,
	EVENT_NAME_MAX,
	LINK_LABEL_MAX,
	PLACE_MAX,
	SECTOR_NAME_MAX
} from '$lib/domain/event-rules';
import { THEME_DESCRIPTION_MAX, THEME_LABEL_MAX } from '$lib/domain/theme-rules';
import { REASON_MAX, ROUND_TITLE_MAX } from '$lib/domain/ballot-rules';
import {
	ACTION_FIELD_MAX,
	ACTION_TEXT_MAX,
	PARK_REASON_MAX,
	POINTER_BODY_MAX,
	POINTER_TITLE_MAX,
	SECTION_TITLE_MAX
} from '$lib/domain/manifesto-rules';
import { seededEvent } from './helpers';

// Latin with accents, CJK, Thai, Arabic and Hebrew (right to left), Greek, Cyrillic, Devanagari,
// emoji with a skin tone and a zero-width joiner, a flag, a combining accent, a right-to-left mark,
// a zero-width space, a byte order mark, a line separator and a no-break space
const SCRIPTS = [
	'Añejo ü ß',
	'漢字かな',
	'ภาษาไทย',
	'العربية',
	'עברית',
	'Ελληνικά',
	'Кириллица',
	'हिन्दी',
	'👩🏽‍🌾',
	'🇹🇭',
	'é',
	'\u200F',
	'\u200B',
	'\uFEFF',
	'\u2028',
	'\u00A0'
];

/** A text of exactly `max` UTF-16 units, every script in it, never cutting a character in two. */
function filled(max: number, block: boolean): string {
	const pieces = block ? [...SCRIPTS, '\t', '\n'] : SCRIPTS;
	let out = 'x';
	for (let i = 0; out.length < max; i++) {
		const next = out + pieces[i % pieces.length] + ' ';
		if (next.length > max - 1) break;
		out = next;
	}
	out = out.padEnd(max - 1, 'y') + 'z';
	return out.normalize('NFC');
}

/** The event, with the ids of its statements, theme, round, section and pointer. */
export function textFilledEvent() {
	const s = seededEvent();
	const { db, facilitator } = s;
	const line = (max: number) => filled(max, false);
	const block = (max: number) => filled(max, true);
	updateEventDetails(db, facilitator, {
		name: line(EVENT_NAME_MAX),
		place: line(PLACE_MAX),
		description: block(EVENT_DESCRIPTION_MAX),
		startsOn: '2019-03-25',
		endsOn: '2019-03-27',
		timeZone: 'Asia/Bangkok'
	});
	const labour = s.sectorId('Labour');
	updateSector(db, facilitator, labour, line(SECTOR_NAME_MAX), '#1f77b4');
	issueRapporteurLink(db, randomBytes(32), facilitator, labour, line(LINK_LABEL_MAX));
	changePhase(db, facilitator, 'breakouts');
	const ids = [0, 1, 2].map(
		(i) =>
			submitStatement(db, facilitator, labour, {
				title: line(TITLE_MAX - i),
				text: block(TEXT_MAX - i),
				actorType: 'digital'
			}).id
	);
	changePhase(db, facilitator, 'convergence');
	const theme = themes.createManualTheme(db, facilitator, line(THEME_LABEL_MAX), ids);
	themes.describeTheme(db, facilitator, theme, {
		label: line(THEME_LABEL_MAX - 1),
		description: block(THEME_DESCRIPTION_MAX)
	});
	themes.setThemeStatus(db, facilitator, theme, 'accepted');
	changePhase(db, facilitator, 'voting');
	const voter = joinWithCode(db, s.links.join!.code!).actor;
	updateProfile(db, voter, { displayName: line(DISPLAY_NAME_MAX), actorType: 'sectoral' });
	const round = voting.createRound(db, facilitator, {
		title: line(ROUND_TITLE_MAX),
		method: 'consent'
	});
	voting.setRoundStatus(db, facilitator, round, 'open');
	voting.castBallot(db, voter, round, [{ themeId: theme, value: 5, reason: line(REASON_MAX) }]);
	voting.setRoundStatus(db, facilitator, round, 'closed');
	changePhase(db, facilitator, 'manifesto');
	const section = addSection(db, facilitator, { title: line(SECTION_TITLE_MAX) });
	const pointer = addPointer(db, facilitator, {
		title: line(POINTER_TITLE_MAX),
		body: block(POINTER_BODY_MAX),
		sectionId: section
	});
	addAction(db, facilitator, pointer, {
		description: line(ACTION_TEXT_MAX),
		organisation: line(ACTION_FIELD_MAX),
		timeline: line(ACTION_FIELD_MAX),
		status: 'planned'
	});
	decideOutcome(db, facilitator, [ids[0]], { outcome: 'parked', reason: line(PARK_REASON_MAX) });
	return { ...s, ids, theme, round, section, pointer };
}
