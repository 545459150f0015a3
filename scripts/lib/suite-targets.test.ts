import { describe, expect, it } from 'vitest';
import type { CaseResult, Trial } from './cluster-suite.js';
import { suiteTargets, targetsTable, TARGETS } from './suite-targets.js';
import type { TitleScores } from './title-suite.js';

const trial = (nmi: number, k: number, seconds: number, collapsed = false): Trial => ({
	nmi,
	k,
	seconds,
	collapsed
});

/** A row of the suite: a case at one k mode with the engine's and the baseline's trials. */
function result(
	set: string,
	size: string,
	n: number,
	mode: 'true' | 'auto',
	trueK: number,
	engine: Trial[],
	lsa: Trial[] | null,
	topic: string | null = null
): CaseResult {
	return {
		case: { set, size, topic, rows: [] },
		mode,
		n,
		scored: n,
		trueK,
		engine,
		lsa
	};
}

/** A run that meets every target: whole sets at 300 and 20,974, two topics, titles ahead. */
function passing(): CaseResult[] {
	return [
		result(
			'argq',
			'300',
			300,
			'true',
			49,
			[trial(81, 49, 0.09), trial(82, 49, 0.1)],
			[trial(79, 49, 0.13)]
		),
		result(
			'argq',
			'300',
			300,
			'auto',
			49,
			[trial(80, 35, 0.06), trial(80, 34, 0.07)],
			[trial(79, 49, 0.13)]
		),
		result('argq', 'full', 20974, 'true', 49, [trial(83, 49, 1.11)], [trial(77, 49, 2.89)]),
		result('argq', 'full', 20974, 'auto', 49, [trial(81, 52, 2.1)], [trial(77, 49, 2.89)]),
		result('kp', 'topic', 230, 'true', 8, [trial(46, 8, 0.03)], [trial(30, 8, 0.08)], 'a'),
		result('kp', 'topic', 230, 'auto', 8, [trial(44, 12, 0.03)], [trial(30, 8, 0.08)], 'a'),
		result('kp', 'topic', 210, 'true', 4, [trial(50, 4, 0.03)], [trial(33, 4, 0.08)], 'b'),
		result('kp', 'topic', 210, 'auto', 4, [trial(48, 7, 0.03)], [trial(33, 4, 0.08)], 'b')
	];
}

const titles = (title: number, keywords: number, representative: number): TitleScores => {
	const r = (x: number) => ({ rouge1: x, rouge2: x / 2, rougeL: x });
	return {
		themes: 8,
		scores: { title: r(title), keywords: r(keywords), representative: r(representative) },
		examples: []
	};
};

const verdict = (rows: CaseResult[], runs = new Map([['kp', [titles(0.27, 0.12, 0.22)]]])) =>
	Object.fromEntries(suiteTargets(rows, runs).map((v) => [v.target.split(':')[0], v]));

/** Replaces one row (by set, topic or size, and mode) with a changed copy. */
function change(
	rows: CaseResult[],
	where: { size?: string; topic?: string; mode: 'true' | 'auto' },
	edit: (r: CaseResult) => CaseResult
): CaseResult[] {
	return rows.map((r) =>
		r.mode === where.mode &&
		(where.topic ? r.case.topic === where.topic : r.case.size === where.size)
			? edit(r)
			: r
	);
}

