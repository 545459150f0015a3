import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Db } from '$lib/server/db/connection';
import * as themes from '$lib/server/services/themes';
import * as voting from '$lib/server/services/voting';
import {
	submitStatement,
	withdrawStatement,
	listEventStatements
} from '$lib/server/services/statements';
import { changePhase, setEventLanguages, updateEventDetails } from '$lib/server/services/events';
import { writeRendering } from '$lib/server/services/renderings';
import { translationSheet, writeTranslation } from '$lib/server/services/content-translations';
import { joinWithCode, openLink, updateProfile } from '$lib/server/services/access';
import { loadDemo } from '$lib/server/demo/load';
import { finishDemo } from '$lib/server/demo/finish';
import {
	eventFileJson,
	explainImportRefusal,
	exportEvent,
	exportEventFor,
	importEvent,
	parseEventFile
} from '$lib/server/services/transfer';
import { Refusal } from '$lib/server/services/errors';
import { setPublished, versionDiff } from '$lib/server/services/manifesto-versions';
import { editPointer, removePointer } from '$lib/server/services/manifesto-edit';
import { manifestoFor } from '$lib/server/services/manifesto-read';
import type { EventFile } from '$lib/domain/event-file';
import { getEvent } from '$lib/server/db/events';
import { freshDb, refusal, seededEvent } from './helpers';

/**
 * An event that touches every table: statements in three sectors (one withdrawn), themes with a
 * statement in two of them and a discarded one, a dot round with a proxy ballot and a consent
 * round with a block, pointers promoted from both, a manifesto section, an action, outcomes.
 */
