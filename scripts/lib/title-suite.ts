// How well themes are named: on a set whose labels are human-written key points (ArgKP), each
// theme the engine proposes at the true k is named three ways and each name is scored with ROUGE
// against the key point most of its labelled members carry: the engine's title, the keyword label
// (its key phrases joined) and the most central statement as written (the representative).
import type { ThemeProposal } from '../../src/lib/clustering/index.js';
import type { SuiteRow } from './labelled-sets.js';
import { rouge, type Rouge } from './rouge.js';

export const NAMINGS = ['title', 'keywords', 'representative'] as const;
export type Naming = (typeof NAMINGS)[number];

/** Mean ROUGE per naming over the themes of one run, and how many themes had a key point. */
export interface TitleScores {
	themes: number;
	scores: Record<Naming, Rouge>;
	/** A few (title, key point) pairs to read. */
	examples: { title: string; keyPoint: string }[];
}

const zero = (): Rouge => ({ rouge1: 0, rouge2: 0, rougeL: 0 });

/** The label most of a theme's labelled members carry (ties to the first met), or null. */
function majorityLabel(labels: (string | null)[]): string | null {
	const counts = new Map<string, number>();
	for (const l of labels) if (l !== null) counts.set(l, (counts.get(l) ?? 0) + 1);
	let best: string | null = null;
	for (const [l, c] of counts) if (best === null || c > counts.get(best)!) best = l;
	return best;
}

/** Names the themes of one engine run (k = the number of key points) three ways and scores them. */
export function titleScores(rows: SuiteRow[], result: ThemeProposal): TitleScores {
	const byId = new Map(rows.map((r) => [r.id, r]));
	const sums: Record<Naming, Rouge> = { title: zero(), keywords: zero(), representative: zero() };
	const examples: TitleScores['examples'] = [];
	let themes = 0;
	for (const t of result.themes) {
		const keyPoint = majorityLabel(t.members.map((m) => byId.get(m.id)?.label ?? null));
		if (keyPoint === null) continue;
		themes++;
		const names: Record<Naming, string> = {
			title: t.title,
			keywords: t.keyPhrases.join(' '),
			representative: byId.get(t.representativeId)?.text ?? ''
		};
		for (const naming of NAMINGS) {
			const r = rouge(names[naming], keyPoint);
			sums[naming].rouge1 += r.rouge1;
			sums[naming].rouge2 += r.rouge2;
			sums[naming].rougeL += r.rougeL;
		}
		if (examples.length < 3) examples.push({ title: t.title, keyPoint });
	}
	const mean = (r: Rouge): Rouge => ({
		rouge1: r.rouge1 / (themes || 1),
		rouge2: r.rouge2 / (themes || 1),
		rougeL: r.rougeL / (themes || 1)
	});
	return {
		themes,
		scores: {
			title: mean(sums.title),
			keywords: mean(sums.keywords),
			representative: mean(sums.representative)
		},
		examples
	};
}

/** Mean of each naming's ROUGE over runs: per measure, the mean and the sd over the runs. */
export function pooledTitleScores(
	runs: TitleScores[]
): Record<Naming, Record<keyof Rouge, number[]>> {
	const out = {} as Record<Naming, Record<keyof Rouge, number[]>>;
	for (const naming of NAMINGS)
		out[naming] = {
			rouge1: runs.map((r) => 100 * r.scores[naming].rouge1),
			rouge2: runs.map((r) => 100 * r.scores[naming].rouge2),
			rougeL: runs.map((r) => 100 * r.scores[naming].rougeL)
		};
	return out;
}
