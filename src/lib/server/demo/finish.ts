/**
 * Plays the demo event through to its end, the way a facilitator would: the engine's themes,
 * the broadest accepted, a dot vote by forty participants, the top five promoted to pointers in
 * two sections with action plans, every other statement sent to its sector's paper or parked
 * with a reason, and the manifesto published. For a look at the outputs before running an event
 * (`npm run demo:reset -- --finished`) and for the screenshots. Deterministic for a given demo.
 */
import type { Db } from '../db/connection';
import { findDemoEvent, listSectors } from '../db/events';
import { listLinks } from '../db/access';
import { describeLink } from '../services/links';
import { joinWithCode, openLink, updateProfile } from '../services/access';
import { changePhase } from '../services/events';
import { boardOf, proposeEventThemes, setThemeStatus } from '../services/themes';
import { castBallot, createRound, promoteThemes, setRoundStatus } from '../services/voting';
import { coverageFor, editorFor } from '../services/manifesto-read';
import { editPointer } from '../services/manifesto-edit';
import { addAction, addSection } from '../services/manifesto-sections';
import { decideOutcome, sendRestToPaper } from '../services/manifesto-outcomes';
import { setPublished } from '../services/manifesto-versions';
import type { Actor } from '$lib/domain/types';
import { mulberry32 } from '$lib/clustering';

/** How the room reworded the engine's labels into pointers, by the words of the theme; the first match wins. */
const WORDINGS: [RegExp, string][] = [
	[/surveil|facial/i, 'End the mass surveillance of people and movements'],
	[/consent|collective/i, 'Communities hold collective rights over their data'],
	[/infrastructure|build public/i, 'Build public digital infrastructure, in the open'],
	[/discriminat|algorithmic decision/i, 'No automated decision without explanation and appeal'],
	[/digital id|welfare|exclu/i, 'No one shut out of welfare by a digital ID'],
	[/platform|gig|worker/i, 'Platform workers are workers'],
	[/trade|commerce|agreement/i, 'Keep data rules out of trade agreements'],
	[/disinformation|fake news|media/i, 'Public-interest media, not engagement algorithms']
];

type Commitment = {
	description: string;
	organisation: string;
	timeline: string;
	status: 'planned' | 'in_progress';
};

/** Who commits to what, for pointers whose words match; each commitment is used once. */
const COMMITMENTS: [RegExp, Commitment][] = [
	[
		/surveil|facial|biometric/i,
		{
			description:
				'Document surveillance of protests and file freedom-of-information requests in four countries',
			organisation: 'Democracy and media network',
			timeline: 'Findings at the next assembly',
			status: 'in_progress'
		}
	],
	[
		/surveil|privacy|data/i,
		{
			description: 'Train movement organisers in digital security',
			organisation: 'Digital-rights activists',
			timeline: 'Three regional trainings this year',
			status: 'planned'
		}
	],
	[
		/consent|collective|data/i,
		{
			description:
				'Draft a model collective data-rights clause for union and cooperative agreements',
			organisation: 'Labour and farming caucus',
			timeline: 'Draft by June, adopted at the next assembly',
			status: 'in_progress'
		}
	],
	[
		/consent|health|data/i,
		{
			description: 'Run a community audit of the health and welfare apps used in three countries',
			organisation: 'Health working group',
			timeline: 'Report in six months',
			status: 'planned'
		}
	],
	[
		/infrastructure|public|open/i,
		{
			description: 'Map community networks and the rules that block them',
			organisation: 'Livelihoods and education groups',
			timeline: 'Map online in three months',
			status: 'planned'
		}
	],
	[
		/infrastructure|public|open/i,
		{
			description: 'Campaign for open licences on publicly funded educational resources',
			organisation: 'Education coalition',
			timeline: 'Before the next budget cycle',
			status: 'planned'
		}
	],
	[
		/algorithm|discriminat|automat|platform|worker/i,
		{
			description:
				'Publish a guide for contesting automated decisions at work and in public services',
			organisation: 'Labour caucus',
			timeline: 'Before the regional labour conference',
			status: 'planned'
		}
	],
	[
		/algorithm|discriminat|automat/i,
		{
			description:
				'Bring a test case on algorithmic discrimination to the national human rights institution',
			organisation: 'Gender and democracy groups',
			timeline: 'Filed within the year',
			status: 'planned'
		}
	],
	[
		/digital id|welfare|exclu/i,
		{
			description: 'Collect testimonies of people refused rations or pensions by ID failures',
			organisation: 'Livelihoods and peace groups',
			timeline: 'Dossier in four months',
			status: 'in_progress'
		}
	],
	[
		/digital id|welfare|exclu/i,
		{
			description: 'Demand an offline alternative for every public service in the national ID law',
			organisation: 'Network secretariat',
			timeline: 'Submission to the consultation',
			status: 'planned'
		}
	],
	[
		/trade|commerce|agreement/i,
		{
			description: 'Brief trade negotiators on data-flow clauses before the next round',
			organisation: 'Trade justice network',
			timeline: 'Before the next round of negotiations',
			status: 'in_progress'
		}
	]
];
const FALLBACK: Commitment = {
	description: 'Circulate this pointer to member organisations and collect their commitments',
	organisation: 'Network secretariat',
	timeline: 'Within a month',
	status: 'planned'
};

