import { describe, expect, it } from 'vitest';
import * as svc from '$lib/server/services/statements';
import { changePhase, setSubmissionsReopened } from '$lib/server/services/events';
import { listChanges } from '$lib/server/db/change-log';
import { refusal, seededEvent } from './helpers';
import { updateProfile } from '$lib/server/services/access';

const TEXT = 'The platform companies are taking the data of workers without their consent';

function inBreakouts() {
	const s = seededEvent();
	changePhase(s.db, s.facilitator, 'breakouts');
	return s;
}

const count = (s: ReturnType<typeof seededEvent>) =>
	(s.db.prepare('SELECT COUNT(*) AS n FROM statements').get() as { n: number }).n;

describe('breakout submission', () => {
	it('lets a rapporteur add to their own sector, logged, with the language detected', () => {
		const s = inBreakouts();
		const labour = s.rapporteur('Labour');
		const st = svc.submitStatement(s.db, labour, s.sectorId('Labour'), {
			text: TEXT,
			title: 'Data'
		});
		expect(st).toMatchObject({
			sectorId: s.sectorId('Labour'),
			text: TEXT,
			title: 'Data',
			authorId: labour.participantId,
			withdrawnAt: null,
			source: 'form',
			lang: 'en'
		});
		const es = svc.submitStatement(s.db, labour, s.sectorId('Labour'), {
			text: 'Las plataformas extraen los datos de los trabajadores sin su consentimiento'
		});
		expect(es.lang).toBe('es');
		const log = listChanges(s.db, s.event.id).filter(
			(c) => c.entity === 'statement' && c.entityId === st.id
		);
		expect(log[0]).toMatchObject({
			action: 'statement.create',
			entityId: st.id,
			actorId: labour.participantId,
			before: null
		});
	});

	it('refuses another sector, a participant and nobody, storing nothing', () => {
		const s = inBreakouts();
		expect(
			refusal(() =>
				svc.submitStatement(s.db, s.rapporteur('Labour'), s.sectorId('Gender'), { text: TEXT })
			)?.code
		).toBe('other_sector');
		expect(
			refusal(() => svc.submitStatement(s.db, s.participant, s.sectorId('Gender'), { text: TEXT }))
				?.code
		).toBe('wrong_role');
		expect(
			refusal(() => svc.submitStatement(s.db, null, s.sectorId('Gender'), { text: TEXT }))?.code
		).toBe('not_signed_in');
		expect(
			refusal(() => svc.submitStatement(s.db, s.facilitator, 99999, { text: TEXT }))?.code
		).toBe('not_found');
		expect(count(s)).toBe(0);
	});

	it('gates rapporteurs by phase, and the facilitator can reopen', () => {
		const s = seededEvent(); // still in set-up
		const labour = s.rapporteur('Labour');
		expect(
			refusal(() => svc.submitStatement(s.db, labour, s.sectorId('Labour'), { text: TEXT }))?.code
		).toBe('phase_closed');
		changePhase(s.db, s.facilitator, 'convergence');
		expect(
			refusal(() => svc.submitStatement(s.db, labour, s.sectorId('Labour'), { text: TEXT }))?.code
		).toBe('phase_closed');
		setSubmissionsReopened(s.db, s.facilitator, true);
		expect(
			svc.submitStatement(s.db, labour, s.sectorId('Labour'), { text: TEXT }).id
		).toBeGreaterThan(0);
		// a phase change closes the reopening again
		changePhase(s.db, s.facilitator, 'voting');
		expect(
			refusal(() => svc.submitStatement(s.db, labour, s.sectorId('Labour'), { text: TEXT }))?.code
		).toBe('phase_closed');
		// the facilitator writes in any phase
		expect(
			svc.submitStatement(s.db, s.facilitator, s.sectorId('Gender'), { text: TEXT }).sectorId
		).toBe(s.sectorId('Gender'));
	});

	it.each([
		['empty', { text: '' }, 'required'],
		['whitespace', { text: '  \n  ' }, 'required'],
		['too long', { text: 'x'.repeat(1001) }, 'text_too_long'],
		['control characters', { text: 'Bad \u0001 bytes in a statement' }, 'control_chars']
	])('refuses %s text with a field error and stores nothing', (_n, raw, fieldCode) => {
		const s = inBreakouts();
		expect(
			refusal(() => svc.submitStatement(s.db, s.rapporteur('Labour'), s.sectorId('Labour'), raw))
		).toEqual({ code: 'invalid', fields: { text: fieldCode } });
		expect(count(s)).toBe(0);
	});

	it('stores markup exactly as typed', () => {
		const s = inBreakouts();
		const text = '<img src=x onerror=alert(1)> & "quotes" stay text';
		expect(
			svc.submitStatement(s.db, s.rapporteur('Labour'), s.sectorId('Labour'), { text }).text
		).toBe(text);
	});

	it('edits and withdraws own-sector statements with before and after in the log; restoring is the facilitator’s', () => {
		const s = inBreakouts();
		const labour = s.rapporteur('Labour');
		const st = svc.submitStatement(s.db, labour, s.sectorId('Labour'), { text: TEXT });
		const edited = svc.editStatement(s.db, labour, st.id, {
			text: 'Workers need collective rights over their data',
			title: 'Data rights'
		});
		expect(edited.text).toBe('Workers need collective rights over their data');
		expect(
			refusal(() => svc.editStatement(s.db, s.rapporteur('Gender'), st.id, { text: TEXT }))?.code
		).toBe('other_sector');
		const withdrawn = svc.withdrawStatement(s.db, labour, st.id);
		expect(withdrawn.withdrawnAt).not.toBeNull();
		expect(svc.listSectorStatements(s.db, labour, s.sectorId('Labour'))).toEqual([]);
		expect(refusal(() => svc.restoreStatement(s.db, labour, st.id))?.code).toBe('wrong_role');
		expect(refusal(() => svc.editStatement(s.db, labour, st.id, { text: TEXT }))?.code).toBe(
			'conflict'
		);
		expect(svc.restoreStatement(s.db, s.facilitator, st.id).withdrawnAt).toBeNull();
		const actions = listChanges(s.db, s.event.id)
			.filter((c) => c.entity === 'statement' && c.entityId === st.id)
			.map((c) => c.action);
		expect(actions).toEqual([
			'statement.restore',
			'statement.withdraw',
			'statement.edit',
			'statement.create'
		]);
		const edit = listChanges(s.db, s.event.id).find((c) => c.action === 'statement.edit')!;
		expect(edit.before).toMatchObject({ text: TEXT, title: '' });
		expect(edit.after).toMatchObject({
			text: 'Workers need collective rights over their data',
			title: 'Data rights'
		});
	});

	it('never deletes: the change log refuses rewriting history', () => {
		const s = inBreakouts();
		svc.submitStatement(s.db, s.facilitator, s.sectorId('Labour'), { text: TEXT });
		expect(() => s.db.prepare("UPDATE change_log SET action = 'forged'").run()).toThrow(
			/append-only/
		);
	});

	it('lists a sector newest first, and refuses another sector’s page to a rapporteur', () => {
		const s = inBreakouts();
		const labour = s.rapporteur('Labour');
		const a = svc.submitStatement(s.db, labour, s.sectorId('Labour'), {
			text: 'First statement of the labour group'
		});
		const b = svc.submitStatement(s.db, labour, s.sectorId('Labour'), {
			text: 'Second statement of the labour group'
		});
		expect(svc.listSectorStatements(s.db, labour, s.sectorId('Labour')).map((x) => x.id)).toEqual([
			b.id,
			a.id
		]);
		expect(refusal(() => svc.listSectorStatements(s.db, labour, s.sectorId('Gender')))?.code).toBe(
			'other_sector'
		);
		expect(refusal(() => svc.listEventStatements(s.db, labour, {}))?.code).toBe('wrong_role');
	});

	it('lets the facilitator filter all statements by sector, status and words', () => {
		const s = inBreakouts();
		svc.submitStatement(s.db, s.facilitator, s.sectorId('Labour'), {
			text: 'Gig workers face algorithmic management'
		});
		const g = svc.submitStatement(s.db, s.facilitator, s.sectorId('Gender'), {
			text: 'Online violence against women 100% unpunished'
		});
		svc.withdrawStatement(s.db, s.facilitator, g.id);
		expect(svc.listEventStatements(s.db, s.facilitator, {}).length).toBe(1);
		expect(
			svc.listEventStatements(s.db, s.facilitator, { status: 'withdrawn' }).map((x) => x.id)
		).toEqual([g.id]);
		expect(
			svc.listEventStatements(s.db, s.facilitator, { status: 'all', query: 'ALGORITHMIC gig' })
				.length
		).toBe(1);
		expect(
			svc.listEventStatements(s.db, s.facilitator, { status: 'all', query: '100%' }).length
		).toBe(1);
		expect(svc.listEventStatements(s.db, s.facilitator, { status: 'all', query: '%' }).length).toBe(
			1
		);
		expect(
			svc.listEventStatements(s.db, s.facilitator, {
				status: 'all',
				sectorId: s.sectorId('Farming')
			})
		).toEqual([]);
	});
});