describe('suiteTargets', () => {
	it('finds every target met in a run that meets them', () => {
		const all = suiteTargets(passing(), new Map([['kp', [titles(0.27, 0.12, 0.22)]]]));
		expect(all.map((v) => v.met)).toEqual(all.map(() => true));
		expect(all.length).toBe(7);
	});

	it('names the rows and topics where the engine is below the baseline with k given', () => {
		const rows = change(passing(), { topic: 'b', mode: 'true' }, (r) => ({
			...r,
			engine: [trial(31, 4, 0.03)]
		}));
		const v = verdict(rows)['k given'];
		expect(v.met).toBe(false);
		expect(v.detail).toContain('2 of 2 rows');
		expect(v.detail).toContain('1 of 2 topics; not: kp b 31.0 < 33.0');
	});

	it('judges k = auto by the mean count over seeds against a factor of two', () => {
		const far = change(passing(), { size: '300', mode: 'auto' }, (r) => ({
			...r,
			engine: [trial(48, 38, 0.07), trial(48, 37, 0.07)]
		}));
		const v = verdict(far)['k = auto within 2× of the true k everywhere'];
		expect(v.met).toBe(true);
		const snippets = change(passing(), { size: '300', mode: 'auto' }, (r) => ({
			...r,
			trueK: 8,
			engine: [trial(48, 38, 0.07), trial(48, 37, 0.07)]
		}));
		const w = verdict(snippets)['k = auto within 2× of the true k everywhere'];
		expect(w.met).toBe(false);
		expect(w.detail).toContain('argq 300 37.5 for 8');
		const topic = change(passing(), { topic: 'b', mode: 'auto' }, (r) => ({
			...r,
			engine: [trial(48, 9, 0.03)]
		}));
		const t = verdict(topic)['k = auto within 2× of the true k everywhere'];
		expect(t.met).toBe(false);
		expect(t.detail).toContain('1 of 2 topics; not: kp b 9.0 for 4');
	});

	it('counts collapsed runs over every row', () => {
		const rows = change(passing(), { size: 'full', mode: 'auto' }, (r) => ({
			...r,
			engine: [trial(81, 52, 2.1, true)]
		}));
		const v = verdict(rows)['no collapse'];
		expect(v.met).toBe(false);
		expect(v.detail).toBe('1 of 10 engine runs');
	});

	it("judges a topic set's mean NMI with k given against 45", () => {
		const rows = change(passing(), { topic: 'a', mode: 'true' }, (r) => ({
			...r,
			engine: [trial(39, 8, 0.03)]
		}));
		const v = suiteTargets(rows, new Map()).find((t) => t.target.includes('mean NMI'))!;
		expect(v.target).toBe(`kp: mean NMI ≥ ${TARGETS.topicMeanNmi} (k given)`);
		expect(v.met).toBe(false);
		expect(v.detail).toBe('44.5 over 2 topics');
	});

	it('wants titles above both baselines', () => {
		const runs = new Map([['kp', [titles(0.2, 0.12, 0.22)]]]);
		const v = suiteTargets(passing(), runs).find((t) => t.target.includes('titles'))!;
		expect(v.met).toBe(false);
		expect(v.detail).toContain('ROUGE-1 20.0 against 12.0 and 22.0');
	});

	it('wants 20,000 texts in half of the baseline time and at its NMI or above', () => {
		const speed = (rows: CaseResult[]) =>
			suiteTargets(rows, new Map()).find((t) => t.target.includes('scikit-learn'))!;
		expect(speed(passing()).detail).toContain('argq full: 1.11 s against 2.89 s (0.38)');
		const slow = change(passing(), { size: 'full', mode: 'true' }, (r) => ({
			...r,
			engine: [trial(83, 49, 1.5)]
		}));
		expect(speed(slow).met).toBe(false);
		const worse = change(passing(), { size: 'full', mode: 'true' }, (r) => ({
			...r,
			engine: [trial(76, 49, 1.11)]
		}));
		expect(speed(worse).met).toBe(false);
		const small = passing().filter((r) => r.n < TARGETS.largeN);
		expect(speed(small).met).toBeNull();
	});

	it('wants every input of 300 statements or fewer under 0.3 s, strictly', () => {
		const timed = (seconds: number) =>
			suiteTargets(
				change(passing(), { topic: 'a', mode: 'auto' }, (r) => ({
					...r,
					engine: [trial(44, 12, seconds)]
				})),
				new Map()
			).find((t) => t.target.includes('under'))!;
		expect(timed(0.299).met).toBe(true);
		expect(timed(0.299).detail).toContain('slowest kp a, k auto: 0.299 s');
		expect(timed(TARGETS.smallSeconds).met).toBe(false);
		expect(timed(TARGETS.smallSeconds).detail).toContain('5 of 6 rows and topics');
	});

	it('leaves the baseline targets unmeasured when scikit-learn is missing', () => {
		const rows = passing().map((r) => ({ ...r, lsa: null }));
		const all = suiteTargets(rows, new Map());
		expect(all.find((t) => t.target.startsWith('k given'))!.met).toBeNull();
		expect(all.find((t) => t.target.includes('scikit-learn'))!.met).toBeNull();
		expect(targetsTable(all)).toContain('| not measured |');
	});
});
