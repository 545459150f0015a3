// proposeThemes: corpus -> Dirichlet multinomial mixture (over-clustered) -> split moves ->
// Ward merging -> (k = auto) fragments dissolved -> self-training -> tidy (small themes
// dissolved, orphans re-placed) -> descriptions.
import { buildCorpus, clusteringView, type Corpus, type SparseVector } from './corpus.js';
import { describeTheme } from './describe.js';
import {
	DEFAULT_ALPHA,
	DEFAULT_BETA,
	DEFAULT_ITERATIONS,
	LARGE_INPUT_ITERATIONS,
	LARGE_INPUT_N,
	runDmm,
	runDmmRestarts
} from './gsdmm.js';
import { compact, mergeClusters } from './merge.js';
import { createRandom, shuffle } from './random.js';
import { selfTrain } from './self-train.js';
import type { ProposeOptions, StatementInput, ThemeProposal } from './types.js';
import {
	AUTO_MIN_LINK,
	AUTO_MIN_RETENTION,
	chooseAutoClusters,
	effectiveThemes,
	fragmentFloor,
	mixtureStuck
} from './auto-k.js';
import { splitClusters } from './split.js';
import { joinNearest, mixtureSample, sampleVocabulary } from './subsample.js';
import { termIndexOf } from './title.js';
import { cutClusters, isCollapsed } from './bisect.js';
import {
	DEFAULT_MEANING_CONCENTRATION,
	DEFAULT_MEANING_WEIGHT,
	GRAM_LIMIT,
	MeaningGram,
	meaningCoordinates,
	meaningVectors,
	withMeaning
} from './meaning.js';

/** The mixture gets up to this many times the requested k, then Ward merging brings it back: 2 beat 1 and 3 on both sets. */
export const OVERCLUSTER_FACTOR = 2;
/** Sampler runs on workshop-sized inputs, keeping the most likely: single chains vary by a few NMI points. */
export const SMALL_INPUT_RESTARTS = 2;
/** Up to this many statements a second chain costs tens of milliseconds; above, one chain keeps the time budget. */
export const RESTART_LIMIT_N = 1000;
/**
 * k = 'auto' on more statements than this: when the mixture's chain was stuck (see mixtureStuck),
 * it is fitted again on a sample of this many, over the sample's own vocabulary (subsample.ts).
 */
export const MIXTURE_SAMPLE_N = 4000;
/** Cuts of a collapsed theme at most: each halves the largest, so a few always suffice. */
const MAX_COLLAPSE_CUTS = 8;
/** Default smallest theme: a "theme" of one statement is a statement that fits nowhere. */
export const DEFAULT_MIN_THEME_SIZE = 2;
/** Self-training rounds; gains flatten after about four on the benchmark sets. */
export const DEFAULT_SELF_TRAIN_ROUNDS = 4;
/** Below this many statements every word counts; above it, words seen once cannot link two statements. */
const SMALL_CORPUS = 50;
/** An orphan joins its nearest theme only above this cosine; below, it is reported as unassigned. */
export const PLACE_MIN_SIMILARITY = 0.05;

const noClock = () => 0;

/** Coerces whatever arrives into strings so that no input can make the engine throw. */
function normalise(statements: readonly StatementInput[]): StatementInput[] {
	if (!Array.isArray(statements)) return [];
	return statements
		.filter((s) => s !== null && typeof s === 'object')
		.map((s, i) => ({
			id: s.id === undefined || s.id === null ? String(i) : String(s.id),
			text: typeof s.text === 'string' ? s.text : s.text == null ? '' : String(s.text),
			sector: s.sector == null ? null : String(s.sector),
			lang: typeof s.lang === 'string' ? s.lang : null,
			meaning: s.meaning ?? null
		}));
}

/**
 * With k given and more than SAMPLE_ABOVE statements, the themes are found on a sample of this
 * size and the classifier places the rest: the cost of the sampler, split moves and merging grows
 * with n, the themes do not (argq-dev, 20,974: same NMI). Not below: on searchsnippets (12,340
 * keyword lists) a sample of 5,000 lost 2.3 NMI points.
 */
export const SAMPLE_SIZE = 5000;
/** Inputs above this many statements are sampled (k given). */
export const SAMPLE_ABOVE = 15_000;
/** Sweeps over every statement after the sample's run, started from its clusters. */
export const WARM_SWEEPS = 5;

/** All statements up to `size`; above, the locked ones and a random draw of the rest, in input order. */
export function sampleForThemes(fixed: Int32Array, size: number, random: () => number): number[] {
	const all = Array.from(fixed.keys());
	if (all.length <= size) return all;
	const locked = all.filter((d) => fixed[d] >= 0);
	const rest = shuffle(
		all.filter((d) => fixed[d] < 0),
		random
	).slice(0, Math.max(0, size - locked.length));
	return [...locked, ...rest].sort((a, b) => a - b);
}

