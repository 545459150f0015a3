import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { freshDb } from './helpers';
import { loadDemo } from '$lib/server/demo/load';
import { finishDemo } from '$lib/server/demo/finish';
import { manifestoInput } from '$lib/server/services/manifesto-read';
import { buildManifesto } from '$lib/domain/manifesto';
import { findDemoEvent } from '$lib/server/db/events';

describe('the demo played to its end', () => {
	it('gives a published manifesto of five pointers in two sections, with every statement accounted for', async () => {
		const db = freshDb();
		const key = randomBytes(32);
		loadDemo(db, key);
		await finishDemo(db, key);
		const event = findDemoEvent(db)!;
		expect(event.phase).toBe('manifesto');
		expect(event.manifestoPublishedAt).not.toBeNull();
		const doc = buildManifesto(manifestoInput(db, event.id));
		expect(doc.pointerCount).toBe(5);
		expect(doc.sections.map((s) => s.title).filter((t) => t !== null).length).toBeGreaterThan(0);
		for (const p of doc.sections.flatMap((s) => s.pointers)) {
			expect(p.provenance.statements.length).toBeGreaterThan(0);
			expect(p.provenance.votes).toHaveLength(1);
			expect(p.actions.length).toBeGreaterThan(0);
		}
		expect(doc.coverage.reduce((n, c) => n + c.undecided, 0)).toBe(0);
		expect(doc.coverage.reduce((n, c) => n + c.parked, 0)).toBeGreaterThan(0);
		expect(doc.equity.behind).toBeGreaterThan(0);
	}, 60_000);
});