async function richEvent() {
	const s = seededEvent();
	const { db, facilitator } = s;
	changePhase(db, facilitator, 'breakouts');
	const texts: [string, string][] = [
		['Labour', 'Gig platform workers are deactivated by algorithms without appeal'],
		['Labour', 'Platform algorithms set gig workers pay without transparency'],
		['Gender', 'Women gig workers on delivery platforms face algorithmic pay cuts'],
		['Farming', 'Seed data and soil data are extracted from farmers by agritech firms'],
		['Farming', 'Agritech firms extract farm data and sell it back to farmers'],
		['Gender', 'Women farmers lose control of farm data extracted by agritech apps'],
		['Farming', 'Community seed banks need governance rules written by farmers'],
		['Labour', 'The canteen of the venue should serve more vegetarian food']
	];
	const ids = texts.map(
		([sector, text], i) =>
			submitStatement(db, i === 1 ? s.rapporteur('Labour') : facilitator, s.sectorId(sector), {
				text
			}).id
	);
	const withdrawn = submitStatement(db, facilitator, s.sectorId('Gender'), {
		text: 'A statement that was written twice by mistake'
	}).id;
	withdrawStatement(db, facilitator, withdrawn);
	changePhase(db, facilitator, 'convergence');
	await themes.proposeEventThemes(db, facilitator);
	const board = themes.boardOf(db, facilitator);
	const holding = (id: number) =>
		board.themes.find(
			(t) => t.status !== 'discarded' && t.members.some((m) => m.statementId === id)
		)!.id;
	const gig = holding(ids[0]);
	const farm = holding(ids[3]);
	for (const t of board.themes)
		if (t.id !== gig && t.id !== farm) themes.setThemeStatus(db, facilitator, t.id, 'discarded');
	themes.describeTheme(db, facilitator, gig, {
		label: 'Platform work',
		description: 'Pay and deactivation\r\nby algorithms'
	});
	themes.setThemeStatus(db, facilitator, gig, 'accepted');
	themes.setThemeStatus(db, facilitator, farm, 'locked');
	themes.linkStatement(db, facilitator, ids[5], gig);
	const offTopic = themes.createManualTheme(db, facilitator, 'Venue', [ids[7]]);
	themes.setThemeStatus(db, facilitator, offTopic, 'discarded');

	changePhase(db, facilitator, 'voting');
	const voter = () => joinWithCode(db, s.links.join!.code!).actor;
	const [ana, ben] = [voter(), voter()];
	updateProfile(db, ana, {
		displayName: 'Ana',
		declaredSectorId: String(s.sectorId('Labour')),
		actorType: 'digital'
	});
	updateProfile(db, ben, {
		declaredSectorId: String(s.sectorId('Farming')),
		actorType: 'sectoral'
	});
	const dots = voting.createRound(db, facilitator, {
		title: 'Dots',
		method: 'dot',
		prioritySignal: true,
		timerMinutes: '10'
	});
	voting.setRoundStatus(db, facilitator, dots, 'open', 'keep');
	voting.castBallot(db, ana, dots, [
		{ themeId: gig, value: 3, priority: true },
		{ themeId: farm, value: 1 }
	]);
	voting.castBallot(db, ben, dots, [{ themeId: farm, value: 2 }]);
	voting.castProxyBallot(db, facilitator, dots, [{ themeId: gig, value: 1 }], {
		displayName: 'Offline voter',
		declaredSectorId: String(s.sectorId('Farming'))
	});
	voting.setRoundStatus(db, facilitator, dots, 'closed');
	const consent = voting.createRound(db, facilitator, {
		title: 'Consent',
		method: 'consent',
		resultsVisibility: 'live'
	});
	voting.setRoundStatus(db, facilitator, consent, 'open', 'keep');
	voting.castBallot(db, ana, consent, [
		{ themeId: gig, value: 1 },
		{ themeId: farm, value: 5, reason: 'It ignores small farmers' }
	]);
	voting.castBallot(db, ben, consent, [{ themeId: gig, value: 2 }]);
	voting.setRoundStatus(db, facilitator, consent, 'closed');
	voting.promoteThemes(db, facilitator, dots, { top: 1 });
	voting.promoteThemes(db, facilitator, consent, { themeIds: [farm] });

	// the manifesto, in plain SQL: its services are built separately
	changePhase(db, facilitator, 'manifesto');
	const t = '2024-05-02T10:00:00.000Z';
	const section = Number(
		db
			.prepare(
				'INSERT INTO manifesto_sections (event_id, title, position, created_at, updated_at) VALUES (?, ?, 0, ?, ?)'
			)
			.run(s.event.id, 'Data', t, t).lastInsertRowid
	);
	const pointer = (
		db
			.prepare('SELECT id FROM pointers WHERE event_id = ? ORDER BY id LIMIT 1')
			.get(s.event.id) as { id: number }
	).id;
	db.prepare('UPDATE pointers SET section_id = ? WHERE id = ?').run(section, pointer);
	db.prepare(
		"INSERT INTO pointer_actions (pointer_id, description, organisation, timeline, status, position, created_at, updated_at) VALUES (?, 'Draft a model law', 'IT for Change', '2025', 'in_progress', 0, ?, ?)"
	).run(pointer, t, t);
	const outcome = db.prepare(
		'INSERT INTO statement_outcomes (statement_id, event_id, outcome, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)'
	);
	outcome.run(ids[6], s.event.id, 'paper', '', facilitator.participantId, t);
	outcome.run(
		ids[7],
		s.event.id,
		'parked',
		'Not about digital justice',
		facilitator.participantId,
		t
	);
	// the event's languages, and one statement rendered in the working language
	setEventLanguages(db, facilitator, { languages: ['en', 'es'], workingLanguage: 'es' });
	writeRendering(db, facilitator, ids[0], {
		title: 'Despidos sin apelación',
		text: 'Los algoritmos despiden a los trabajadores de plataformas sin apelación'
	});
	// the first pointer's title and a sector's name in English (the working language is Spanish)
	const sheet = translationSheet(db, facilitator, 'en');
	for (const p of sheet.pieces
		.filter((x) => x.kind === 'sector' || x.kind === 'pointer')
		.slice(0, 2))
		writeTranslation(db, facilitator, {
			...p,
			refId: String(p.refId),
			lang: 'en',
			source: p.text,
			text: `${p.text} (in English)`
		});
	// version 1; then a pointer removed and another reworded as version 2 (with its note); then a
	// draft edit nobody published
	setPublished(db, facilitator, true);
	const [first, second] = (
		db.prepare('SELECT id FROM pointers WHERE event_id = ? ORDER BY id').all(s.event.id) as {
			id: number;
		}[]
	).map((r) => r.id);
	removePointer(db, facilitator, second);
	editPointer(db, facilitator, first, { title: 'Workers hold algorithms to account', body: '' });
	setPublished(db, facilitator, true, 'One pointer reworded, one taken out.');
	editPointer(db, facilitator, first, { title: 'Not published yet', body: '' });
	return { ...s, ids, gig, farm, offTopic };
}

