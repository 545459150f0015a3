import { describe, expect, it } from 'vitest';
import * as events from '$lib/server/services/events';
import { submitStatement } from '$lib/server/services/statements';
import { listSectors, getEvent } from '$lib/server/db/events';
import { listChanges } from '$lib/server/db/change-log';
import { DEMO_SLUG, loadDemoOnFirstStart, resetDemo } from '$lib/server/demo/load';
import { countStatementsBySector } from '$lib/server/db/statements';
import { freshDb, refusal, seededEvent } from './helpers';

describe('event set-up', () => {
	it('creates an event in set-up with its sectors in order, each with a colour and a link', () => {
		const s = seededEvent();
		expect(s.event.phase).toBe('setup');
		expect(listSectors(s.db, s.event.id).map((x) => [x.name, x.position])).toEqual([
			['Labour', 0],
			['Gender', 1],
			['Farming', 2]
		]);
		expect(new Set(listSectors(s.db, s.event.id).map((x) => x.colour)).size).toBe(3);
		expect([...s.links.bySector.values()].every((l) => l?.path?.startsWith('/k/'))).toBe(true);
	});

	it('refuses an event without a name and creates nothing', () => {
		const db = freshDb();
		expect(
			refusal(() => events.createEvent(db, Buffer.alloc(32), { name: ' ' }, ['Labour']))
		).toEqual({ code: 'invalid', fields: { name: 'required' } });
		expect((db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n).toBe(0);
	});

	it('edits details and moves through phases, forwards and back, logging each', () => {
		const s = seededEvent();
		const e = events.updateEventDetails(s.db, s.facilitator, {
			name: 'Bangkok workshop',
			place: 'Bangkok',
			startsOn: '2019-03-25',
			endsOn: '2019-03-27',
			description: 'Three days'
		});
		expect(e).toMatchObject({
			name: 'Bangkok workshop',
			place: 'Bangkok',
			startsOn: '2019-03-25',
			endsOn: '2019-03-27'
		});
		events.changePhase(s.db, s.facilitator, 'voting');
		events.changePhase(s.db, s.facilitator, 'breakouts');
		expect(getEvent(s.db, s.event.id).phase).toBe('breakouts');
		expect(refusal(() => events.changePhase(s.db, s.facilitator, 'party'))?.code).toBe('invalid');
		const log = listChanges(s.db, s.event.id).map((c) => c.action);
		expect(log.filter((a) => a === 'event.phase')).toHaveLength(2);
		expect(log).toContain('event.update');
	});

	it('reopens submissions only after the breakouts, and closes them again in any phase', () => {
		const s = seededEvent();
		expect(refusal(() => events.setSubmissionsReopened(s.db, s.facilitator, true))?.code).toBe(
			'phase_closed'
		);
		expect(getEvent(s.db, s.event.id).submissionsReopened).toBe(false);
		events.changePhase(s.db, s.facilitator, 'convergence');
		expect(events.setSubmissionsReopened(s.db, s.facilitator, true).submissionsReopened).toBe(true);
		events.changePhase(s.db, s.facilitator, 'setup');
		expect(events.setSubmissionsReopened(s.db, s.facilitator, false).submissionsReopened).toBe(
			false
		);
	});

	it('lets only the facilitator set up the event', () => {
		const s = seededEvent();
		expect(refusal(() => events.changePhase(s.db, s.rapporteur('Labour'), 'breakouts'))?.code).toBe(
			'wrong_role'
		);
		expect(
			refusal(() => events.updateEventDetails(s.db, s.participant, { name: 'Hijacked' }))?.code
		).toBe('wrong_role');
		expect(refusal(() => events.addSector(s.db, s.key, s.rapporteur('Gender'), 'Tech'))?.code).toBe(
			'wrong_role'
		);
		expect(getEvent(s.db, s.event.id).name).toBe('Test workshop');
	});

	it('adds, renames, recolours, reorders and removes sectors', () => {
		const s = seededEvent();
		const peace = events.addSector(s.db, s.key, s.facilitator, ' Peace ');
		expect(peace.name).toBe('Peace');
		expect(refusal(() => events.addSector(s.db, s.key, s.facilitator, 'peace'))).toEqual({
			code: 'invalid',
			fields: { name: 'sector_exists' }
		});
		events.updateSector(s.db, s.facilitator, peace.id, 'Peace and security', '#123456');
		expect(
			refusal(() => events.updateSector(s.db, s.facilitator, peace.id, 'Peace', 'red'))?.fields
		).toEqual({ colour: 'bad_colour' });
		// a colour picked by hand must read on the page (3:1), as the palette's do; the refused one is not kept
		expect(
			refusal(() => events.updateSector(s.db, s.facilitator, peace.id, 'Peace', '#ffd166'))?.fields
		).toEqual({ colour: 'colour_low_contrast' });
		expect(listSectors(s.db, s.event.id).find((x) => x.id === peace.id)?.colour).toBe('#123456');
		events.moveSector(s.db, s.facilitator, peace.id, -1);
		expect(listSectors(s.db, s.event.id).map((x) => x.name)).toEqual([
			'Labour',
			'Gender',
			'Peace and security',
			'Farming'
		]);
		events.removeSector(s.db, s.facilitator, peace.id);
		expect(listSectors(s.db, s.event.id).map((x) => x.name)).toEqual([
			'Labour',
			'Gender',
			'Farming'
		]);
	});

	it('never removes a sector that has statements', () => {
		const s = seededEvent();
		submitStatement(s.db, s.facilitator, s.sectorId('Labour'), {
			text: 'A statement that keeps its sector alive'
		});
		expect(
			refusal(() => events.removeSector(s.db, s.facilitator, s.sectorId('Labour')))?.code
		).toBe('sector_in_use');
	});
});

describe('the demo event', () => {
	it('loads once on an empty database, with eleven sectors of at least fifteen statements, open for breakouts', () => {
		const db = freshDb();
		const key = Buffer.alloc(32, 3);
		expect(loadDemoOnFirstStart(db, key)).toBe(true);
		expect(loadDemoOnFirstStart(db, key)).toBe(false);
		const demo = db.prepare('SELECT id, phase FROM events WHERE is_demo = 1').get() as {
			id: number;
			phase: string;
		};
		expect(demo.phase).toBe('breakouts');
		const sectors = listSectors(db, demo.id);
		expect(sectors.map((x) => x.name)).toEqual([
			'Labour',
			'Livelihoods',
			'Trade',
			'Gender',
			'Farming',
			'Health',
			'Education',
			'Environment',
			'Peace',
			'Media',
			'Democracy'
		]);
		const counts = countStatementsBySector(db, demo.id);
		for (const sector of sectors)
			expect(counts.get(sector.id)?.active ?? 0).toBeGreaterThanOrEqual(15);
	});

	it('resets to the same content, leaving other events alone', () => {
		const s = seededEvent();
		loadDemoOnFirstStart(s.db, s.key); // not empty: nothing loaded
		expect(s.db.prepare('SELECT COUNT(*) AS n FROM events WHERE is_demo = 1').get()).toEqual({
			n: 0
		});
		const first = resetDemo(s.db, s.key);
		const n = (
			s.db.prepare('SELECT COUNT(*) AS n FROM statements WHERE event_id = ?').get(first.id) as {
				n: number;
			}
		).n;
		s.db
			.prepare('UPDATE statements SET withdrawn_at = ? WHERE event_id = ?')
			.run('2026-01-01T00:00:00Z', first.id);
		const again = resetDemo(s.db, s.key);
		expect(
			s.db.prepare('SELECT COUNT(*) AS n FROM statements WHERE withdrawn_at IS NOT NULL').get()
		).toEqual({ n: 0 });
		expect(
			s.db.prepare('SELECT COUNT(*) AS n FROM statements WHERE event_id = ?').get(again.id)
		).toEqual({ n });
		expect(getEvent(s.db, s.event.id).name).toBe('Test workshop');
	});

	it('takes another address when an ordinary event (an imported demo) holds its own', () => {
		const s = seededEvent();
		s.db.prepare('UPDATE events SET slug = ? WHERE id = ?').run(DEMO_SLUG, s.event.id);
		const demo = resetDemo(s.db, s.key);
		expect(demo.slug).toBe(`${DEMO_SLUG}-2`);
		expect(getEvent(s.db, s.event.id).slug).toBe(DEMO_SLUG);
	});
});
