// The labelled evaluation sets the cluster benchmark reads: JSONL rows with "id", "text" and
// "label", where a null label marks a text that is clustered with the others but not scored, and
// an optional "topic" that makes each topic a consultation of its own (key point analysis).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One text to cluster; a null label keeps it out of the score but not out of the clustering. */
export interface SuiteRow {
	id: string;
	text: string;
	label: string | null;
	/** Its sentence vector, for the benchmark's --meaning runs. */
	meaning?: Float32Array;
}

/** The texts of one topic, clustered on their own. */
export interface Topic {
	topic: string;
	rows: SuiteRow[];
}

/** One labelled file; topics is null unless every row names its topic. */
export interface LabelledSet {
	name: string;
	rows: SuiteRow[];
	topics: Topic[] | null;
}

type Raw = Record<string, unknown>;

const hasLabel = (r: Raw) =>
	typeof r.text === 'string' &&
	(r.label === null || typeof r.label === 'string' || typeof r.label === 'number');

/** Every JSONL file in dir whose rows all carry a text and a label (null allowed); whole sets, then topic sets. */
export function readLabelledSets(dir: string): LabelledSet[] {
	const sets: LabelledSet[] = [];
	for (const file of readdirSync(dir)
		.filter((f) => f.endsWith('.jsonl'))
		.sort()) {
		const raw = readFileSync(join(dir, file), 'utf8')
			.split('\n')
			.filter((l) => l.trim() !== '')
			.map((l) => JSON.parse(l) as Raw);
		if (!raw.length || !raw.every(hasLabel) || raw.every((r) => r.label === null)) continue;
		const rows = raw.map((r) => ({
			id: String(r.id),
			text: String(r.text),
			label: r.label === null ? null : String(r.label)
		}));
		const topics = raw.every((r) => typeof r.topic === 'string') ? byTopic(raw, rows) : null;
		sets.push({ name: file.replace(/\.jsonl$/, ''), rows, topics });
	}
	// whole sets first, topic sets (one consultation per topic) last
	return [...sets.filter((s) => !s.topics), ...sets.filter((s) => s.topics)];
}

function byTopic(raw: Raw[], rows: SuiteRow[]): Topic[] {
	const topics = new Map<string, SuiteRow[]>();
	raw.forEach((r, i) => {
		const topic = String(r.topic);
		if (!topics.has(topic)) topics.set(topic, []);
		topics.get(topic)!.push(rows[i]);
	});
	return [...topics].map(([topic, members]) => ({ topic, rows: members }));
}

/** Number of distinct labels among the scored rows. */
export function trueK(rows: SuiteRow[]): number {
	return new Set(rows.filter((r) => r.label !== null).map((r) => r.label)).size;
}