/** Rows in every table, to show that a refused import left the database as it was. */
function counts(db: Db): Record<string, number> {
	const tables = db
		.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
		.all() as { name: string }[];
	return Object.fromEntries(
		tables.map(({ name }) => [
			name,
			(db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n
		])
	);
}

/** The refusal of an import, with its one-line explanation. */
function refused(fn: () => unknown) {
	try {
		fn();
	} catch (e) {
		if (e instanceof Refusal)
			return {
				code: e.code,
				at: e.fields.at,
				problem: e.fields.file,
				message: explainImportRefusal(e)
			};
		throw e;
	}
	throw new Error('the import went through');
}

let richPromise: ReturnType<typeof richEvent> | undefined;
/** Built once, on first use, and shared: tests only read it (or open links, which every export tolerates). */
const richOnce = () => (richPromise ??= richEvent());

describe('event export and import', () => {
	it('round-trips a rich event: export → import into an empty database → export gives the same bytes', async () => {
		const s = await richOnce();
		const file = exportEvent(s.db, s.event.id);
		const text = eventFileJson(file);
		// every table has rows, and nothing of this instance's secrets is in the file
		for (const [list, rows] of Object.entries(file))
			if (Array.isArray(rows)) expect(rows.length, list).toBeGreaterThan(0);
		expect(file.statements.filter((x) => x.withdrawnAt)).toHaveLength(1);
		expect(file.ballots.some((b) => b.isProxy && b.recordedBy !== null)).toBe(true);
		expect(file.statementOutcomes.map((o) => o.outcome).sort()).toEqual(['paper', 'parked']);
		const inThemes = file.themeMembers
			.filter((m) => file.themes.find((t) => t.id === m.themeId)!.status !== 'discarded')
			.map((m) => m.statementId);
		expect(new Set(inThemes).size).toBeLessThan(inThemes.length);
		expect(file.themes.some((t) => t.status === 'discarded')).toBe(true);
		expect(file.rounds.map((r) => [r.method, r.status])).toEqual([
			['dot', 'closed'],
			['consent', 'closed']
		]);
		expect(file.participants.find((p) => p.displayName === 'Ana')).toMatchObject({
			actorType: 'digital',
			declaredSectorId: 1
		});
		expect(text).not.toMatch(/"(tokenHash|nonce|sessionHash|linkId|isDemo|changeLog)"/);
		expect(file.sectors.map((x) => x.id)).toEqual([1, 2, 3]);

		const target = freshDb();
		const imported = importEvent(target, randomBytes(32), JSON.parse(text));
		expect(imported.event).toMatchObject({
			slug: s.event.slug,
			name: 'Test workshop',
			isDemo: false,
			phase: 'manifesto'
		});
		const again = exportEvent(target, imported.event.id);
		expect(again).toEqual(file);
		expect(eventFileJson(again)).toBe(text);
	});

	it('carries the published versions: readers of the copy see the latest, not the unpublished draft, and every version', async () => {
		const s = await richOnce();
		const file = exportEvent(s.db, s.event.id);
		expect(file.manifestoVersions.map((v) => [v.number, v.changeNote])).toEqual([
			[1, ''],
			[2, 'One pointer reworded, one taken out.']
		]);
		// the pointer taken out after version 1 is no row of the file: numbered after the file's pointers
		const removed = file.manifestoVersions[0].manifesto.pointers.find(
			(p) => !file.pointers.some((q) => q.id === p.id)
		)!;
		expect(removed.id).toBe(file.pointers.length + 1);
		expect(file.manifestoVersions[0].publishedBy).toBe(
			file.participants.find((p) => p.role === 'facilitator')!.id
		);

		const target = freshDb();
		// another event first, so that the imported rows get other ids than in the source
		seededEvent(target);
		const copy = importEvent(target, randomBytes(32), JSON.parse(eventFileJson(file)), {
			slug: 'copy'
		});
		const facilitator = openLink(target, copy.facilitatorPath.slice(3)).actor;
		const titles = (m: ReturnType<typeof manifestoFor>) =>
			m.sections.flatMap((x) => x.pointers.map((p) => p.title));
		// a reader without a session sees version 2, never the draft
		expect(titles(manifestoFor(target, null, copy.event))).toEqual(
			titles(manifestoFor(s.db, null, getEvent(s.db, s.event.id)))
		);
		expect(titles(manifestoFor(target, null, copy.event))).toContain(
			'Workers hold algorithms to account'
		);
		expect(titles(manifestoFor(target, null, copy.event))).not.toContain('Not published yet');
		expect(titles(manifestoFor(target, null, copy.event, 1))).toEqual(
			titles(manifestoFor(s.db, null, getEvent(s.db, s.event.id), 1))
		);
		// what changed between the versions, and from the latest to the draft, reads the same
		const diffOf = (db: Db, a: typeof facilitator, to: number | 'draft') => {
			const d = versionDiff(db, a, 1, to);
			return JSON.stringify(d).replace(/"id":-?\d+/g, '');
		};
		expect(diffOf(target, facilitator, 2)).toBe(diffOf(s.db, s.facilitator, 2));
		expect(versionDiff(target, facilitator, 2, 'draft').empty).toBe(false);
		// the copy's versions name its own address
		expect(exportEvent(target, copy.event.id).manifestoVersions[1].manifesto.event.slug).toBe(
			'copy'
		);
	});

	it('refuses a version that is not whole in itself, or numbered twice, and a rendering of no statement', async () => {
		const s = await richOnce();
		const text = eventFileJson(exportEvent(s.db, s.event.id));
		const broken = JSON.parse(text);
		broken.manifestoVersions[0].manifesto.actions[0].pointerId = 999;
		expect(refused(() => importEvent(freshDb(), randomBytes(32), broken))).toMatchObject({
			code: 'event_file_invalid',
			at: 'manifestoVersions[0].manifesto.actions[0].pointerId'
		});
		const twice = JSON.parse(text);
		twice.manifestoVersions[1].number = 1;
		expect(refused(() => importEvent(freshDb(), randomBytes(32), twice))).toMatchObject({
			at: 'manifestoVersions[1].number'
		});
		const rendering = JSON.parse(text);
		rendering.statementRenderings[0].statementId = 9999;
		expect(refused(() => importEvent(freshDb(), randomBytes(32), rendering))).toMatchObject({
			at: 'statementRenderings[0].statementId'
		});
		const older = JSON.parse(text);
		delete older.manifestoVersions;
		delete older.statementRenderings;
		const imported = importEvent(freshDb(), randomBytes(32), older);
		expect(imported.event.slug).toBe(s.event.slug);
	});

	it('carries the event’s time zone, reads a file without one as the server’s, and refuses an unknown zone', () => {
		const s = seededEvent();
		updateEventDetails(s.db, s.facilitator, { name: 'Test workshop', timeZone: 'Asia/Bangkok' });
		const file = exportEvent(s.db, s.event.id);
		expect(file.event.timeZone).toBe('Asia/Bangkok');
		const copy = importEvent(freshDb(), randomBytes(32), JSON.parse(eventFileJson(file)));
		expect(copy.event.timeZone).toBe('Asia/Bangkok');
		const older = JSON.parse(eventFileJson(file));
		delete older.event.timeZone;
		expect(importEvent(freshDb(), randomBytes(32), older).event.timeZone).toBeNull();
		const wrong = JSON.parse(eventFileJson(file));
		wrong.event.timeZone = 'Mars/Olympus_Mons';
		expect(refused(() => importEvent(freshDb(), randomBytes(32), wrong))).toMatchObject({
			code: 'event_file_invalid',
			at: 'event.timeZone'
		});
	});

	it('gives an imported event that works: fresh links open it, its statements and results are there', async () => {
		const s = await richOnce();
		const target = freshDb();
		// another event first, so that the imported rows get other ids than in the source
		seededEvent(target);
		const imported = importEvent(
			target,
			randomBytes(32),
			JSON.parse(eventFileJson(exportEvent(s.db, s.event.id)))
		);
		const facilitator = openLink(target, imported.facilitatorPath.slice(3)).actor;
		expect(facilitator).toMatchObject({ eventId: imported.event.id, role: 'facilitator' });
		const texts = (db: Db, actor: typeof facilitator) =>
			listEventStatements(db, actor, { status: 'all' }).map((x) => [
				x.text,
				x.withdrawnAt !== null
			]);
		expect(texts(target, facilitator)).toEqual(texts(s.db, s.facilitator));
		expect(joinWithCode(target, imported.joinCode).actor.role).toBe('participant');
		const rounds = voting.listRounds(target, facilitator);
		const dots = rounds.find((r) => r.title === 'Dots')!;
		expect(
			voting.roundResults(target, facilitator, dots.id).results!.themes.map((t) => t.score)
		).toEqual(
			voting
				.roundResults(
					s.db,
					s.facilitator,
					voting.listRounds(s.db, s.facilitator).find((r) => r.title === 'Dots')!.id
				)
				.results!.themes.map((t) => t.score)
		);
		// the old links belong to the other instance and open nothing here
		expect(refusal(() => openLink(target, s.links.facilitator!.path!.slice(3)))?.code).toBe(
			'link_unknown'
		);
	});

	it('is the facilitator’s download only', async () => {
		const s = await richOnce();
		expect(exportEventFor(s.db, s.facilitator).event.slug).toBe(s.event.slug);
		expect(refusal(() => exportEventFor(s.db, s.rapporteur('Labour')))?.code).toBe('wrong_role');
		expect(refusal(() => exportEventFor(s.db, s.participant))?.code).toBe('wrong_role');
		expect(refusal(() => exportEventFor(s.db, null))?.code).toBe('not_signed_in');
	});

	it('round-trips the demo event, which comes back as an ordinary event (under another address when its own is taken)', () => {
		const db = freshDb();
		const demo = loadDemo(db, randomBytes(32));
		const text = eventFileJson(exportEvent(db, demo.id));
		const target = freshDb();
		const copy = importEvent(target, randomBytes(32), parseEventFile(text));
		expect(copy.event.isDemo).toBe(false);
		expect(eventFileJson(exportEvent(target, copy.event.id))).toBe(text);
		expect(refused(() => importEvent(db, randomBytes(32), JSON.parse(text)))).toMatchObject({
			code: 'slug_taken',
			message: expect.stringContaining('/e/bangkok-2019')
		});
		const moved = importEvent(db, randomBytes(32), JSON.parse(text), { slug: 'bangkok-copy' });
		expect(moved.event.slug).toBe('bangkok-copy');
		expect(exportEvent(db, moved.event.id)).toEqual({
			...JSON.parse(text),
			event: { ...JSON.parse(text).event, slug: 'bangkok-copy' }
		});
		expect(
			refused(() => importEvent(db, randomBytes(32), JSON.parse(text), { slug: 'Not A Slug' }))
		).toMatchObject({ code: 'invalid', message: expect.stringMatching(/--slug must be/) });
	});

	it('round-trips the demo played to its end (themes, a vote, a published manifesto with actions and outcomes)', async () => {
		const db = freshDb();
		const key = randomBytes(32);
		const demo = loadDemo(db, key);
		await finishDemo(db, key);
		const file = exportEvent(db, demo.id);
		expect(file.pointerActions.length).toBeGreaterThan(0);
		expect(file.statementOutcomes.length).toBeGreaterThan(0);
		const text = eventFileJson(file);
		const target = freshDb();
		const copy = importEvent(target, randomBytes(32), parseEventFile(text));
		expect(eventFileJson(exportEvent(target, copy.event.id))).toBe(text);
	}, 60_000);
});

/** Changes a parsed file in place, or returns something to import instead of it. */
type Mutation = (f: EventFile & Record<string, unknown>) => unknown;

describe('a malformed or hostile file', () => {
	const cases: [string, Mutation, string, unknown][] = [
		[
			'a JSON array',
			() => [],
			'not_event_file',
			'the file is not a Converge event file (its "format" is not "converge-event")'
		],
		[
			'another format',
			(f) => ({ ...f, format: 'something-else' }),
			'not_event_file',
			'the file is not a Converge event file (its "format" is not "converge-event")'
		],
		[
			'another version',
			(f) => ({ ...f, version: 2 }),
			'version',
			'the file is version 2 of the event format; this instance reads version 1'
		],
		[
			'an unknown key',
			(f) => {
				(f.statements[2] as Record<string, unknown>).votes = 3;
			},
			'unknown_key',
			'statements[2].votes is not a field of an event file'
		],
		[
			'an unknown list',
			(f) => {
				f.accessLinks = [];
			},
			'unknown_key',
			'accessLinks is not a field of an event file'
		],
		[
			'a missing field',
			(f) => {
				delete (f.themes[0] as Partial<EventFile['themes'][number]>).label;
			},
			'missing',
			'themes[0].label is missing'
		],
		[
			'a dangling reference',
			(f) => {
				f.statements[3].sectorId = 99;
			},
			'no_such_row',
			'statements[3].sectorId refers to no sector'
		],
		[
			'a pointer from an unknown round',
			(f) => {
				f.pointerThemes[0].roundId = 42;
			},
			'no_such_row',
			'pointerThemes[0].roundId refers to no round'
		],
		[
			'duplicate ids',
			(f) => {
				f.statements[1].id = f.statements[0].id;
			},
			'duplicate_id',
			'statements[1].id repeats an id used earlier in the same list'
		],
		[
			'a statement twice in a theme',
			(f) => {
				f.themeMembers.splice(1, 0, { ...f.themeMembers[0] });
			},
			'duplicate_row',
			'themeMembers[1] repeats a row listed earlier'
		],
		[
			'two sectors of one name',
			(f) => {
				f.sectors[1].name = f.sectors[0].name.toUpperCase();
			},
			'duplicate_name',
			'sectors[1].name repeats the name of another sector'
		],
		[
			'an over-long statement',
			(f) => {
				f.statements[0].text = 'x'.repeat(1001);
			},
			'too_long',
			'statements[0].text is longer than 1000 characters'
		],
		[
			'an empty statement',
			(f) => {
				f.statements[0].text = '';
			},
			'empty',
			'statements[0].text is empty'
		],
		[
			'a control character',
			(f) => {
				f.sectors[0].name = 'Lab\u0007our';
			},
			'invalid',
			'sectors[0].name is not valid (expected text without control characters or line breaks)'
		],
		[
			'a bad enum',
			(f) => {
				(f.themes[0] as Record<string, unknown>).status = 'maybe';
			},
			'invalid',
			'themes[0].status is not valid (expected one of proposed, accepted, locked, discarded)'
		],
		[
			'a negative id',
			(f) => {
				f.sectors[0].id = -1;
			},
			'invalid',
			'sectors[0].id is not valid (expected a positive whole number)'
		],
		[
			'a fractional id',
			(f) => {
				f.participants[0].id = 1.5;
			},
			'invalid',
			'participants[0].id is not valid (expected a positive whole number)'
		],
		[
			'a string for a number',
			(f) => {
				(f.rounds[0] as Record<string, unknown>).id = '1';
			},
			'invalid',
			'rounds[0].id is not valid (expected a positive whole number)'
		],
		[
			'a bad time',
			(f) => {
				f.event.createdAt = 'yesterday';
			},
			'invalid',
			'event.createdAt is not valid (expected an ISO 8601 UTC time)'
		],
		[
			'a bad address',
			(f) => {
				f.event.slug = '../admin';
			},
			'invalid',
			'event.slug is not valid (expected lower-case letters, digits and single hyphens)'
		],
		[
			'unknown round settings',
			(f) => {
				(f.rounds[0].settings as Record<string, unknown>).quorum = 3;
			},
			'unknown_key',
			'rounds[0].settings.quorum is not a field of an event file'
		],
		[
			'a parked statement without a reason',
			(f) => {
				f.statementOutcomes.find((o) => o.outcome === 'parked')!.reason = '';
			},
			'invalid',
			expect.stringMatching(/^statementOutcomes\[\d\]\.reason is not valid \(expected a reason/)
		],
		[
			'nesting deeper than a file has',
			(f) => {
				let v: unknown = [];
				for (let i = 0; i < 100_000; i++) v = [v];
				(f.themes[0] as Record<string, unknown>).keyPhrases = v;
			},
			'invalid',
			'themes[0].keyPhrases[0][0][0][0] is not valid (expected no deeper nesting)'
		],
		[
			'too many sectors',
			(f) => {
				f.sectors = Array.from({ length: 25 }, (_, i) => ({
					...f.sectors[0],
					id: i + 1,
					name: `Sector ${i}`
				}));
			},
			'too_many',
			'sectors has more than 24 rows'
		],
		[
			'too many statements',
			(f) => {
				f.statements = new Array(100_001).fill(f.statements[0]);
			},
			'too_many',
			'statements has more than 100000 rows'
		]
	];

	it.each(cases)('is refused whole: %s', async (_, mutate, problem, message) => {
		const s = await richOnce();
		const file = JSON.parse(eventFileJson(exportEvent(s.db, s.event.id)));
		const input = mutate(file) ?? file;
		const target = seededEvent().db;
		const before = counts(target);
		expect(refused(() => importEvent(target, randomBytes(32), input))).toMatchObject({
			code: 'event_file_invalid',
			problem,
			message
		});
		expect(counts(target)).toEqual(before);
	});

	it('refuses ballots that break the one-ballot rule, the round’s themes or its rules', async () => {
		const s = await richOnce();
		const base = () => JSON.parse(eventFileJson(exportEvent(s.db, s.event.id))) as EventFile;
		const target = freshDb();
		const check = (f: EventFile) => refused(() => importEvent(target, randomBytes(32), f));

		const twice = base();
		const [first, second] = twice.ballots.filter((b) => b.roundId === twice.ballots[0].roundId);
		second.participantId = first.participantId;
		expect(check(twice)).toMatchObject({
			problem: 'duplicate_ballot',
			message: `ballots[${twice.ballots.indexOf(second)}] is a second ballot of the same participant in the same round`
		});

		const elsewhere = base();
		const discarded = elsewhere.themes.find(
			(t) => t.status === 'discarded' && !elsewhere.roundThemes.some((rt) => rt.themeId === t.id)
		)!;
		elsewhere.ballotEntries[0].themeId = discarded.id;
		expect(check(elsewhere)).toMatchObject({
			problem: 'theme_not_in_round',
			message: "ballotEntries[0].themeId names a theme that is not in its ballot's round"
		});

		const overBudget = base();
		const dotRound = overBudget.rounds.find((r) => r.method === 'dot')!;
		const entry = overBudget.ballotEntries.find(
			(e) => overBudget.ballots.find((b) => b.id === e.ballotId)!.roundId === dotRound.id
		)!;
		entry.value = 9;
		expect(check(overBudget)).toMatchObject({
			problem: 'ballot_rule',
			message: expect.stringMatching(/breaks the rules of its round \(dot value\)/)
		});
		expect(counts(target)).toEqual(counts(freshDb()));
	});

	it('refuses keys that reach for an object’s prototype, and pollutes nothing', async () => {
		const s = await richOnce();
		const text = eventFileJson(exportEvent(s.db, s.event.id));
		const target = freshDb();
		const before = counts(target);
		const attempts: [string, string][] = [
			[
				text.replace(
					'"format": "converge-event",',
					'"__proto__": { "polluted": true }, "format": "converge-event",'
				),
				'__proto__'
			],
			[
				text.replace(
					'"event": {',
					'"event": { "constructor": { "prototype": { "polluted": true } },'
				),
				'event.constructor'
			],
			[
				text.replace(
					'"statements": [\n\t\t{',
					'"statements": [\n\t\t{ "__proto__": { "isAdmin": true },'
				),
				'statements[0].__proto__'
			]
		];
		for (const [hostile, at] of attempts) {
			expect(
				refused(() => importEvent(target, randomBytes(32), parseEventFile(hostile)))
			).toMatchObject({
				problem: 'forbidden_key',
				at,
				message: `${at} is a key no event file may have`
			});
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(counts(target)).toEqual(before);
	});

	it('refuses text that is not JSON, or too large, before reading it', () => {
		const notJson = refused(() => parseEventFile('{"format": "converge-event", '));
		expect(notJson).toMatchObject({
			code: 'event_file_invalid',
			problem: 'not_json',
			message: expect.stringMatching(/^the file is not JSON \(/)
		});
		// counted in UTF-8 bytes, not in characters
		expect(refused(() => parseEventFile(`"${'é'.repeat(600_000)}"`, 1024 * 1024))).toMatchObject({
			problem: 'too_large',
			message: 'the file is larger than 1 MB'
		});
		expect(parseEventFile(`"${'e'.repeat(600_000)}"`, 1024 * 1024)).toHaveLength(600_000);
		expect(refused(() => parseEventFile('x'.repeat(2 * 1024 * 1024), 1024 * 1024))).toMatchObject({
			problem: 'too_large'
		});
		expect(parseEventFile('\uFEFF{"a": 1}')).toEqual({ a: 1 });
	});
});
