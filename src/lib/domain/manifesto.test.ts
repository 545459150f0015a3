import { describe, expect, it } from 'vitest';
import { buildManifesto, buildSectorPaper, coverageOf, equityOf, outcomesOf } from './manifesto';
import { sampleManifestoInput } from '../../../tests/fixtures/manifesto';

describe('buildManifesto', () => {
	it('orders sections by position, puts unsectioned pointers last and numbers pointers in reading order', () => {
		const doc = buildManifesto(sampleManifestoInput());
		expect(doc.sections.map((s) => s.title)).toEqual(['Data', 'Techno-structures', null]);
		expect(doc.sections.flatMap((s) => s.pointers.map((p) => [p.number, p.id]))).toEqual([
			[1, 201],
			[2, 202],
			[3, 203]
		]);
		expect(doc.pointerCount).toBe(3);
	});

	it('traces a pointer to its themes, statements, sectors and votes', () => {
		const p = buildManifesto(sampleManifestoInput()).sections[0].pointers[0];
		expect(p.provenance.themes).toEqual([{ id: 101, label: 'data ownership · consent' }]);
		expect(p.provenance.statements.map((s) => s.id)).toEqual([12, 22, 31]);
		expect(p.provenance.sectors).toEqual([
			{ id: 1, name: 'Labour', statements: 1 },
			{ id: 2, name: 'Gender', statements: 1 },
			{ id: 3, name: 'Farming', statements: 1 }
		]);
		expect(p.provenance.votes.map((v) => [v.themeId, v.rank])).toEqual([[101, 1]]);
		expect(p.actions.map((a) => a.id)).toEqual([1, 2]);
	});

	it('leaves withdrawn (absent) statements out of a provenance', () => {
		const input = sampleManifestoInput();
		input.statements = input.statements.filter((s) => s.id !== 22);
		const p = buildManifesto(input).sections[0].pointers[0];
		expect(p.provenance.statements.map((s) => s.id)).toEqual([12, 31]);
	});
});

describe('outcomes and coverage', () => {
	it('lets a pointer win over an older decision and counts each sector', () => {
		const input = sampleManifestoInput();
		const outcomes = outcomesOf(input);
		expect(outcomes.get(12)).toEqual({ outcome: 'pointer', reason: '' });
		expect(outcomes.get(21)).toEqual({
			outcome: 'parked',
			reason: 'Covered by a separate campaign'
		});
		expect(outcomes.get(32)!.outcome).toBe('paper');
		expect(outcomes.get(33)!.outcome).toBe('pointer');
		const cov = coverageOf(input);
		expect(
			cov.map((c) => [c.name, c.statements, c.pointer, c.paper, c.parked, c.undecided, c.unheard])
		).toEqual([
			['Labour', 2, 2, 0, 0, 0, false],
			['Gender', 2, 1, 0, 1, 0, false],
			['Farming', 3, 2, 1, 0, 0, false],
			['Health', 0, 0, 0, 0, 0, false]
		]);
	});

	it('flags a sector whose statements reached no pointer', () => {
		const input = sampleManifestoInput();
		input.pointers = input.pointers.filter((p) => p.id !== 202);
		input.themes[0].memberIds = [12, 22];
		const farming = coverageOf(input).find((c) => c.name === 'Farming')!;
		expect(farming).toMatchObject({ pointer: 0, paper: 1, undecided: 2, unheard: true });
	});
});

describe('equityOf', () => {
	it('compares each sector and actor type among the manifesto statements with all statements', () => {
		const e = equityOf(sampleManifestoInput());
		expect([e.behind, e.total]).toEqual([5, 7]);
		const farming = e.sectors.find((s) => s.name === 'Farming')!;
		expect(farming).toMatchObject({ manifesto: 2, all: 3 });
		expect(farming.manifestoShare).toBeCloseTo(2 / 5);
		expect(farming.allShare).toBeCloseTo(3 / 7);
		expect(e.actors.sectoral).toMatchObject({ manifesto: 2, all: 4 });
		expect(e.actors.digital).toMatchObject({ manifesto: 2, all: 2 });
		expect(e.actors.unstated).toMatchObject({ manifesto: 1, all: 1 });
		const health = e.sectors.find((s) => s.name === 'Health')!;
		expect(health.allShare).toBe(0);
	});

	it('has no shares when nothing is behind the manifesto', () => {
		const input = sampleManifestoInput();
		input.pointers = [];
		const e = equityOf(input);
		expect(e.behind).toBe(0);
		expect(e.sectors.every((s) => s.manifestoShare === null)).toBe(true);
	});
});

describe('buildSectorPaper', () => {
	it('gives a sector its statements with their fate, the themes and pointers they fed, its support and parked ones', () => {
		const paper = buildSectorPaper(sampleManifestoInput(), 2)!;
		expect(paper.sector.name).toBe('Gender');
		expect(paper.statements.map((s) => [s.id, s.outcome])).toEqual([
			[21, 'parked'],
			[22, 'pointer']
		]);
		expect(paper.themes.map((t) => [t.id, t.statements, t.pointerIds])).toEqual([
			[101, 1, [201]],
			[103, 1, []]
		]);
		expect(paper.pointers).toEqual([
			{ id: 201, number: 1, title: 'People own the data they generate', statements: 1 }
		]);
		expect(paper.support.map((v) => [v.themeId, v.sectorMarks])).toEqual([
			[101, 6],
			[103, 9]
		]);
		expect(paper.parked.map((s) => [s.id, s.reason])).toEqual([
			[21, 'Covered by a separate campaign']
		]);
	});

	it('is null for a sector of another event', () => {
		expect(buildSectorPaper(sampleManifestoInput(), 99)).toBeNull();
	});
});