/** Puts statements without a theme into the nearest theme when they share enough with it. */
function placeOrphans(
	vectors: SparseVector[],
	z: Int32Array,
	k: number,
	minSimilarity: number
): void {
	const orphans = [...z.keys()].filter((d) => z[d] < 0 && vectors[d].indices.length > 0);
	if (orphans.length === 0) return;
	let features = 0;
	for (const v of vectors)
		if (v.indices.length > 0) features = Math.max(features, v.indices[v.indices.length - 1] + 1);
	const cent = new Float64Array(k * features);
	for (let d = 0; d < z.length; d++) {
		if (z[d] < 0) continue;
		const v = vectors[d];
		const base = z[d] * features;
		for (let i = 0; i < v.indices.length; i++) cent[base + v.indices[i]] += v.values[i];
	}
	const norms = new Float64Array(k);
	for (let c = 0; c < k; c++) {
		let s = 0;
		for (let f = c * features; f < (c + 1) * features; f++) s += cent[f] * cent[f];
		norms[c] = Math.sqrt(s) || 1;
	}
	for (const d of orphans) {
		const v = vectors[d];
		let best = -1;
		let bestSim = minSimilarity;
		for (let c = 0; c < k; c++) {
			let s = 0;
			for (let i = 0; i < v.indices.length; i++)
				s += cent[c * features + v.indices[i]] * v.values[i];
			s /= norms[c];
			if (s > bestSim) [best, bestSim] = [c, s];
		}
		z[d] = best;
	}
}

/** Dissolves unlocked themes smaller than minSize, then re-places their members. */
function tidy(
	corpus: Corpus,
	zIn: Int32Array,
	locked: number,
	minSize: number
): { z: Int32Array; k: number } {
	const size = new Map<number, number>();
	for (const c of zIn) if (c >= 0) size.set(c, (size.get(c) ?? 0) + 1);
	const z = zIn.map((c) => (c >= locked && (size.get(c) ?? 0) < minSize ? -1 : c));
	const packed = compact(z, locked);
	placeOrphans(corpus.vectors, packed.z, packed.k, PLACE_MIN_SIMILARITY);
	return compact(packed.z, locked);
}

/**
 * k = 'auto': dissolves unlocked clusters below the fragment floor (auto-k.ts); their statements
 * are left without a theme for the classifier to place.
 */
function dissolveFragments(zIn: Int32Array, k: number, locked: number): Fragments {
	const size = new Array<number>(k).fill(0);
	for (const c of zIn) if (c >= 0) size[c]++;
	const floor = fragmentFloor(size);
	const effective = effectiveThemes(size);
	const small = (c: number) => c >= locked && size[c] < floor;
	const dissolved = size.filter((s, c) => s > 0 && small(c)).length;
	if (dissolved === 0 || dissolved === size.filter((s, c) => s > 0 && c >= locked).length)
		return { z: zIn, k, floor, effective, dissolved: 0 };
	const out = compact(
		zIn.map((c) => (c >= 0 && small(c) ? -1 : c)),
		locked
	);
	return { ...out, floor, effective, dissolved };
}

interface Fragments {
	z: Int32Array;
	k: number;
	/** Smallest group kept, and the effective number of themes it was drawn from. */
	floor: number;
	effective: number;
	dissolved: number;
}

/** Proposes themes for the statements (see types.ts for the options and the output). */
export function proposeThemes(
	input: readonly StatementInput[],
	options: ProposeOptions = {}
): ThemeProposal {
	return propose(input, options, true);
}

/**
 * proposeThemes; without `describe` the themes are only counted (diagnostics.kChosen) and not
 * described (`themes` holds none), for a run whose number of themes is all that is wanted.
 */