describe('batches', () => {
	it('saves a clean paste whole into the sector', () => {
		const s = inBreakouts();
		const n = svc.savePaste(
			s.db,
			s.rapporteur('Farming'),
			s.sectorId('Farming'),
			'Seed data is patented by agri-tech firms\n\nLand records are digitised without consent\nand sold'
		);
		expect(n).toEqual({ saved: 2, skipped: 0 });
		const texts = svc
			.listSectorStatements(s.db, s.facilitator, s.sectorId('Farming'))
			.map((x) => [x.text, x.source]);
		expect(texts).toContainEqual(['Land records are digitised without consent and sold', 'paste']);
	});

	it('refuses a paste with one bad item and saves none of it', () => {
		const s = inBreakouts();
		const r = refusal(() =>
			svc.savePaste(
				s.db,
				s.rapporteur('Farming'),
				s.sectorId('Farming'),
				'Seed data is patented by agri-tech firms\nshort'
			)
		);
		expect(r).toEqual({ code: 'invalid', fields: { batch: 'batch_has_errors' } });
		expect(count(s)).toBe(0);
	});

	it('imports a facilitator CSV into the sectors its rows name', () => {
		const s = inBreakouts();
		const csv =
			'sector,title,text\nlabour,Wages,Algorithms set wages without any transparency\nGENDER,,Women are surveilled by period-tracking apps\n';
		expect(svc.importCsv(s.db, s.facilitator, null, csv)).toEqual({ saved: 2, skipped: 0 });
		expect(
			svc.listEventStatements(s.db, s.facilitator, { sectorId: s.sectorId('Gender') })[0].source
		).toBe('csv');
	});

	it('refuses a CSV with a broken row, an unknown sector or another sector, saving nothing', () => {
		const s = inBreakouts();
		const labour = s.rapporteur('Labour');
		const broken =
			'text\nAlgorithms set wages without any transparency\n"never closed quote, and more\n';
		expect(refusal(() => svc.importCsv(s.db, labour, s.sectorId('Labour'), broken))?.code).toBe(
			'invalid'
		);
		const preview = svc.previewCsv(
			s.db,
			s.facilitator,
			null,
			'sector,text\nNowhere,Algorithms set wages without transparency\n,Missing sector for this row here\n'
		);
		expect(preview.items.map((i) => i.errors.sector)).toEqual([
			'csv_sector_unknown',
			'csv_sector_missing'
		]);
		const other = svc.previewCsv(
			s.db,
			labour,
			s.sectorId('Labour'),
			'sector,text\nGender,Women are surveilled by apps\nLabour,Gig workers are rated by apps\n'
		);
		expect(other.items.map((i) => i.errors.sector ?? null)).toEqual(['csv_sector_other', null]);
		expect(
			refusal(() =>
				svc.importCsv(
					s.db,
					labour,
					s.sectorId('Labour'),
					'sector,text\nGender,Women are surveilled by apps\n'
				)
			)?.code
		).toBe('invalid');
		expect(
			refusal(() => svc.previewCsv(s.db, labour, null, 'text\nSomething long enough to pass\n'))
				?.code
		).toBe('wrong_role');
		expect(count(s)).toBe(0);
	});

	it('refuses batches from participants and outside the breakouts', () => {
		const s = seededEvent();
		expect(
			refusal(() =>
				svc.previewPaste(s.db, s.participant, s.sectorId('Labour'), 'Some statement long enough')
			)?.code
		).toBe('wrong_role');
		expect(
			refusal(() =>
				svc.savePaste(
					s.db,
					s.rapporteur('Labour'),
					s.sectorId('Labour'),
					'Some statement long enough'
				)
			)?.code
		).toBe('phase_closed');
	});
});

