/**
 * CSV downloads for the facilitator: statements, themes and ballots, one row per item, for a
 * spreadsheet. Each file starts with a UTF-8 byte-order mark (so spreadsheet apps read accents
 * right) and any text cell a spreadsheet would run as a formula is prefixed with a single quote.
 * Ids are this database's, so the three files refer to each other; participants are numbered
 * afresh so a ballot file names no one.
 */
import Papa from 'papaparse';
import { carriedText } from '$lib/domain/text';
import type { Db } from '../db/connection';
import { listStatements } from '../db/statements';
import { getEvent, listSectors } from '../db/events';
import { listMembers, listThemes } from '../db/themes';
import { listBallots, listRounds } from '../db/rounds';
import type { Actor } from '$lib/domain/types';
import { resultsShown } from '$lib/domain/round-status';
import { requireRole } from './access';
import { now } from './clock';
import { breadthOf } from './themes/board';
import { isoInZone } from '$lib/i18n/dates';

const BOM = '\uFEFF';
// A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection"). Unlike
// papaparse's own pattern, this one also catches a formula followed by a line break.
const FORMULA_START = /^[=+\-@\t\r]/;

type Cell = string | number | null;

/** A CSV text with a header row, safe to open in a spreadsheet. */
export function toCsv(fields: readonly string[], rows: readonly Cell[][]): string {
	return (
		BOM +
		Papa.unparse(
			{
				fields: [...fields],
				// a cell holds only what a spreadsheet can show (older rows may hold more)
				data: rows.map((r) => r.map((c) => (typeof c === 'string' ? carriedText(c) : c)))
			},
			{ escapeFormulae: FORMULA_START, newline: '\r\n' }
		)
	);
}

/** Values gathered by key. */
function group<K, V>(pairs: Iterable<readonly [K, V]>): Map<K, V[]> {
	const out = new Map<K, V[]>();
	for (const [k, v] of pairs) {
		const values = out.get(k);
		if (values) values.push(v);
		else out.set(k, [v]);
	}
	return out;
}

const yesNo = (v: boolean) => (v ? 'yes' : 'no');

// A CSV is read by programs before people, so its cells are not in the reader's language: numbers
// keep a dot for decimals and no grouping, and moments are ISO 8601 with an offset, told in the
// event's time zone (the server's when it has none), so a spreadsheet sorts them and a person sees
// the room's clock.
const momentIn = (timeZone: string | null) => (iso: string | null) =>
	iso ? isoInZone(iso, timeZone ?? undefined) : null;
const list = (values: readonly (string | number)[]) => values.join('; ');

/** Every statement of the event, withdrawn ones included, oldest first, with the live themes holding it. */
export function statementsCsv(db: Db, actor: Actor | null): string {
	const a = requireRole(actor, 'facilitator');
	const moment = momentIn(getEvent(db, a.eventId).timeZone);
	const sectors = new Map(listSectors(db, a.eventId).map((s) => [s.id, s.name]));
	const live = new Set(
		listThemes(db, a.eventId)
			.filter((t) => t.status !== 'discarded')
			.map((t) => t.id)
	);
	const themesOf = group(
		listMembers(db, a.eventId)
			.filter((m) => live.has(m.themeId))
			.map((m) => [m.statementId, m.themeId] as const)
	);
	const rows = listStatements(db, a.eventId, { status: 'all' })
		.sort((x, y) => x.id - y.id)
		.map((s) => [
			s.id,
			sectors.get(s.sectorId) ?? '',
			s.title,
			s.text,
			s.lang,
			s.actorType,
			s.source,
			s.withdrawnAt ? 'withdrawn' : 'active',
			moment(s.createdAt),
			moment(s.updatedAt),
			moment(s.withdrawnAt),
			list((themesOf.get(s.id) ?? []).sort((x, y) => x - y))
		]);
	return toCsv(
		[
			'id',
			'sector',
			'title',
			'text',
			'lang',
			'actor_type',
			'source',
			'status',
			'created_at',
			'updated_at',
			'withdrawn_at',
			'theme_ids'
		],
		rows
	);
}

/** Every theme, discarded ones included, with its active member statements and the sectors they come from. */
export function themesCsv(db: Db, actor: Actor | null): string {
	const a = requireRole(actor, 'facilitator');
	const sectors = listSectors(db, a.eventId);
	const sectorOf = new Map(
		listStatements(db, a.eventId, { status: 'active' }).map((s) => [s.id, s.sectorId])
	);
	const membersOf = group(
		listMembers(db, a.eventId)
			.filter((m) => sectorOf.has(m.statementId))
			.map((m) => [m.themeId, m.statementId] as const)
	);
	const inPlay = new Set(sectorOf.values()).size;
	const rows = listThemes(db, a.eventId).map((t) => {
		const ids = (membersOf.get(t.id) ?? []).sort((x, y) => x - y);
		const spanned = sectors
			.filter((s) => ids.some((id) => sectorOf.get(id) === s.id))
			.map((s) => s.name);
		return [
			t.id,
			t.status,
			t.label,
			t.description,
			list(t.keyPhrases),
			ids.length,
			spanned.length,
			list(spanned),
			breadthOf(
				ids.map((id) => sectorOf.get(id)!),
				inPlay
			),
			list(ids)
		];
	});
	return toCsv(
		[
			'theme_id',
			'status',
			'label',
			'description',
			'key_phrases',
			'statement_count',
			'sector_count',
			'sectors',
			'cross_sector_score',
			'statement_ids'
		],
		rows
	);
}

/**
 * Every ballot of every round whose results are shown, oldest round first, one row per mark (a
 * ballot with no mark gets one row with the theme empty): the ballots of a round with hidden results
 * are left out until it closes, since they are its tally. Voters are numbered 1, 2, … across the
 * event, the same number in every round.
 */
export function ballotsCsv(db: Db, actor: Actor | null): string {
	const a = requireRole(actor, 'facilitator');
	const sectors = new Map(listSectors(db, a.eventId).map((s) => [s.id, s.name]));
	const themes = new Map(listThemes(db, a.eventId).map((t) => [t.id, t.label]));
	const rounds = listRounds(db, a.eventId, now())
		.filter(resultsShown)
		.sort((x, y) => x.id - y.id);
	const ballots = rounds.map((r) => ({ round: r, ballots: listBallots(db, r.id) }));
	const voters = [...new Set(ballots.flatMap((b) => b.ballots.map((x) => x.participantId)))].sort(
		(x, y) => x - y
	);
	const number = new Map(voters.map((id, i) => [id, i + 1]));
	const rows: Cell[][] = [];
	for (const { round, ballots: list } of ballots)
		for (const b of list) {
			const who: Cell[] = [
				round.id,
				round.title,
				round.method,
				number.get(b.participantId)!,
				b.declaredSectorId ? (sectors.get(b.declaredSectorId) ?? '') : '',
				b.actorType,
				yesNo(b.isProxy)
			];
			if (!b.entries.length) rows.push([...who, null, null, null, null, null]);
			for (const e of b.entries)
				rows.push([
					...who,
					e.themeId,
					themes.get(e.themeId) ?? '',
					e.value,
					yesNo(e.priority),
					e.reason
				]);
		}
	return toCsv(
		[
			'round_id',
			'round',
			'method',
			'participant',
			'declared_sector',
			'actor_type',
			'proxy',
			'theme_id',
			'theme',
			'value',
			'priority',
			'reason'
		],
		rows
	);
}