function propose(
	input: readonly StatementInput[],
	options: ProposeOptions,
	describe: boolean,
	/** The statements' corpus when already built from them (buildCorpus reads nothing else). */
	built?: Corpus
): ThemeProposal {
	const now = options.now ?? noClock;
	const timings: Record<string, number> = {};
	let mark = now();
	const lap = (stage: string) => {
		const t = now();
		timings[stage] = Math.round(((timings[stage] ?? 0) + t - mark) * 10) / 10;
		mark = t;
	};
	const statements = normalise(input);
	const weight = Math.max(0, options.meaningWeight ?? DEFAULT_MEANING_WEIGHT);
	const concentration = Math.max(0, options.meaningConcentration ?? DEFAULT_MEANING_CONCENTRATION);
	const meaning = weight > 0 || concentration > 0 ? meaningVectors(statements) : null;
	const asked = options.k;
	if (meaning && !options.kByMeaning && !(typeof asked === 'number' && Number.isFinite(asked)))
		return autoWithMeaning(statements, options);
	const random = createRandom(options.seed ?? 1);
	const corpus = built ?? buildCorpus(statements);
	const words = clusteringView(corpus, corpus.n < SMALL_CORPUS ? 1 : 2);
	// the statements' cosines, formed once: for the mixture's pull up to GRAM_LIMIT statements, and
	// for coordinates in the vectors' span when there are fewer statements than dimensions
	const span = meaning !== null && weight > 0 && meaning.length <= meaning[0].length;
	const gram =
		meaning && ((concentration > 0 && meaning.length <= GRAM_LIMIT) || span)
			? new MeaningGram(meaning)
			: null;
	const view =
		meaning && weight > 0
			? withMeaning(words, span && gram ? meaningCoordinates(gram) : meaning, weight)
			: words;
	// the mixture's pull towards clusters of close meaning, over all statements (a sample's below)
	const pull =
		meaning && concentration > 0 ? { meaning, concentration, ...(gram ? { gram } : {}) } : null;
	lap('prepare');

	const lockedThemes = (options.locked ?? []).filter((t) => t && Array.isArray(t.memberIds));
	const L = lockedThemes.length;
	const fixed = new Int32Array(corpus.n).fill(-1);
	const position = new Map(L > 0 ? corpus.ids.map((id, d) => [id, d]) : []);
	lockedThemes.forEach((t, c) =>
		t.memberIds.forEach((id) => position.has(String(id)) && (fixed[position.get(String(id))!] = c))
	);
	const free = fixed.reduce((a, c) => a + (c < 0 ? 1 : 0), 0);
	const requested = options.k ?? 'auto';
	const kWanted =
		typeof requested === 'number' && Number.isFinite(requested)
			? Math.max(1, Math.floor(requested))
			: null;
	const minThemeSize = Math.max(1, Math.floor(options.minThemeSize ?? DEFAULT_MIN_THEME_SIZE));
	const upper =
		kWanted !== null
			? Math.ceil(kWanted * OVERCLUSTER_FACTOR)
			: chooseAutoClusters(free, options.maxK);

	const maxClusters = L + Math.max(1, Math.min(upper, free));
	const alpha = options.alpha ?? DEFAULT_ALPHA;
	const beta = options.beta ?? DEFAULT_BETA;
	// Large inputs with k given: the themes are found on a random sample (locked members always in
	// it), after a few sweeps of the mixture over every statement, and the classifier then places
	// every statement. Under k = auto the number of themes depends on n, so all are used.
	const picked = sampleForThemes(
		fixed,
		options.sampleSize ?? (kWanted !== null && corpus.n > SAMPLE_ABOVE ? SAMPLE_SIZE : corpus.n),
		random
	);
	const part = {
		docs: picked.map((d) => view.docs[d]),
		vectors: picked.map((d) => view.vectors[d]),
		fixed: Int32Array.from(picked, (d) => fixed[d]),
		pull: pull ? { ...pull, meaning: picked.map((d) => pull.meaning[d]) } : {}
	};
	const partFree = part.fixed.reduce((a, c) => a + (c < 0 ? 1 : 0), 0);
	/**
	 * The mixture over the statements of `part`, then split moves. Under k = auto, when that chain
	 * was stuck on a large input (mixtureStuck), the mixture is fitted again on a sample of them over
	 * the sample's own vocabulary, the others joining the nearest cluster (subsample.ts).
	 */
	const mixture = (refit: number[] | null) => {
		let z0: Int32Array;
		if (refit) {
			const own = sampleVocabulary(part.docs, refit, 2);
			const zFit = runDmmRestarts(
				{
					docs: own.docs,
					vocabularySize: own.features,
					maxClusters,
					alpha,
					beta,
					iterations:
						options.iterations ??
						(refit.length > LARGE_INPUT_N ? LARGE_INPUT_ITERATIONS : DEFAULT_ITERATIONS),
					random,
					fixed: Int32Array.from(refit, (d) => part.fixed[d])
				},
				options.restarts ?? (refit.length <= RESTART_LIMIT_N ? SMALL_INPUT_RESTARTS : 1)
			);
			z0 = new Int32Array(part.docs.length).fill(-1);
			refit.forEach((d, i) => (z0[d] = zFit[i]));
			z0 = joinNearest(part.vectors, z0, maxClusters);
		} else {
			z0 = runDmmRestarts(
				{
					docs: part.docs,
					vocabularySize: view.words,
					maxClusters,
					alpha,
					beta,
					iterations:
						options.iterations ??
						(corpus.n > LARGE_INPUT_N ? LARGE_INPUT_ITERATIONS : DEFAULT_ITERATIONS),
					random,
					fixed: part.fixed,
					...part.pull
				},
				options.restarts ?? (corpus.n <= RESTART_LIMIT_N ? SMALL_INPUT_RESTARTS : 1)
			);
			const warm = options.warmSweeps ?? WARM_SWEEPS;
			if (picked.length < corpus.n && warm > 0) {
				// a few sweeps over every statement, started from the sample's clusters
				const init = new Int32Array(corpus.n).fill(-1);
				picked.forEach((d, i) => (init[d] = z0[i]));
				const all = runDmm({
					docs: view.docs,
					vocabularySize: view.words,
					maxClusters,
					alpha,
					beta,
					iterations: warm,
					random,
					fixed,
					init,
					...pull
				}).z;
				picked.forEach((d, i) => (z0[i] = all[d]));
			}
		}
		const mixed = compact(z0, L);
		lap('sample');
		const split = splitClusters({
			docs: part.docs,
			vectors: part.vectors,
			vocabularySize: view.words,
			z: mixed.z,
			k: mixed.k,
			maxClusters,
			maxLink: AUTO_MIN_LINK,
			alpha,
			beta,
			random,
			locked: L,
			...part.pull
		});
		const sampled = compact(split.z, L);
		lap('split');
		return { mixed, sampled };
	};
	let fitted = mixture(null);
	// only under k = auto, where `part` holds every statement (sampling for speed is for k given)
	const resampled =
		kWanted === null &&
		part.docs.length > MIXTURE_SAMPLE_N &&
		mixtureStuck(fitted.mixed.k - L, fitted.sampled.k - L);
	if (resampled) fitted = mixture(mixtureSample(part.fixed, MIXTURE_SAMPLE_N, random));
	const { mixed, sampled } = fitted;

	const frozen = new Set(Array.from({ length: L }, (_, i) => i));
	const target = kWanted !== null ? L + kWanted : null;
	const merged = mergeClusters(
		part.vectors,
		sampled.z,
		sampled.k,
		target,
		AUTO_MIN_LINK,
		AUTO_MIN_RETENTION,
		frozen
	);
	/**
	 * With k given, cuts themes in two, the cut that gains most first (bisect.ts), until k exist
	 * or none can be cut into two of at least minThemeSize; at any k, cuts a theme holding most of
	 * the statements while others exist, then (k given) merges the closest pair back to k.
	 */
	const honour = (shape: { z: Int32Array; k: number }, vectors: SparseVector[], total: number) => {
		const unlocked = (sizes: number[]) => sizes.slice(L).filter((x) => x > 0);
		let out = shape;
		if (kWanted !== null)
			out = cutClusters(
				vectors,
				out.z,
				out.k,
				L,
				minThemeSize,
				random,
				(sizes) => unlocked(sizes).length < kWanted
			);
		for (let guard = 0; guard < MAX_COLLAPSE_CUTS; guard++) {
			const sizes = new Array<number>(out.k).fill(0);
			for (const c of out.z) if (c >= 0) sizes[c]++;
			if (!isCollapsed(unlocked(sizes), total)) break;
			const largest = sizes.indexOf(Math.max(...sizes.slice(L)), L);
			const cut = cutClusters(
				vectors,
				out.z,
				out.k,
				L,
				minThemeSize,
				random,
				(now) => now.length === out.k,
				[largest]
			);
			if (cut.cuts === 0) break;
			out =
				kWanted !== null && cut.k - L > kWanted
					? // back to k, never by joining the two halves again
						mergeClusters(vectors, cut.z, cut.k, L + kWanted, 0, 0, frozen, [largest, cut.k - 1])
					: compact(cut.z, L);
		}
		return compact(out.z, L);
	};
	const fragments: Fragments =
		kWanted === null
			? dissolveFragments(merged.z, merged.k, L)
			: { z: merged.z, k: merged.k, floor: 0, effective: 0, dissolved: 0 };
	const shapedPart = honour(fragments, part.vectors, partFree);
	const shaped = new Int32Array(corpus.n).fill(-1);
	picked.forEach((d, i) => (shaped[d] = shapedPart.z[i]));
	lap('merge');

	const trained = selfTrain({
		vectors: view.vectors,
		z: shaped,
		k: shapedPart.k,
		features: view.features,
		rounds: options.selfTrainRounds ?? DEFAULT_SELF_TRAIN_ROUNDS,
		random,
		fixed
	});
	// the classifier can empty a theme or grow one over the rest: the count and the guard again
	const tidied = tidy(corpus, compact(trained, L).z, L, minThemeSize);
	const final = honour(tidied, view.vectors, free);
	lap('refine');

	const members: number[][] = Array.from({ length: final.k }, () => []);
	const unassigned: string[] = [];
	final.z.forEach((c, d) => (c >= 0 ? members[c].push(d) : unassigned.push(corpus.ids[d])));
	const totalSectors = new Set(corpus.sectors.filter((s) => s)).size;
	const formed = members.map((m, c) => ({ m, c })).filter(({ m, c }) => m.length > 0 || c < L);
	const naming = describe
		? { texts: statements.map((s) => s.text), termIndex: termIndexOf(corpus) }
		: null;
	const themes = (naming ? formed : []).map(({ m, c }, index) => {
		const theme = describeTheme(corpus, m, index, totalSectors, naming!);
		if (c < L) theme.lockedId = lockedThemes[c].id;
		return theme;
	});
	lap('describe');

	const languages: Record<string, number> = {};
	for (const l of corpus.languages) languages[l] = (languages[l] ?? 0) + 1;
	const kChosen = formed.length - L;
	const themesWord = (n: number) => `${n} theme${n === 1 ? '' : 's'}`;
	const kReason =
		kWanted !== null
			? `You asked for ${themesWord(kWanted)}; ${kChosen} ${kChosen === 1 ? 'was' : 'were'} formed` +
				(kChosen < kWanted
					? `: the statements do not divide into more groups of at least ${minThemeSize} statements that differ from one another`
					: '') +
				` (the mixture ran with up to ${upper} clusters, ${sampled.k - L} after split moves, merged and cut to the number asked for).`
			: `The engine chose ${themesWord(kChosen)} of at least ${minThemeSize} statements: groups whose statements share words with one another more than with the rest. ` +
				`(The mixture settled on ${mixed.k - L} clusters${resampled ? ` when fitted again on ${MIXTURE_SAMPLE_N} statements, the first fit on all having been stuck` : ''}, upper bound ${upper}; split moves made ${sampled.k - L}; ` +
				`merging joined pairs whose link reached ${AUTO_MIN_LINK} while keeping ${AUTO_MIN_RETENTION} of their coherence, leaving ${merged.k - L}; ` +
				`with ${fragments.effective.toFixed(1)} effective themes, ${fragments.dissolved} groups under ${fragments.floor.toFixed(1)} statements were dissolved as fragments.)`;
	return {
		themes,
		unassigned,
		diagnostics: {
			n: corpus.n,
			kRequested: kWanted ?? 'auto',
			kChosen,
			kReason,
			minThemeSize,
			languages,
			vocabularySize: view.words,
			...(meaning ? { meaning: true } : {}),
			timings
		}
	};
}