describe('posting a statement form again', () => {
	const KEY = '6f1c2a7e-1b2d-4c3e-9f00-1234567890ab';

	it('stores once for one form key, and returns the statement stored the first time', () => {
		const s = inBreakouts();
		const labour = s.rapporteur('Labour');
		const first = svc.submitStatement(s.db, labour, s.sectorId('Labour'), { text: TEXT, key: KEY });
		const again = svc.submitStatement(s.db, labour, s.sectorId('Labour'), { text: TEXT, key: KEY });
		expect(again).toEqual(first);
		expect(count(s)).toBe(1);
		const creates = listChanges(s.db, s.event.id).filter((c) => c.action === 'statement.create');
		expect(creates).toHaveLength(1);
	});

	it('stores twice for two keys, or when no key (or no usable key) comes with the form', () => {
		const s = inBreakouts();
		const labour = s.rapporteur('Labour');
		svc.submitStatement(s.db, labour, s.sectorId('Labour'), { text: TEXT, key: KEY });
		svc.submitStatement(s.db, labour, s.sectorId('Labour'), {
			text: TEXT,
			key: 'a0f5d3c1-0000-4000-8000-000000000001'
		});
		expect(count(s)).toBe(2);
		svc.submitStatement(s.db, labour, s.sectorId('Labour'), { text: TEXT });
		svc.submitStatement(s.db, labour, s.sectorId('Labour'), { text: TEXT, key: '' });
		svc.submitStatement(s.db, labour, s.sectorId('Labour'), { text: TEXT, key: 'x' });
		svc.submitStatement(s.db, labour, s.sectorId('Labour'), { text: TEXT, key: 'x' });
		expect(count(s)).toBe(6);
	});

	it('refuses a key another person’s statement holds, storing nothing', () => {
		const s = inBreakouts();
		svc.submitStatement(s.db, s.rapporteur('Labour'), s.sectorId('Labour'), {
			text: TEXT,
			key: KEY
		});
		expect(
			refusal(() =>
				svc.submitStatement(s.db, s.facilitator, s.sectorId('Labour'), { text: TEXT, key: KEY })
			)?.code
		).toBe('conflict');
		expect(count(s)).toBe(1);
	});

	it('refuses an invalid post without using up its key', () => {
		const s = inBreakouts();
		const labour = s.rapporteur('Labour');
		expect(
			refusal(() => svc.submitStatement(s.db, labour, s.sectorId('Labour'), { text: '', key: KEY }))
				?.code
		).toBe('invalid');
		svc.submitStatement(s.db, labour, s.sectorId('Labour'), { text: TEXT, key: KEY });
		expect(count(s)).toBe(1);
	});
});