/** Reasons a facilitator gives for parking a statement, in turn. */
const PARK_REASONS = [
	'Belongs to a campaign the network already runs',
	'Too specific to one country for the manifesto; kept for the sector',
	'The plenary asked for more evidence first'
];

function facilitatorOf(db: Db, key: Buffer, eventId: number): Actor {
	const link = listLinks(db, eventId)
		.filter((l) => l.role === 'facilitator' && !l.revokedAt)
		.sort((a, b) => b.id - a.id)[0];
	const path = link && describeLink(key, link).path;
	if (!path) throw new Error('the demo event has no facilitator link');
	return openLink(db, path.replace(/^\/k\//, '')).actor;
}

function joinCodeOf(db: Db, key: Buffer, eventId: number): string {
	const link = listLinks(db, eventId)
		.filter((l) => l.role === 'participant' && !l.revokedAt)
		.sort((a, b) => b.id - a.id)[0];
	const code = link && describeLink(key, link).code;
	if (!code) throw new Error('the demo event has no join code');
	return code;
}

/** Carries the demo event from its statements to a published manifesto. */
export async function finishDemo(db: Db, key: Buffer): Promise<void> {
	const event = findDemoEvent(db);
	if (!event) throw new Error('there is no demo event');
	const fac = facilitatorOf(db, key, event.id);
	const sectors = listSectors(db, event.id);

	changePhase(db, fac, 'convergence');
	await proposeEventThemes(db, fac);
	const themes = boardOf(db, fac)
		.themes.filter((t) => t.status !== 'discarded' && t.members.length >= 3)
		.sort(
			(a, b) => b.crossSector - a.crossSector || b.members.length - a.members.length || a.id - b.id
		)
		.slice(0, 8);
	for (const t of themes) setThemeStatus(db, fac, t.id, 'accepted');

	changePhase(db, fac, 'voting');
	const round = createRound(db, fac, {
		title: 'Which themes should lead the manifesto?',
		method: 'dot',
		dotsPerPerson: '5',
		maxDotsPerTheme: '3',
		themeIds: themes.map((t) => t.id)
	});
	setRoundStatus(db, fac, round, 'open');
	const next = mulberry32(2019);
	const code = joinCodeOf(db, key, event.id);
	for (let i = 0; i < 40; i++) {
		const voter = joinWithCode(db, code).actor;
		updateProfile(db, voter, {
			declaredSectorId: String(sectors[i % sectors.length].id),
			actorType: i % 3 === 2 ? 'digital' : 'sectoral'
		});
		// broader themes draw more dots, with each person's own leaning
		const weights = themes.map((t, k) => (1 + t.crossSector) * (1 + next()) * (k < 5 ? 1.4 : 1));
		const dots = new Map<number, number>();
		for (let d = 0; d < 5; d++) {
			const open = themes.filter((t) => (dots.get(t.id) ?? 0) < 3);
			const total = open.reduce((n, t) => n + weights[themes.indexOf(t)], 0);
			let pick = next() * total;
			const chosen =
				open.find((t) => (pick -= weights[themes.indexOf(t)]) <= 0) ?? open[open.length - 1];
			dots.set(chosen.id, (dots.get(chosen.id) ?? 0) + 1);
		}
		castBallot(
			db,
			voter,
			round,
			[...dots].map(([themeId, value]) => ({ themeId, value }))
		);
	}
	setRoundStatus(db, fac, round, 'closed');
	promoteThemes(db, fac, round, { top: 5 });

	changePhase(db, fac, 'manifesto');
	const data = addSection(db, fac, { title: 'Data' });
	const techno = addSection(db, fac, { title: 'Techno-structures' });
	const doc = editorFor(db, fac).doc;
	const used = new Set<Commitment>();
	for (const p of doc.sections.flatMap((s) => s.pointers)) {
		const isData = /data|surveil|privacy|consent|biometric/i.test(p.title);
		const title = WORDINGS.find(([pattern]) => pattern.test(p.title))?.[1] ?? p.title;
		// the body quotes the theme's most central statement: the room's own words, not a summary
		const representative = themes.find(
			(t) => t.id === p.provenance.themes[0]?.id
		)?.representativeId;
		const body = p.provenance.statements.find((s) => s.id === representative)?.text ?? '';
		editPointer(db, fac, p.id, { title, body, sectionId: isData ? data : techno });
		const mine = COMMITMENTS.filter(([pattern, c]) => pattern.test(p.title) && !used.has(c))
			.slice(0, 2)
			.map(([, c]) => c);
		for (const c of mine.length ? mine : [FALLBACK]) {
			used.add(c);
			addAction(db, fac, p.id, c);
		}
	}
	const left = coverageFor(db, fac).statements.filter((s) => s.outcome === 'undecided');
	left
		.filter((_, i) => i % 9 === 4)
		.forEach((s, i) =>
			decideOutcome(db, fac, [s.id], {
				outcome: 'parked',
				reason: PARK_REASONS[i % PARK_REASONS.length]
			})
		);
	for (const s of sectors) sendRestToPaper(db, fac, s.id);
	setPublished(db, fac, true);
}