/**
 * k = auto with sentence vectors: the words choose how many themes (the rules of auto-k.ts are
 * measured on words; with the vectors every pair of themes looks related and merging joins them
 * all, docs/theme-engine.md), then the themes are found at that number by words and meaning.
 */
function autoWithMeaning(statements: StatementInput[], options: ProposeOptions): ThemeProposal {
	const wordsOnly = { ...options, k: 'auto' as const, meaningWeight: 0, meaningConcentration: 0 };
	// one corpus for both runs: the words are read once (its time counted in `prepare` below)
	const now = options.now ?? noClock;
	const started = now();
	const corpus = buildCorpus(statements);
	const reading = now() - started;
	const byWords = propose(statements, wordsOnly, false, corpus);
	const k = byWords.diagnostics.kChosen;
	if (k < 1) return propose(statements, wordsOnly, true, corpus);
	const both = propose(statements, { ...options, k }, true, corpus);
	const timings: Record<string, number> = { ...byWords.diagnostics.timings };
	timings.prepare = (timings.prepare ?? 0) + reading;
	for (const [stage, ms] of Object.entries(both.diagnostics.timings))
		timings[stage] = Math.round(((timings[stage] ?? 0) + ms) * 10) / 10;
	return {
		...both,
		diagnostics: {
			...both.diagnostics,
			kRequested: 'auto',
			kReason:
				`${byWords.diagnostics.kReason} ` +
				`The themes were then formed at that number by the statements' words and meaning together` +
				(both.diagnostics.kChosen < k
					? `, which left ${both.diagnostics.kChosen} groups of at least ${both.diagnostics.minThemeSize} statements that differ from one another.`
					: '.'),
			timings
		}
	};
}