describe('repeats in a batch', () => {
	const STORED = 'Gig workers are rated by opaque algorithms';

	/** An event in the breakouts with one statement stored in Labour and one withdrawn in Gender. */
	function withStored() {
		const s = inBreakouts();
		svc.submitStatement(s.db, s.facilitator, s.sectorId('Labour'), { text: STORED });
		const gone = svc.submitStatement(s.db, s.facilitator, s.sectorId('Gender'), {
			text: 'Period-tracking apps sell what they learn'
		});
		svc.withdrawStatement(s.db, s.facilitator, gone.id);
		return s;
	}
	const PASTE = [
		'gig workers are  rated by opaque ALGORITHMS',
		'Seed data is patented by agri-tech firms',
		'Period-tracking apps sell what they learn',
		'Seed data is patented by agri-tech firms'
	].join('\n');

	it('marks at preview the rows already stored (naming the sector) or repeated in the paste', () => {
		const s = withStored();
		const report = svc.previewPaste(s.db, s.rapporteur('Farming'), s.sectorId('Farming'), PASTE);
		expect(report.items.map((i) => i.repeatOf ?? null)).toEqual([
			{ storedIn: 'Labour' },
			null,
			null, // withdrawn statements are no repeat
			{ row: 2 }
		]);
		expect(report.validCount).toBe(4);
	});

	it('skips repeats when saving a paste, and says how many', () => {
		const s = withStored();
		const farming = s.rapporteur('Farming');
		expect(svc.savePaste(s.db, farming, s.sectorId('Farming'), PASTE)).toEqual({
			saved: 2,
			skipped: 2
		});
		expect(count(s)).toBe(4);
		expect(svc.savePaste(s.db, farming, s.sectorId('Farming'), PASTE)).toEqual({
			saved: 0,
			skipped: 4
		});
		expect(count(s)).toBe(4);
	});

	it('stores repeats too when asked to', () => {
		const s = withStored();
		expect(
			svc.savePaste(s.db, s.rapporteur('Farming'), s.sectorId('Farming'), PASTE, {
				storeRepeats: true
			})
		).toEqual({ saved: 4, skipped: 0 });
		expect(count(s)).toBe(6);
	});

	it('marks and skips repeats in a CSV, the same file imported twice storing once', () => {
		const s = withStored();
		const csv = `sector,text\nGender,${STORED}\nLabour,Unions need access to workplace data\n`;
		const report = svc.previewCsv(s.db, s.facilitator, null, csv);
		expect(report.items.map((i) => i.repeatOf ?? null)).toEqual([{ storedIn: 'Labour' }, null]);
		expect(svc.importCsv(s.db, s.facilitator, null, csv)).toEqual({ saved: 1, skipped: 1 });
		expect(svc.importCsv(s.db, s.facilitator, null, csv)).toEqual({ saved: 0, skipped: 2 });
		expect(svc.importCsv(s.db, s.facilitator, null, csv, { storeRepeats: true })).toEqual({
			saved: 2,
			skipped: 0
		});
		expect(count(s)).toBe(5);
		const labour = s.rapporteur('Labour');
		expect(svc.importCsv(s.db, labour, s.sectorId('Labour'), `text\n${STORED}\n`)).toEqual({
			saved: 0,
			skipped: 1
		});
	});

	it('still refuses a batch with errors whole, repeats or not', () => {
		const s = withStored();
		expect(
			refusal(() =>
				svc.savePaste(s.db, s.rapporteur('Labour'), s.sectorId('Labour'), `${STORED}\nshort`, {
					storeRepeats: true
				})
			)?.code
		).toBe('invalid');
		expect(count(s)).toBe(2);
	});
});

describe('who raised a statement', () => {
	it('is what the rapporteur says, or else the writer’s declared type, and nothing else', () => {
		const s = seededEvent();
		changePhase(s.db, s.facilitator, 'breakouts');
		const labour = s.rapporteur('Labour');
		const said = svc.submitStatement(s.db, labour, s.sectorId('Labour'), {
			text: 'Algorithms set the pay of gig workers',
			actorType: 'digital'
		});
		expect(said.actorType).toBe('digital');
		expect(
			svc.submitStatement(s.db, labour, s.sectorId('Labour'), {
				text: 'Unions need access to workplace data'
			}).actorType
		).toBeNull();
		updateProfile(s.db, labour, { actorType: 'sectoral' });
		expect(
			svc.submitStatement(s.db, labour, s.sectorId('Labour'), {
				text: 'Surveillance at the workstation grows'
			}).actorType
		).toBe('sectoral');
		expect(
			refusal(() =>
				svc.submitStatement(s.db, labour, s.sectorId('Labour'), {
					text: 'A statement with a bad type',
					actorType: 'robot'
				})
			)
		).toEqual({ code: 'invalid', fields: { actorType: 'invalid' } });
	});
});
