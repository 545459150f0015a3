// Near-duplicates at the source: the live statements of the event closest to a text being written.
import { describe, expect, it } from 'vitest';
import * as statements from '$lib/server/services/statements';
import { previewPasteNear, similarStatements } from '$lib/server/services/similar';
import { changePhase } from '$lib/server/services/events';
import { SIMILAR_MIN, TEXT_MAX } from '$lib/domain/statement-rules';
import { refusal, seededEvent } from './helpers';

const GIG = 'Ride-hailing drivers are deactivated by opaque algorithms without any human appeal';
const SEEDS =
	'Smallholder farmers lose control of seed varieties to patented digital breeding data';
const CARE = 'Care workers receive their shifts from an app that changes the schedule every night';

/** An event in breakouts with one statement in each of three sectors. */
function withStatements() {
	const s = seededEvent();
	changePhase(s.db, s.facilitator, 'breakouts');
	const add = (sector: string, text: string) =>
		statements.submitStatement(s.db, s.rapporteur(sector), s.sectorId(sector), { text });
	return { ...s, gig: add('Labour', GIG), seeds: add('Farming', SEEDS), care: add('Gender', CARE) };
}

describe('similar statements', () => {
	it('finds the nearest statements of the own and other sectors, with their sector', () => {
		const s = withStatements();
		const typed = 'Drivers of ride-hailing apps are deactivated by algorithms, with no appeal';
		const fromGender = similarStatements(s.db, s.rapporteur('Gender'), {
			text: typed,
			sectorId: s.sectorId('Gender')
		});
		expect(fromGender[0]).toMatchObject({
			id: s.gig.id,
			text: GIG,
			sector: 'Labour',
			own: false
		});
		expect(fromGender[0].score).toBeGreaterThan(0);
		expect(fromGender[0].score).toBeLessThanOrEqual(1);
		expect(fromGender.map((m) => m.id)).not.toContain(s.seeds.id);

		const fromLabour = similarStatements(s.db, s.rapporteur('Labour'), {
			text: typed,
			sectorId: s.sectorId('Labour')
		});
		expect(fromLabour[0]).toMatchObject({ id: s.gig.id, sector: 'Labour', own: true });
		const asFacilitator = similarStatements(s.db, s.facilitator, {
			text: 'Seed varieties of smallholder farmers are patented through breeding data',
			sectorId: s.sectorId('Labour')
		});
		expect(asFacilitator[0]).toMatchObject({ id: s.seeds.id, sector: 'Farming', own: false });
	});

	it('orders matches best first', () => {
		const s = withStatements();
		statements.submitStatement(s.db, s.rapporteur('Gender'), s.sectorId('Gender'), {
			text: 'Couriers are deactivated by opaque algorithms without any warning'
		});
		const found = similarStatements(s.db, s.facilitator, {
			text: GIG,
			sectorId: s.sectorId('Gender')
		});
		expect(found.length).toBeGreaterThanOrEqual(2);
		expect(found[0].id).toBe(s.gig.id);
		const scores = found.map((m) => m.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	it('leaves withdrawn statements out', () => {
		const s = withStatements();
		const ask = () =>
			similarStatements(s.db, s.rapporteur('Gender'), {
				text: GIG,
				sectorId: s.sectorId('Gender')
			});
		expect(ask().map((m) => m.id)).toContain(s.gig.id);
		statements.withdrawStatement(s.db, s.rapporteur('Labour'), s.gig.id);
		expect(ask().map((m) => m.id)).not.toContain(s.gig.id);
	});

	it('gives nothing for an empty or short text, and cuts a long one to a statement’s length', () => {
		const s = withStatements();
		const ask = (text: unknown) =>
			similarStatements(s.db, s.rapporteur('Gender'), { text, sectorId: s.sectorId('Gender') });
		expect(ask('')).toEqual([]);
		expect(ask(null)).toEqual([]);
		expect(ask('deactivated by algorithms'.slice(0, SIMILAR_MIN - 1))).toEqual([]);
		const long = `${GIG} ${'x'.repeat(TEXT_MAX * 3)}`;
		expect(ask(long)[0]?.id).toBe(s.gig.id);
	});

	it('refuses a participant, nobody, a rapporteur of another sector or of another event', () => {
		const s = withStatements();
		const other = seededEvent(s.db);
		const ask = (actor: Parameters<typeof similarStatements>[1]) =>
			refusal(() => similarStatements(s.db, actor, { text: GIG, sectorId: s.sectorId('Gender') }))
				?.code;
		expect(ask(s.participant)).toBe('wrong_role');
		expect(ask(null)).toBe('not_signed_in');
		expect(ask(s.rapporteur('Labour'))).toBe('other_sector');
		expect(ask(other.rapporteur('Gender'))).toBe('not_found');
	});

	it('marks each new pasted item with its nearest live statement, but not the repeats', () => {
		const s = withStatements();
		const report = previewPasteNear(
			s.db,
			s.rapporteur('Gender'),
			s.sectorId('Gender'),
			[
				'Couriers are deactivated by opaque algorithms, with no human appeal',
				GIG,
				'Nothing in the event speaks of lighthouse keepers or their lamps'
			].join('\n')
		);
		expect(report.items[0].near).toMatchObject({ id: s.gig.id, sector: 'Labour', own: false });
		expect(report.items[1].repeatOf).toEqual({ storedIn: 'Labour' });
		expect(report.items[1].near).toBeUndefined();
		expect(report.items[2].near).toBeUndefined();
	});
});

describe('another sector’s statement', () => {
	it('is readable by a rapporteur while live, and editable only by its own', () => {
		const s = withStatements();
		const read = statements.statementForEdit(s.db, s.rapporteur('Gender'), s.gig.id);
		expect(read).toMatchObject({ statement: { id: s.gig.id }, own: false });
		expect(read.sector.name).toBe('Labour');
		expect(statements.statementForEdit(s.db, s.rapporteur('Labour'), s.gig.id).own).toBe(true);
		expect(
			refusal(() => statements.editStatement(s.db, s.rapporteur('Gender'), s.gig.id, { text: GIG }))
				?.code
		).toBe('other_sector');
		statements.withdrawStatement(s.db, s.rapporteur('Labour'), s.gig.id);
		expect(
			refusal(() => statements.statementForEdit(s.db, s.rapporteur('Gender'), s.gig.id))?.code
		).toBe('not_found');
	});
});
